// Date extraction: a hand-written scanner over a light token stream.
//
// The text is cut into words, numbers and punctuation (no ICU on the hot
// path; words are case-folded and stripped of the Latin diacritics our
// languages use by a small table). Each word is looked up once in a lexicon
// (month and weekday names from ICU, plus the relative, unit, range and
// context words of sq/ro/it/en). Patterns are then tried left to right at each
// token; the first that matches consumes its tokens.
//
// Rules (see bench/README-dates.md for the measurements behind them):
// * A year-less date takes the publication year; without one it stays
//   year-less (month_day), never guessed.
// * A weekday alone means the nearest such day within three days of the
//   publication date (the day itself included); with a "last" word (scorso,
//   trecută, e kaluar) the most recent one strictly before, with a "next" word
//   (prossimo, viitoare, e ardhshme) the first one strictly after.
// * A bare four-digit number 1000..2100 is a year unless it is part of a
//   bigger number, a time, a count ("2019 persone", "2000 de oameni", "oltre
//   2000"), a percentage or an amount.
// * A street or square named after a date ("via XX Settembre", "Piazza 25
//   Aprile", "strada 1 Decembrie 1918", "Rruga 28 Nëntori") is not a date.
// * Century N is (N-1)*100 .. (N-1)*100+99 ("secolo XX" = 1900..1999), the
//   reading newspapers use; "'90" is the 1990s, "'00" and "'10" the 2000s/2010s.
//
// DateExtractor holds no mutable state: extract() is thread-safe.
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "analysis/dates/date_mention.h"
#include "analysis/month_names.h"
#include "util/calendar.h"

namespace kronika::analysis {

namespace {

// ---------------------------------------------------------------- calendar

struct Ymd {
  int y = 0;
  int m = 0;
  int d = 0;
};

using util::days_in_month;

using util::days_from_civil;

Ymd civil_from_days(long days) {
  const util::CivilDate date = util::civil_from_days(days);
  return {date.year, date.month, date.day};
}

// 0 = Monday .. 6 = Sunday.
int weekday_of(long days) {
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

Ymd add_days(const Ymd& date, long n) {
  return civil_from_days(days_from_civil(date.y, date.m, date.d) + n);
}

bool valid_day(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y ? y : 2000, m);
}

// ---------------------------------------------------------------- lexicon

enum Flag : uint64_t {
  kMonth = 1ull << 0,
  kMonthAmbiguous = 1ull << 1,  // also an ordinary word: ro "mai", sq "mars", "shkurt"
  kMonthAbbr = 1ull << 2,
  kWeekday = 1ull << 3,
  kWeekdayAfterArticle = 1ull << 4,  // Albanian: only after "e"/"të" ("të hënën")
  kRelDay = 1ull << 5,
  kUnit = 1ull << 6,  // week/month/year nouns
  kPast = 1ull << 7,
  kNext = 1ull << 8,
  kThis = 1ull << 9,
  kYearContext = 1ull << 10,
  kStreet = 1ull << 11,
  kCountNoun = 1ull << 12,
  kDecadeNoun = 1ull << 13,
  kCenturyNoun = 1ull << 14,
  kRangeFrom = 1ull << 15,
  kRangeTo = 1ull << 16,
  kMonthContext = 1ull << 17,  // "luna", "lunii", "muajin", "mese"
  kNumberWord = 1ull << 18,    // guards ro "luni" = months ("trei luni")
  kCountCue = 1ull << 19,      // "oltre", "peste": a number that follows is a count
  kYearNoun = 1ull << 20,      // "vitin", "anul", "anno": kept in the span
  kArticle = 1ull << 21,       // it il/lo/la/l, sq e/të/së: may open a span
  kDecadeWord = 1ull << 22,    // it "novanta"
  kHoliday = 1ull << 23,
  kMaiFollower = 1ull << 24,       // ro "mai mult": "mai" is not May
  kNotYearBefore = 1ull << 25,     // "nr", "ora", "art": a number after it is not a year
  kMonthFull = 1ull << 27,         // a wide month name (may also be an abbreviation: ro "mai")
  kSpanPrefix = 1ull << 28,        // ro "începutul", "data de": joins the span
  kDayPart = 1ull << 29,           // "seara", "sera": joins a day mention
  kCountPreposition = 1ull << 26,  // "2000 de oameni", "2019 di": a count unless a year word came before
  kStarter = 1ull << 30,           // "primo", "altro", "ultima", "ditën", "alle", "fa": may open a mention
  kTimePrep = 1ull << 31,          // "alle", "ore", "ora", "orën": a number after it is an hour
  kNumWord = 1ull << 32,           // a spelled-out number ("tre", "două", "dy"); Lex::num
  kFusedDay = 1ull << 33,          // a day and a part of it in one word: "stasera", "aseară", "mbrëmë"
  kWeekdayAbbr = 1ull << 34,       // "mar", "dom", "jo": a weekday only before "." or a day number
  kWeak = 1ull << 35,              // a preposition or article that may open a time or period ("alle" is not weak)
  kPeriod = 1ull << 36,            // a word of a rolling period, quarter, season or weekend
  kCenturyName = 1ull << 37,       // it "Novecento": a century named by its hundreds; Lex::century
};

struct Lex {
  uint64_t flags = 0;
  int8_t month = 0;
  int8_t weekday = -1;
  int8_t relday = 0;
  int8_t unit = 0;  // 1 week, 2 month, 3 year
  int8_t decade = 0;
  int8_t part = 0;     // DayPart of a part-of-day word ("sera", "dimineața", "mbrëmje")
  int8_t num = 0;      // value of a spelled-out number
  int8_t span = 0;     // time unit of an offset or rolling period: 1 minute .. 6 year
  int8_t century = 0;  // the century an Italian century name means ("Novecento" 20)
};

// Case folding plus removal of the diacritics of sq/ro/it (and the Latin-1
// range), on UTF-8. Other letters are kept as they are.
char fold_latin(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? static_cast<char>(cp + 32) : static_cast<char>(cp);
  static constexpr char kLatin1[] =  // U+00C0 .. U+00FF
      "aaaaaaaceeeeiiii"
      "dnooooo\0ouuuuyts"
      "aaaaaaaceeeeiiii"
      "dnooooo\0ouuuuyty";
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  switch (cp) {
    case 0x102:
    case 0x103: return 'a';
    case 0x15E:
    case 0x15F:
    case 0x218:
    case 0x219:
    case 0x160:
    case 0x161: return 's';
    case 0x162:
    case 0x163:
    case 0x21A:
    case 0x21B: return 't';
    case 0x106:
    case 0x107:
    case 0x10C:
    case 0x10D: return 'c';
    case 0x17D:
    case 0x17E: return 'z';
    default: return 0;
  }
}

uint32_t decode(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return s[i++], c;
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + len > s.size()) len = 1;
  uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

std::string fold(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  size_t i = 0;
  while (i < word.size()) {
    const size_t start = i;
    const uint32_t cp = decode(word, i);
    if (cp >= 0x300 && cp <= 0x36F) continue;  // combining mark
    const char c = fold_latin(cp);
    if (c) {
      out.push_back(c);
    } else {
      out.append(word.substr(start, i - start));
    }
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Last code point of a word, to see Italian final accents ("arrivò", "sarà")
// that folding removes.
uint32_t last_code_point(std::string_view word) {
  size_t i = word.size();
  while (i > 0 && (static_cast<unsigned char>(word[i - 1]) & 0xC0) == 0x80) --i;
  if (i == 0) return 0;
  --i;
  return decode(word, i);
}

using Lexicon = std::unordered_map<std::string, Lex>;

Lex& entry(Lexicon& lex, std::string_view word) {
  return lex[fold(word)];
}

void add(Lexicon& lex, std::initializer_list<std::string_view> words, uint64_t flags) {
  for (auto w : words) entry(lex, w).flags |= flags;
}

void add_month(Lexicon& lex, std::string_view word, int month, uint64_t extra = 0) {
  Lex& e = entry(lex, word);
  if (e.month == 0) e.month = static_cast<int8_t>(month);
  e.flags |= kMonth | extra;
}

void add_weekday(Lexicon& lex, std::string_view word, int weekday, uint64_t extra = 0) {
  Lex& e = entry(lex, word);
  e.weekday = static_cast<int8_t>(weekday);
  e.flags |= kWeekday | extra;
}

void add_icu_names(Lexicon& lex, const char* locale) {
  for_each_icu_month_name(locale, [&](const std::string& name, int month, bool abbreviated) {
    add_month(lex, name, month, abbreviated ? uint64_t{kMonthAbbr} : uint64_t{kMonthFull});
  });
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(icu::Locale(locale), status);
  if (U_FAILURE(status)) return;
  for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    // Wide weekday names only: abbreviations ("mar", "dom", "sam") are words.
    int32_t count = 0;
    const icu::UnicodeString* days = symbols.getWeekdays(count, context, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 1; i < count && i <= 7; ++i) {  // ICU: 1 = Sunday
      std::string name;
      days[i].toUTF8String(name);
      if (std::string_view(locale) == "en") continue;  // English weekdays are not news datelines here
      const int weekday = (i + 5) % 7;
      // Albanian names are "e hënë": keep the noun, require the article.
      const auto space = name.rfind(' ');
      if (space != std::string::npos) name = name.substr(space + 1);
      add_weekday(lex, name, weekday, std::string_view(locale) == "sq" ? uint64_t{kWeekdayAfterArticle} : uint64_t{0});
    }
  }
}

// Parts of the day, with Duckling's hours (see part_minutes()).
enum DayPart : int8_t { kNoPart, kMorning, kAfternoon, kEvening, kNight, kLunch, kNoon, kMidnight };

// Times of day: parts of the day, fused "this evening" words, hour nouns,
// spelled-out numbers (hours, offsets, rolling periods).
void add_time_words(Lexicon& lex) {
  const std::pair<std::vector<std::string_view>, DayPart> parts[] = {
      {{"mattina", "mattino", "mattinata", "dimineața", "dimineață", "dimineții", "mëngjes", "mëngjesin", "mëngjesi",
        "mëngjesit", "paradite", "paraditen", "paraditës"},
       kMorning},
      {{"pomeriggio", "pasdite", "pasditen", "pasdites", "pasditës"}, kAfternoon},
      {{"sera", "serata", "seara", "seară", "serii", "mbrëmje", "mbrëmjen", "mbrëmja", "mbrëmjes"}, kEvening},
      {{"notte", "nottata", "noaptea", "noapte", "natë", "natën", "nata", "natës"}, kNight},
      {{"pranzo", "prânz", "prânzul", "drekë", "drekën"}, kLunch},
      {{"mezzogiorno", "mezzodì", "amiază", "amiaza", "mesditë", "mesditën", "mesdita"}, kNoon},
      {{"mezzanotte", "mesnatë", "mesnatën", "mesnata"}, kMidnight},
  };
  for (const auto& [words, part] : parts) {
    for (auto w : words) {
      Lex& e = entry(lex, w);
      e.flags |= kDayPart | kStarter;
      e.part = part;
    }
  }
  // A day and its part in one word.
  const std::tuple<const char*, int, DayPart> fused[] = {
      {"stamattina", 0, kMorning}, {"stamane", 0, kMorning},   {"stamani", 0, kMorning}, {"stasera", 0, kEvening},
      {"stanotte", 0, kNight},     {"domattina", 1, kMorning}, {"aseară", -1, kEvening}, {"diseară", 0, kEvening},
      {"deseară", 0, kEvening},    {"mbrëmë", -1, kEvening},   {"sonte", 0, kEvening},
  };
  for (const auto& [w, d, part] : fused) {
    Lex& e = entry(lex, w);
    e.flags |= kFusedDay;
    e.relday = static_cast<int8_t>(d);
    e.part = part;
  }
  add(lex, {"alle", "ore", "ora", "orele", "orei", "orën", "orës", "all"}, kTimePrep | kStarter);
  // Prepositions, articles and ordinals that may open a time or a period: they
  // start the (slower) pattern code only when a date-like word or a number
  // follows (Matcher::promising).
  add(lex,
      {"per", "verso", "dalle", "dalla", "tra", "fra", "sta", "nel", "nella", "in", "a", "alla", "la", "în", "spre",
       "në", "rreth", "dopo", "prima", "entro", "fino", "după", "înainte", "până", "pas", "para", "deri", "nga", "prej",
       "de", "le", "acum", "peste", "cu", "fine", "secondo", "terzo", "quarto", "primul", "al", "me", "il", "nei",
       "negli", "nelle", "gli", "i", "kete", "këtë", "questa",
       // "one" opens an offset: "un anno fa", "o lună în urmă" (Matcher::offset)
       "un", "uno", "o"},
      kStarter | kWeak);
  // Words of periods: rolling, quarters, seasons, weekends.
  add(lex,
      {"ultimi",     "ultime",     "scorsi",      "scorse",    "passati",   "passate",    "prossimi",     "prossime",
       "ultimele",   "ultimii",    "următoarele", "următorii", "trimestre", "trimestrul", "trimestrului", "tremujori",
       "tremujorin", "tremujorit", "estate",      "inverno",   "autunno",   "primavera",  "vara",         "iarna",
       "toamna",     "primăvara",  "weekend",     "weekendul", "fundjavë",  "fundjavën",  "verë",         "verën",
       "dimër",      "dimrin",     "vjeshtë",     "vjeshtën",  "pranverë",  "pranverën",  "ultima",       "prossima",
       "ultimul",    "fundit",     "ardhshëm",    "ardhshme",  "we"},
      kStarter | kPeriod);
  // Weekday abbreviations: days only before a full stop or a day number ("mar 19", "dom.").
  const std::pair<const char*, int> abbreviations[] = {{"lun", 0}, {"mar", 1}, {"mer", 2}, {"gio", 3},
                                                       {"ven", 4}, {"sab", 5}, {"dom", 6}, {"jo", 3},
                                                       {"vi", 4},  {"sam", 5}, {"du", 6},  {"dum", 6}};
  for (const auto& [w, d] : abbreviations) {
    Lex& e = entry(lex, w);
    e.flags |= kWeekdayAbbr | kStarter;
    e.weekday = static_cast<int8_t>(d);
  }
  // Time units of offsets and rolling periods: 1 minute, 2 hour, 3 day, 4 week, 5 month, 6 year.
  const std::pair<std::vector<std::string_view>, int> units[] = {
      {{"minuto", "minuti", "minut", "minute", "minutul", "minutë", "minuta", "minutash"}, 1},
      {{"ora", "ore", "oră", "orë", "orësh", "oret", "orët"}, 2},
      {{"giorno", "giorni", "zi", "zile", "zilei", "ditë", "ditësh", "ditët", "ditet", "dite"}, 3},
      {{"settimana", "settimane", "săptămână", "săptămâni", "javë", "javësh", "javët"}, 4},
      {{"mese", "mesi", "lună", "luni", "lunile", "muaj", "muajsh", "muajt"}, 5},
      {{"anno", "anni", "an", "ani", "anii", "vit", "vite", "vjet", "vitesh", "vitet", "vjetët"}, 6},
  };
  for (const auto& [words, n] : units)
    for (auto w : words) entry(lex, w).span = static_cast<int8_t>(n);
  const std::pair<std::vector<std::string_view>, int> numbers[] = {
      {{"uno", "una", "unu", "një"}, 1},
      {{"due", "doi", "două", "dy"}, 2},
      {{"tre", "trei", "tri"}, 3},
      {{"quattro", "patru", "katër"}, 4},
      {{"cinque", "cinci", "pesë"}, 5},
      {{"sei", "șase", "gjashtë"}, 6},
      {{"sette", "șapte", "shtatë"}, 7},
      {{"otto", "opt", "tetë"}, 8},
      {{"nove", "nouă", "nëntë"}, 9},
      {{"dieci", "zece", "dhjetë"}, 10},
      {{"undici", "unsprezece", "njëmbëdhjetë"}, 11},
      {{"dodici", "doisprezece", "douăsprezece", "dymbëdhjetë"}, 12},
      {{"tredici", "treisprezece"}, 13},
      {{"quattordici", "paisprezece"}, 14},
      {{"quindici", "cincisprezece"}, 15},
      {{"sedici"}, 16},
      {{"diciassette"}, 17},
      {{"diciotto"}, 18},
      {{"diciannove"}, 19},
      {{"venti", "douăzeci", "njëzet"}, 20},
      {{"ventuno"}, 21},
      {{"ventidue"}, 22},
      {{"ventitré", "ventitre"}, 23},
      {{"ventiquattro"}, 24},
      {{"venticinque"}, 25},
      {{"trenta", "treizeci", "tridhjetë"}, 30},
      {{"quaranta", "patruzeci", "dyzet"}, 40},
      {{"cinquanta", "cincizeci", "pesëdhjetë"}, 50},
  };
  for (const auto& [words, n] : numbers) {
    for (auto w : words) {
      Lex& e = entry(lex, w);
      e.flags |= kNumWord;
      e.num = static_cast<int8_t>(n);
    }
  }
}

Lexicon build_lexicon() {
  Lexicon lex;
  for (const char* locale : {"sq", "ro", "it", "en"}) add_icu_names(lex, locale);
  // Month abbreviations and forms seen in news but not in CLDR.
  const std::pair<const char*, int> abbreviations[] = {
      {"shtat", 9}, {"sht", 9},   {"sept", 9},  {"sett", 9},   {"febr", 2}, {"ian", 1}, {"iun", 6},
      {"iul", 7},   {"noem", 11}, {"nent", 11}, {"dhjet", 12}, {"genn", 1}, {"feb", 2}, {"ott", 10},
      {"dic", 12},  {"ago", 8},   {"oct", 10},  {"nov", 11},   {"dec", 12}, {"apr", 4}, {"aug", 8},
  };
  for (const auto& [name, month] : abbreviations) add_month(lex, name, month, kMonthAbbr);
  // Albanian definite forms: "11 Shtatorit", "28 Nëntori", "korrikun".
  const char* sq_months[] = {"janar",  "shkurt", "mars",    "prill", "maj",    "qershor",
                             "korrik", "gusht",  "shtator", "tetor", "nëntor", "dhjetor"};
  for (int m = 0; m < 12; ++m) {
    const std::string base = sq_months[m];
    const bool k_ending = base.back() == 'k' || base.back() == 'g';  // korrik-u
    for (const char* suffix : {"i", "it", "in"}) add_month(lex, base + (k_ending ? "u" : suffix), m + 1);
    if (k_ending) {
      add_month(lex, base + "ut", m + 1);
      add_month(lex, base + "un", m + 1);
    }
  }
  // Words that are also months only by accident.
  for (auto w : {"mai", "mars", "marsi", "shkurt", "shkurti", "may",  "march", "maj",  "ago",  "gen",   "mag",
                 "giu", "lug",  "mar",   "dic",    "ian",     "iun",  "iul",   "sett", "sept", "nov",   "dec",
                 "apr", "aug",  "oct",   "feb",    "genn",    "noem", "sht",   "febr", "ott",  "august"}) {
    if (lex.count(fold(w))) entry(lex, w).flags |= kMonthAmbiguous;
  }
  // Ambiguous abbreviations that are everyday words: never months on their own.
  for (auto w : {"gen", "mag", "giu", "lug", "mar", "ago", "nov", "dec"}) entry(lex, w).flags |= kMonthAbbr;

  // Weekday forms: Romanian articulated, Albanian inflected, accentless Italian.
  const char* ro_articulated[] = {"lunea", "marțea", "miercurea", "joia", "vinerea", "sâmbăta", "duminica"};
  const char* sq_forms[][4] = {{"hënën", "hëna", "hënës", nullptr},          {"martën", "marta", "martës", nullptr},
                               {"mërkurën", "mërkura", "mërkurës", nullptr}, {"enjten", "enjtja", "enjtes", "enjte"},
                               {"premten", "premtja", "premtes", "premte"},  {"shtunën", "shtuna", "shtunës", nullptr},
                               {"dielën", "diela", "dielës", "diel"}};
  for (int d = 0; d < 7; ++d) {
    add_weekday(lex, ro_articulated[d], d);
    for (const char* form : sq_forms[d]) {
      if (form) add_weekday(lex, form, d, kWeekdayAfterArticle);
    }
  }
  // "martën" etc. must not lose the article requirement through ro/it entries.
  const std::pair<const char*, int> it_plain[] = {
      {"lunedi", 0}, {"martedi", 1}, {"mercoledi", 2}, {"giovedi", 3}, {"venerdi", 4}};
  for (const auto& [w, d] : it_plain) add_weekday(lex, w, d);

  const std::pair<const char*, int> reldays[] = {
      {"sot", 0},    {"dje", -1},       {"pardje", -2},     {"nesër", 1}, {"pasnesër", 2},   {"azi", 0},
      {"astăzi", 0}, {"ieri", -1},      {"alaltăieri", -2}, {"mâine", 1}, {"poimâine", 2},   {"oggi", 0},
      {"domani", 1}, {"dopodomani", 2}, {"altroieri", -2},  {"today", 0}, {"yesterday", -1}, {"tomorrow", 1},
  };
  for (const auto& [w, d] : reldays) {
    Lex& e = entry(lex, w);
    e.flags |= kRelDay;
    e.relday = static_cast<int8_t>(d);
  }
  const std::pair<const char*, int> units[] = {
      {"javë", 1},       {"javën", 1}, {"javës", 1}, {"java", 1},  {"muaj", 2},  {"muajin", 2},    {"muajit", 2},
      {"muaji", 2},      {"vit", 3},   {"vitin", 3}, {"vitit", 3}, {"viti", 3},  {"săptămâna", 1}, {"săptămână", 1},
      {"săptămânii", 1}, {"luna", 2},  {"lună", 2},  {"lunii", 2}, {"anul", 3},  {"an", 3},        {"anului", 3},
      {"settimana", 1},  {"mese", 2},  {"anno", 3},  {"week", 1},  {"month", 2}, {"year", 3},
  };
  for (const auto& [w, u] : units) {
    Lex& e = entry(lex, w);
    e.flags |= kUnit;
    e.unit = static_cast<int8_t>(u);
  }
  add(lex,
      {"kaluar", "kaluara", "shkuar", "trecut", "trecută", "trecute", "trecutei", "trecutului", "scorso", "scorsa",
       "passato", "passata", "last"},
      kPast);
  add(lex,
      {"ardhshëm", "ardhshme", "ardhshmen", "viitor", "viitoare", "viitorului", "prossimo", "prossima", "venturo",
       "ventura", "next"},
      kNext);
  add(lex,
      {"këtë", "këtij", "kësaj", "acest", "această", "acesta", "aceasta", "acestui", "acestei", "asta", "ăsta",
       "questo", "questa", "quest", "this"},
      kThis);
  add(lex,
      {"vitin",     "viti",      "vitit",     "vit",     "anul",      "anului", "anno",    "nel",   "del",    "dal",
       "al",        "nell",      "dell",      "dall",    "all",       "sul",    "il",      "din",   "în",     "pe",
       "până",      "nga",       "në",        "deri",    "prej",      "gjatë",  "since",   "in",    "of",     "from",
       "until",     "fino",      "entro",     "dopo",    "prima",     "după",   "înainte", "pas",   "para",   "inizio",
       "fine",      "începutul", "sfârșitul", "fillim",  "fund",      "fundi",  "fillimi", "vara",  "toamna", "iarna",
       "primăvara", "estate",    "inverno",   "autunno", "primavera", "anii",   "anni",    "vitet", "year",   "sau",
       "ose",       "o",         "și",        "dhe"},
      kYearContext);
  add(lex, {"vitin", "viti", "vitit", "anul", "anului", "anno"}, kYearNoun);
  add(lex, {"via",        "viale",   "piazza",  "piazzale", "largo",   "corso",    "vicolo",     "strada",
            "str",        "stradă",  "rruga",   "rrugën",   "rrugës",  "rr",       "bulevardul", "bulevardi",
            "bulevardit", "bd",      "bdul",    "blvd",     "calea",   "piața",    "piata",      "sheshi",
            "sheshin",    "sheshit", "aleea",   "splaiul",  "șoseaua", "intrarea", "lagjja",     "lagjen",
            "liceo",      "liceul",  "shkolla", "shkollën", "istituto"},
      kStreet);
  add(lex, {"persone",   "persoane",  "oameni",    "persona",    "euro",       "eur",       "lei",        "leu",
            "lekë",      "leke",      "dollari",   "dolari",     "dollarë",    "dollars",   "km",         "kg",
            "mq",        "metri",     "metrii",    "metra",      "chilometri", "kilometri", "kilometra",  "abitanti",
            "locuitori", "banorë",    "banore",    "milioni",    "milioane",   "milion",    "miliarde",   "mila",
            "mii",       "mijë",      "ushtarë",   "soldati",    "soldați",    "voti",      "voturi",     "vota",
            "ore",       "orë",       "minuti",    "minute",     "zile",       "giorni",    "ditë",       "anni",
            "ani",       "vjet",      "vite",      "copii",      "bambini",    "fëmijë",    "posti",      "locuri",
            "vende",     "case",      "casa",      "lavoratori", "angajați",   "punonjës",  "studenti",   "studenți",
            "studentë",  "elevi",     "nxënës",    "pagine",     "pagini",     "faqe",      "tonnellate", "tone",
            "ton",       "ettari",    "hectare",   "ha",         "mp",         "m",         "cm",         "mm",
            "gradi",     "grade",     "gradë",     "pazienti",   "pacienți",   "pacientë",  "morti",      "morți",
            "victime",   "vittime",   "viktima",   "dosare",     "casi",       "cazuri",    "raste",      "firme",
            "imprese",   "aziende",   "kompani",   "lire",       "franchi",    "sterline",  "rubli",      "dinari",
            "volte",     "ori",       "herë",      "mijë",       "x",          "cavalli",   "cp",         "mw",
            "mesi",      "settimane", "săptămâni", "saptamani",  "muaj",       "javë",      "secoli",     "decenni",
            "vitesh",    "ditësh",    "javësh",    "muajsh",     "orësh",      "minutash",  "kw",         "gb",
            "mb"},
      kCountNoun);
  add(lex, {"de", "di", "da", "të", "su", "pe", "per"}, kCountPreposition);
  add(lex, {"anii", "anilor", "anni", "vitet", "viteve", "years"}, kDecadeNoun);
  add(lex,
      {"shekulli", "shekullit", "shekullin", "shek", "secolul", "secolului", "secolele", "secol", "sec", "secolo",
       "secoli", "century"},
      kCenturyNoun);
  add(lex, {"dal", "dalla", "da", "nga", "prej", "din", "între", "intre", "tra", "fra", "from", "between"}, kRangeFrom);
  add(lex,
      {"al", "alla", "a", "deri", "până", "și", "dhe", "e", "ed", "to", "until", "and", "la", "fino", "pana", "sau",
       "o", "ose"},
      kRangeTo);
  add(lex, {"luna", "lunii", "lunile", "muajin", "muajit", "muaji", "muajt", "mese", "mesi", "month"}, kMonthContext);
  add(lex, {"două", "doua",       "trei",         "patru",     "cinci", "șase",     "șapte",       "opt",     "nouă",
            "zece", "unsprezece", "douăsprezece", "câteva",    "multe", "ultimele", "următoarele", "primele", "cele",
            "câte", "ale",        "mai",          "două-trei", "doar",  "ultimii",  "niște"},
      kNumberWord);
  add(lex, {"oltre",   "circa",  "quasi",   "almeno", "peste", "aproape", "aproximativ", "circa",  "cel",
            "mbi",     "rreth",  "afro",    "gati",   "deri",  "over",    "about",       "nearly", "totale",
            "totalul", "totali", "numărul", "numero", "numri", "cifra",   "shifra",      "fino",   "plus",
            "minus",   "sub",    "meno",    "più",    "nën",   "cu",      "con"},
      kCountCue);
  add(lex, {"mult", "multe", "mulți",  "multă",  "puțin",   "puține",  "puțini",  "bine", "rău",    "mare",
            "mari", "mic",   "mici",   "târziu", "devreme", "departe", "aproape", "ales", "ani",    "zile",
            "luni", "ore",   "minute", "sus",    "jos",     "des",     "greu",    "ușor", "repede", "încet",
            "mult", "avea",  "fi",     "este",   "sunt",    "au",      "a"},
      kMaiFollower);
  add(lex, {"nr",    "n",     "no",  "numărul", "numero", "numri", "art",  "articolul", "articolo", "neni",   "legea",
            "legge", "ligji", "ora", "orele",   "ore",    "alle",  "ores", "ora",       "cod",      "codice", "kodi",
            "cap",   "tel",   "fax", "km",      "pagina", "faqe",  "euro", "lei",       "€",        "$"},
      kNotYearBefore);
  add(lex, {"il", "lo", "la", "l", "e", "të", "së"}, kArticle);
  add(lex, {"altro", "dopo", "primo", "întâi", "intai", "ultimo", "ultima", "ditën"}, kStarter);
  add(lex,
      {"începutul", "sfârșitul", "sfîrșitul", "mijlocul", "jumătatea", "finele", "finalul", "cursul", "decursul",
       "vara", "iarna", "toamna", "primăvara", "data", "ziua", "zilei", "zilele"},
      kSpanPrefix);
  add(lex,
      {"seara", "seară", "dimineața", "dimineață", "noaptea", "sera", "mattina", "mattino", "pomeriggio", "notte",
       "serata", "mattinata", "nottata", "mbrëmjen", "mbrëmje", "mëngjes", "mëngjesin", "pasdite", "darkë"},
      kDayPart);
  add_time_words(lex);
  const std::pair<const char*, int> decade_words[] = {{"venti", 20},
                                                      {"trenta", 30},
                                                      {"quaranta", 40},
                                                      {"cinquanta", 50},
                                                      {"sessanta", 60},
                                                      {"settanta", 70},
                                                      {"ottanta", 80},
                                                      {"novanta", 90},
                                                      // "gli anni Duemila", "gli anni Zero": the 2000s
                                                      {"duemila", 100},
                                                      {"zero", 100}};
  for (const auto& [w, d] : decade_words) {
    Lex& e = entry(lex, w);
    e.flags |= kDecadeWord;
    e.decade = static_cast<int8_t>(d);
  }
  // Italian names a century by its hundreds: "il Novecento" is the 1900s (Matcher::century).
  const std::pair<const char*, int> century_names[] = {{"duecento", 13},    {"trecento", 14}, {"quattrocento", 15},
                                                       {"cinquecento", 16}, {"seicento", 17}, {"settecento", 18},
                                                       {"ottocento", 19},   {"novecento", 20}};
  for (const auto& [w, c] : century_names) {
    Lex& e = entry(lex, w);
    e.flags |= kCenturyName;
    e.century = static_cast<int8_t>(c);
  }
  add(lex,
      {"natale",      "capodanno",      "epifania",     "befana",        "ferragosto",     "ognissanti", "halloween",
       "san",         "santo",          "vigilia",      "tutti",         "festa",          "crăciun",    "crăciunul",
       "crăciunului", "ziua",           "krishtlindje", "krishtlindjet", "krishtlindjeve", "idi",        "primo",
       "giorno",      "commemorazione", "immacolata",   "pasqua",        "pasquetta",      "lunedì",     "venerdì",
       "pentecoste",  "paștele",        "paște",        "paști",         "paștelui",       "floriile",   "rusaliile",
       "rusalii",     "vinerea",        "anul",         "revelion",      "revelionul",     "boboteaza",  "sfântul",
       "mica",        "pashkët",        "pashkë",       "pashkëve",      "viti",           "vitit",      "dita",
       "ditën",       "nevruzi",        "nevruz"},
      kHoliday);
  return lex;
}

const Lexicon& lexicon() {
  static const Lexicon lex = build_lexicon();
  return lex;
}

// Longest folded lexicon entry, in bytes: longer words are not looked up.
size_t longest_entry() {
  static const size_t longest = [] {
    size_t n = 0;
    for (const auto& [word, lex] : lexicon()) n = std::max(n, word.size());
    return n;
  }();
  return longest;
}

// month 1..12: a fixed day; kEaster/kOrthodoxEaster: `day` days after that
// Easter; kNthWeekday + month: the (day / 10)-th weekday (day % 10) of the month.
constexpr int kEaster = 20, kOrthodoxEaster = 21, kNthWeekday = 30;

struct Holiday {
  std::vector<std::string> words;
  int month;
  int day;
  std::optional<Language> only_in;  // the folded word means something else elsewhere
};

const std::vector<Holiday>& holidays() {
  static const std::vector<Holiday> list = [] {
    const std::pair<std::vector<const char*>, std::pair<int, int>> raw[] = {
        {{"vigilia", "di", "natale"}, {12, 24}},
        {{"giorno", "di", "natale"}, {12, 25}},
        {{"natale"}, {12, 25}},
        {{"santo", "stefano"}, {12, 26}},
        {{"capodanno"}, {1, 1}},
        {{"epifania"}, {1, 6}},
        {{"befana"}, {1, 6}},
        {{"ferragosto"}, {8, 15}},
        {{"san", "valentino"}, {2, 14}},
        {{"san", "silvestro"}, {12, 31}},
        {{"ognissanti"}, {11, 1}},
        {{"tutti", "i", "santi"}, {11, 1}},
        {{"festa", "della", "repubblica"}, {6, 2}},
        {{"festa", "della", "liberazione"}, {4, 25}},
        {{"festa", "dei", "lavoratori"}, {5, 1}},
        {{"festa", "del", "lavoro"}, {5, 1}},
        {{"halloween"}, {10, 31}},
        {{"ziua", "de", "craciun"}, {12, 25}},
        {{"craciun"}, {12, 25}},
        {{"craciunul"}, {12, 25}},
        {{"craciunului"}, {12, 25}},
        {{"krishtlindje"}, {12, 25}},
        {{"krishtlindjet"}, {12, 25}},
        {{"krishtlindjeve"}, {12, 25}},
        {{"idi", "di", "marzo"}, {3, 15}},
        {{"vigilia", "di", "capodanno"}, {12, 31}},
        {{"primo", "dell", "anno"}, {1, 1}},
        {{"festa", "degli", "innamorati"}, {2, 14}},
        {{"festa", "del", "papà"}, {3, 19}},
        {{"san", "giuseppe"}, {3, 19}},
        {{"giorno", "dei", "lavoratori"}, {5, 1}},
        {{"giorno", "dei", "santi"}, {11, 1}},
        {{"commemorazione", "dei", "defunti"}, {11, 2}},
        {{"giorno", "dei", "morti"}, {11, 2}},
        {{"immacolata"}, {12, 8}},
        {{"festa", "della", "mamma"}, {kNthWeekday + 5, 26}},
        {{"pasqua"}, {kEaster, 0}},
        {{"pasquetta"}, {kEaster, 1}},
        {{"lunedì", "dell", "angelo"}, {kEaster, 1}},
        {{"venerdì", "santo"}, {kEaster, -2}},
        {{"pentecoste"}, {kEaster, 49}},
        {{"paștele"}, {kOrthodoxEaster, 0}},
        {{"paște"}, {kOrthodoxEaster, 0}},
        {{"paști"}, {kOrthodoxEaster, 0}},
        {{"paștelui"}, {kOrthodoxEaster, 0}},
        {{"floriile"}, {kOrthodoxEaster, -7}},
        {{"rusaliile"}, {kOrthodoxEaster, 49}},
        {{"rusalii"}, {kOrthodoxEaster, 49}},
        {{"vinerea", "mare"}, {kOrthodoxEaster, -2}},
        {{"anul", "nou"}, {1, 1}},
        {{"revelion"}, {12, 31}},
        {{"revelionul"}, {12, 31}},
        {{"boboteaza"}, {1, 6}},
        {{"ziua", "națională"}, {12, 1}},
        {{"ziua", "muncii"}, {5, 1}},
        {{"ziua", "copilului"}, {6, 1}},
        {{"sfântul", "andrei"}, {11, 30}},
        {{"mica", "unire"}, {1, 24}},
        {{"pashkët", "ortodokse"}, {kOrthodoxEaster, 0}},
        {{"pashkëve", "ortodokse"}, {kOrthodoxEaster, 0}},
        {{"pashkët"}, {kEaster, 0}},
        {{"pashkë"}, {kEaster, 0}},
        {{"pashkëve"}, {kEaster, 0}},
        {{"viti", "i", "ri"}, {1, 1}},
        {{"vitit", "të", "ri"}, {1, 1}},
        {{"dita", "e", "pavarësisë"}, {11, 28}},
        {{"ditën", "e", "pavarësisë"}, {11, 28}},
        {{"dita", "e", "flamurit"}, {11, 28}},
        {{"dita", "e", "çlirimit"}, {11, 29}},
        {{"dita", "e", "verës"}, {3, 14}},
        {{"ditën", "e", "verës"}, {3, 14}},
        {{"nevruzi"}, {3, 22}},
        {{"nevruz"}, {3, 22}},
        {{"dita", "e", "mësuesit"}, {3, 7}},
        {{"dita", "e", "punëtorëve"}, {5, 1}},
        {{"dita", "e", "fëmijëve"}, {6, 1}},
    };
    std::vector<Holiday> out;
    for (const auto& [words, md] : raw) {
      Holiday h{{}, md.first, md.second, std::nullopt};
      for (const char* w : words) h.words.push_back(fold(w));
      // Folded, ro "Paște" is sq "pastë" and it "paste" (pastes, pastries);
      // Romanian writes the feast with a capital, pasta ("paste") without.
      if (h.words.size() == 1 && h.words[0].starts_with("past")) h.only_in = Language::Romanian;
      out.push_back(std::move(h));
    }
    return out;
  }();
  return list;
}

// ---------------------------------------------------------------- tokens

enum class Kind : uint8_t { Word, Number, Punct };

struct Token {
  size_t b = 0, e = 0;    // bytes
  size_t cb = 0, ce = 0;  // code points
  Kind kind = Kind::Punct;
  char punct = 0;  // normalised punctuation: ' - o (ordinal º °) or the ASCII char
  bool upper = false;
  bool line_start = false;  // first token of a line: a title ends there without a full stop
  int value = 0;            // numbers (capped)
  int digits = 0;
  std::string norm;
  const Lex* lex = nullptr;
};

bool is_letter(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp == 0xAA || cp == 0xBA) return false;  // ª º
  if (cp < 0xC0) return false;
  if (cp == 0xD7 || cp == 0xF7) return false;
  return cp < 0x2000 || (cp >= 0x3040 && cp < 0xFE00);
}

char punct_of(uint32_t cp) {
  if (cp < 0x80) return static_cast<char>(cp);
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x02BC:
    case 0x00B4:
    case 0x2032: return '\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212: return '-';
    case 0x2014:
    case 0x2015: return '~';  // em dash: a clause break, not a range
    case 0x00BA:
    case 0x00B0: return 'o';
    case 0x00AB:
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x201E: return '"';
    case 0x20AC: return '$';  // currency
    case 0x00A0:
    case 0x2009:
    case 0x202F:
    case 0x2002:
    case 0x2003: return ' ';
    default: return '?';
  }
}

void tokenize(std::string_view text, std::vector<Token>& out) {
  const Lexicon& lex = lexicon();
  size_t i = 0, cp_index = 0;
  bool line_start = false;
  while (i < text.size()) {
    const size_t start = i, cp_start = cp_index;
    const uint32_t cp = decode(text, i);
    ++cp_index;
    if (cp == '\n') line_start = true;
    if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r') continue;
    Token t;
    t.line_start = line_start;
    line_start = false;
    t.b = start;
    t.cb = cp_start;
    if (cp >= '0' && cp <= '9') {
      t.kind = Kind::Number;
      long v = cp - '0';
      int n = 1;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        if (v < 100000000) v = v * 10 + (text[i] - '0');
        ++i, ++cp_index, ++n;
      }
      t.value = static_cast<int>(v);
      t.digits = n;
    } else if (is_letter(cp)) {
      t.kind = Kind::Word;
      t.upper = (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE) || cp == 0x102 || cp == 0x218 || cp == 0x15E ||
                cp == 0x21A || cp == 0x162;
      while (i < text.size()) {
        size_t next = i;
        const uint32_t c2 = decode(text, next);
        if (!is_letter(c2) && !(c2 >= 0x300 && c2 <= 0x36F)) break;
        i = next;
        ++cp_index;
      }
      if (i - start <= 2 * longest_entry()) {
        t.norm = fold(text.substr(start, i - start));
        if (t.norm.size() <= longest_entry()) {
          const auto found = lex.find(t.norm);
          if (found != lex.end()) t.lex = &found->second;
        }
      }
    } else {
      t.kind = Kind::Punct;
      t.punct = punct_of(cp);
      if (t.punct == ' ') continue;
    }
    t.e = i;
    t.ce = cp_index;
    out.push_back(std::move(t));
  }
}

// ---------------------------------------------------------------- matching

struct Found {
  size_t first = 0, last = 0;  // token indices, inclusive
  Ymd from, to;                // from.y == 0: year unknown
  DateGranularity granularity = DateGranularity::Day;
  bool relative = false;
  // Time of day: minutes after 00:00 of `from`, end exclusive (may pass
  // 24:00: "notte" is 24:00..28:00). -1 when none.
  long t_from = -1, t_to = -1;
  DateOpen open = DateOpen::None;
};

// A time of day or a part of the day, before it is put on a day.
struct Clock {
  long from = -1, to = -1;  // minutes after 00:00, end exclusive
  DateGranularity grain = DateGranularity::Hour;
  bool part = false;  // a part of the day (an interval), not a point in time
  size_t first = 0, last = 0;
  DateOpen open = DateOpen::None;
};

// Duckling's hours for the parts of the day.
void part_minutes(int part, long& from, long& to) {
  switch (part) {
    case kMorning: from = 4 * 60, to = 12 * 60; break;
    case kAfternoon: from = 12 * 60, to = 19 * 60; break;
    case kEvening: from = 18 * 60, to = 24 * 60; break;
    case kNight: from = 24 * 60, to = 28 * 60; break;
    case kLunch: from = 12 * 60, to = 14 * 60; break;
    case kNoon: from = 12 * 60, to = 13 * 60; break;
    case kMidnight: from = 24 * 60, to = 25 * 60; break;
    default: from = to = -1;
  }
}

// A date or part of one: day and/or month and/or year.
struct Atom {
  int y = 0, m = 0, d = 0;
  int d_end = 0;  // "iunie 19-20"
  size_t first = 0, last = 0;
  bool bare_day = false;   // only a day number: valid as the start of a range
  bool bare_year = false;  // only a year number: needs context
  bool relative = false;   // the year said relative to publication: "maggio scorso", "anul trecut"
  int weekday = -1;
};

constexpr int kBareYearMin = 1900;

class Matcher {
 public:
  Matcher(std::string_view text, const std::vector<Token>& t, const std::optional<PartialDate>& pub, Language language,
          WeekdayRule weekday_rule)
      : text_(text), t_(t), pub_(pub), language_(language), weekday_rule_(weekday_rule) {}

  bool match(size_t i, Found& f) const;

 private:
  const Token* at(size_t i) const { return i < t_.size() ? &t_[i] : nullptr; }
  bool is_word(size_t i) const { return i < t_.size() && t_[i].kind == Kind::Word; }
  bool is_num(size_t i) const { return i < t_.size() && t_[i].kind == Kind::Number; }
  bool is_punct(size_t i, char c) const { return i < t_.size() && t_[i].kind == Kind::Punct && t_[i].punct == c; }
  bool word_is(size_t i, std::string_view w) const { return is_word(i) && t_[i].norm == w; }
  uint64_t flags(size_t i) const { return i < t_.size() && t_[i].lex ? t_[i].lex->flags : 0; }
  bool has(size_t i, uint64_t f) const { return (flags(i) & f) != 0; }
  bool adjacent(size_t a, size_t b) const { return b < t_.size() && t_[a].e == t_[b].b; }
  bool is_year_number(size_t i) const {
    return is_num(i) && t_[i].digits == 4 && t_[i].value >= 1000 && t_[i].value <= 2100;
  }
  bool is_day_number(size_t i) const { return is_num(i) && t_[i].digits <= 2 && t_[i].value >= 1 && t_[i].value <= 31; }
  int roman(size_t i) const;

  bool holiday(size_t i, Found& f) const;
  bool relative_day(size_t i, Found& f) const;
  bool relative_unit(size_t i, Found& f) const;
  bool weekday(size_t i, Found& f) const;
  bool abbreviated_weekday(size_t w) const;
  bool decade(size_t i, Found& f) const;
  bool century(size_t i, Found& f) const;
  bool numeric(size_t i, Atom& a) const;
  bool day_month(size_t i, Atom& a) const;
  bool month_year(size_t i, Atom& a) const;
  bool atom(size_t i, Atom& a, bool in_range) const;
  bool optional_year(size_t j, Atom& a) const;
  bool relative_year(size_t j, Atom& a) const;
  bool range_or_atom(size_t i, Found& f) const;
  bool year_with_context(size_t i, Found& f) const;
  bool bare_year_ok(size_t i) const;

  // Times of day.
  std::string_view raw(size_t i) const { return text_.substr(t_[i].b, t_[i].e - t_[i].b); }
  bool boundary(size_t i) const;
  int tense_cue(size_t k) const;
  int tense(size_t first, size_t last) const;
  bool hour_at(size_t j, bool strong, Clock& c) const;
  int part_after(size_t j, size_t& last) const;
  bool clock_point(size_t i, Clock& c, bool after_day, bool hour_context = false) const;
  bool clock_range(size_t i, Clock& c) const;
  bool clock_open(size_t i, Clock& c) const;
  bool any_clock(size_t i, Clock& c, bool after_day) const {
    return clock_range(i, c) || clock_open(i, c) || clock_point(i, c, after_day);
  }
  bool single_day(size_t i, Found& f) const;
  bool promising(size_t i) const;
  bool time_mention(size_t i, Found& f) const;
  bool fused_day(size_t i, Found& f) const;
  bool lone_clock(const Clock& c, Found& f) const;
  // Periods and other Duckling kinds.
  bool count_at(size_t j, int& n) const;
  int unit_at(size_t k) const { return k < t_.size() && t_[k].lex ? t_[k].lex->span : 0; }
  bool shifted(size_t first, size_t last, int unit, long n, Found& f) const;
  bool offset(size_t i, Found& f) const;
  bool italian_century_name(size_t i) const;
  bool minutes_from_pub(size_t first, size_t last, long from, long length, Found& f) const;
  bool rolling(size_t i, Found& f) const;
  int ordinal_at(size_t j, size_t& last) const;
  bool quarter(size_t i, Found& f) const;
  bool season(size_t i, Found& f) const;
  bool weekend(size_t i, Found& f) const;
  bool ordinal_day(size_t i, Found& f) const;
  bool bare_day(size_t i, Found& f) const;
  bool slashed_day(size_t j, Found& f) const;

 public:
  DateOpen open_before(size_t first) const;

 private:
 public:
  void attach_clock(Found& f) const;

 private:
  bool finish_atom(const Atom& a, Found& f) const;
  bool relative_days(size_t first, size_t last, long offset_from, long offset_to, Found& f) const;
  int year_or_pub(int y) const { return y ? y : (pub_ ? pub_->year : 0); }

  std::string_view text_;
  const std::vector<Token>& t_;
  const std::optional<PartialDate>& pub_;
  Language language_;
  WeekdayRule weekday_rule_;
};

int Matcher::roman(size_t i) const {
  if (!is_word(i)) return 0;
  int total = 0, prev = 0;
  const auto& tok = t_[i];
  // The original spelling must be upper case Roman digits.
  const std::string_view raw = text_.substr(tok.b, tok.e - tok.b);
  if (raw.size() > 6 || raw.find_first_not_of("IVXLC") != std::string_view::npos) return 0;
  const std::string_view norm = tok.norm;
  for (auto it = norm.rbegin(); it != norm.rend(); ++it) {
    int v = 0;
    switch (*it) {
      case 'i': v = 1; break;
      case 'v': v = 5; break;
      case 'x': v = 10; break;
      case 'l': v = 50; break;
      case 'c': v = 100; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

bool Matcher::relative_days(size_t first, size_t last, long from_offset, long to_offset, Found& f) const {
  if (!pub_ || pub_->day == 0) return false;
  const Ymd base{pub_->year, pub_->month, pub_->day};
  f.first = first;
  f.last = last;
  f.from = add_days(base, from_offset);
  f.to = add_days(base, to_offset);
  f.granularity = DateGranularity::Day;
  f.relative = true;
  return true;
}

// Easter Sunday: the Gregorian computus (anonymous algorithm), and the
// Orthodox one (Julian computus, moved to the Gregorian calendar: +13 days
// in 1900..2099).
Ymd easter(int y, bool orthodox) {
  if (orthodox) {
    const int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
    return add_days({y, month, day}, 13);
  }
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  return {y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1};
}

// The day of holiday h in year y.
Ymd holiday_day(const Holiday& h, int y) {
  if (h.month == kEaster || h.month == kOrthodoxEaster) return add_days(easter(y, h.month == kOrthodoxEaster), h.day);
  if (h.month > kNthWeekday) {
    const int m = h.month - kNthWeekday, n = h.day / 10, wd = h.day % 10;
    const long first = days_from_civil(y, m, 1);
    return civil_from_days(first + (wd - weekday_of(first) + 7) % 7 + 7L * (n - 1));
  }
  return {y, h.month, h.day};
}

// Holidays take the year that makes them the next one after publication
// (Duckling's reading, and announcements), or the last one in a past-tense
// clause; without a publication day, the publication year.
bool Matcher::holiday(size_t i, Found& f) const {
  if (!has(i, kHoliday)) return false;
  for (const Holiday& h : holidays()) {
    size_t k = 0, at = i;
    while (k < h.words.size() && word_is(at, h.words[k])) {
      ++k, ++at;
      if (k < h.words.size() && is_punct(at, '\'')) ++at;  // "primo dell'anno"
    }
    if (k != h.words.size()) continue;
    if (h.only_in && (*h.only_in != language_ || !t_[i].upper)) continue;  // ro "paste" is also pasta
    if (word_is(i - 1, "copy") || (word_is(i - 2, "copy") && (is_punct(i - 1, '/') || is_punct(i - 1, '-'))))
      return false;  // "copy paste", "copy/paste", "copy-paste"
    // A capitalised "Natale", "Crăciun" followed by a capitalised word is a name.
    if (h.words.size() == 1 && t_[i].upper && is_word(i + 1) && t_[i + 1].upper) return false;
    const int y = year_or_pub(0);
    if (!y && h.month > 12) return false;  // a movable feast needs its year
    f.first = i;
    f.last = at - 1;
    f.from = f.to = y ? holiday_day(h, y) : Ymd{0, h.month, h.day};
    Atom year;
    if (optional_year(at, year)) {  // "Pasqua 2024", "Crăciunul din 2019"
      f.from = f.to = holiday_day(h, year.y);
      f.last = year.last;
    } else if (pub_ && pub_->day) {
      const long now = days_from_civil(pub_->year, pub_->month, pub_->day);
      const long day = days_from_civil(f.from.y, f.from.m, f.from.d);
      if (tense(f.first, f.last) < 0) {
        if (day > now) f.from = f.to = holiday_day(h, y - 1);
      } else if (day < now) {
        f.from = f.to = holiday_day(h, y + 1);
      }
    }
    f.granularity = DateGranularity::Day;
    return true;
  }
  return false;
}

bool Matcher::relative_day(size_t i, Found& f) const {
  size_t first = i;
  // it "l'altro ieri", "altro ieri"; "dopo domani"
  if (word_is(i, "altro") && word_is(i + 1, "ieri")) {
    if (i >= 2 && word_is(i - 2, "l") && is_punct(i - 1, '\'')) first = i - 2;
    return relative_days(first, i + 1, -2, -2, f);
  }
  if (word_is(i, "dopo") && word_is(i + 1, "domani")) return relative_days(i, i + 1, 2, 2, f);
  if (!has(i, kRelDay)) return false;
  if (t_[i].norm == "sot" && language_ == Language::Romanian) return false;  // ro "soț" (husband)
  // Capitalised inside a sentence, "Maine" is the US state ("statul Maine"), not ro "mâine".
  if (t_[i].norm == "maine" && t_[i].upper && i >= 1 && !boundary(i - 1) && !t_[i].line_start) return false;
  const int d = t_[i].lex->relday;
  return relative_days(first, i, d, d, f);
}

// sq: javën e kaluar, muajin e ardhshëm, vitin që vjen, këtë vit
// ro: anul trecut, luna viitoare, săptămâna aceasta, acest an, anului trecut
// it: l'anno scorso, il mese prossimo, lo scorso anno, quest'anno, questa settimana
bool Matcher::relative_unit(size_t i, Found& f) const {
  int unit = 0, dir = 2;  // dir: -1 past, 0 this, 1 next
  size_t first = i, last = i;
  if (has(i, kUnit)) {
    unit = t_[i].lex->unit;
    size_t j = i + 1;
    if (is_word(j) && (t_[j].norm == "e" || t_[j].norm == "i" || t_[j].norm == "te" || t_[j].norm == "se")) ++j;
    if (has(j, kPast)) {
      dir = -1;
    } else if (has(j, kNext)) {
      dir = 1;
    } else if (has(j, kThis) && !word_is(j, "this") && !word_is(j, "e")) {
      dir = 0;
    } else if (word_is(i + 1, "qe") && (word_is(i + 2, "vjen") || word_is(i + 2, "shkoi") || word_is(i + 2, "kaloi"))) {
      dir = word_is(i + 2, "vjen") ? 1 : -1;
      j = i + 2;
    }
    if (dir == 2) return false;
    last = j;
  } else if (has(i, kThis | kPast | kNext) && !word_is(i, "e")) {
    size_t j = i + 1;
    if (is_punct(j, '\'')) ++j;  // quest'anno
    if (!has(j, kUnit)) return false;
    // "this"-words are demonstratives in sq/ro/it; "past"/"next" before a unit is Italian ("lo scorso anno").
    dir = has(i, kThis) ? 0 : has(i, kPast) ? -1 : 1;
    if (dir != 0 && language_ != Language::Italian && !word_is(i, "last") && !word_is(i, "next")) return false;
    unit = t_[j].lex->unit;
    last = j;
  } else {
    return false;
  }
  // Italian article before: "l'anno scorso", "la settimana scorsa", "lo scorso anno".
  if (first >= 1 && has(first - 1, kArticle) && !word_is(first - 1, "e") && !word_is(first - 1, "te") &&
      !word_is(first - 1, "se")) {
    first -= 1;
  } else if (first >= 2 && is_punct(first - 1, '\'') && word_is(first - 2, "l")) {
    first -= 2;
  }
  if (!pub_) return false;
  const PartialDate& p = *pub_;
  f.first = first;
  f.last = last;
  f.relative = true;
  if (unit == 3) {
    const int y = p.year + dir;
    f.from = {y, 1, 1};
    f.to = {y, 12, 31};
    f.granularity = DateGranularity::Year;
    return true;
  }
  if (unit == 2) {
    if (p.month == 0) return false;
    int y = p.year, m = p.month + dir;
    if (m == 0) m = 12, --y;
    if (m == 13) m = 1, ++y;
    f.from = {y, m, 1};
    f.to = {y, m, days_in_month(y, m)};
    f.granularity = DateGranularity::Month;
    return true;
  }
  if (p.day == 0) return false;
  const long base = days_from_civil(p.year, p.month, p.day);
  const long monday = base - weekday_of(base) + 7L * dir;
  f.from = civil_from_days(monday);
  f.to = civil_from_days(monday + 6);
  f.granularity = DateGranularity::Day;
  return true;
}

// "mar 19", "dom.", "jo." are weekdays; "mar", "dom", "jo" alone are words
// (it "mare", ro "dom" = cathedral), and each language reads only its own.
bool Matcher::abbreviated_weekday(size_t w) const {
  if (!has(w, kWeekdayAbbr) || has(w, kWeekday)) return false;
  const std::string_view n = t_[w].norm;
  const bool italian = one_of(n, {"lun", "mar", "mer", "gio", "ven", "sab", "dom"});
  if (italian != (language_ == Language::Italian) || (!italian && language_ != Language::Romanian)) return false;
  if (is_punct(w + 1, '.') && adjacent(w, w + 1) && !is_num(w + 2)) return true;
  return is_day_number(w + 1) && !has(w + 2, kMonth | kCountNoun) && !is_punct(w + 2, ':');
}

bool Matcher::weekday(size_t i, Found& f) const {
  size_t first = i;
  int dir = 2;  // 2 = nearest
  size_t w = i;
  if ((has(i, kPast) || has(i, kNext) || word_is(i, "ultimo") || word_is(i, "ultima")) &&
      language_ == Language::Italian && has(i + 1, kWeekday)) {
    dir = has(i, kNext) ? 1 : -1;  // "lo scorso lunedì", "prossimo martedì", "ultima domenica"
    w = i + 1;
  } else if (word_is(i, "diten") && word_is(i + 1, "e") && has(i + 2, kWeekday)) {
    w = i + 2;  // "ditën e hënë"
  } else if ((word_is(i, "te") || word_is(i, "e") || word_is(i, "se")) && has(i + 1, kWeekday)) {
    w = i + 1;
  }
  if (!has(w, kWeekday) && !abbreviated_weekday(w)) return false;
  const Lex& lex = *t_[w].lex;
  if ((lex.flags & kWeekdayAfterArticle) && w == i) return false;
  if (!(lex.flags & kWeekdayAfterArticle) && w != i && dir == 2) return false;
  // ro "luni" is also "months": "trei luni", "12 de luni", "luni de zile".
  if (t_[w].norm == "luni") {
    if (w >= 1 && (is_num(w - 1) || has(w - 1, kNumberWord))) return false;
    if (w >= 2 && word_is(w - 1, "de") && (is_num(w - 2) || has(w - 2, kNumberWord))) return false;
    if (word_is(w + 1, "de") && word_is(w + 2, "zile")) return false;
    if (word_is(w + 1, "la") || word_is(w + 1, "in") || word_is(w + 1, "din")) {
      // "luni la rând", "luni în șir": still months when a number came before; ambiguous otherwise.
    }
  }
  // Italian "Domenica", "Marta" as names: capitalised and followed by a capitalised word.
  if (t_[w].upper && is_word(w + 1) && t_[w + 1].upper && w > 0 && !is_punct(w - 1, '.')) return false;
  size_t last = w;
  size_t j = w + 1;
  if (dir == 2) {
    if (is_word(j) && (t_[j].norm == "e" || t_[j].norm == "i") && (has(j + 1, kPast) || has(j + 1, kNext))) ++j;
    if (has(j, kPast)) {
      dir = -1, last = j;
    } else if (has(j, kNext)) {
      dir = 1, last = j;
    } else if (word_is(j, "qe") && (word_is(j + 1, "vjen") || word_is(j + 1, "shkoi") || word_is(j + 1, "kaloi"))) {
      dir = word_is(j + 1, "vjen") ? 1 : -1, last = j + 1;
    } else if (word_is(j, "asta") || word_is(j, "aceasta") || word_is(j, "acesta")) {
      last = j;  // "lunea asta": as a bare weekday
    } else if ((word_is(j, "di") || word_is(j, "din")) && has(j + 1, kThis) && has(j + 2, kUnit) &&
               t_[j + 2].lex->unit == 1) {
      dir = 3, last = j + 2;  // "martedì di questa settimana", "marți din această săptămână"
    } else if (word_is(j, "din") && has(j + 1, kUnit) && t_[j + 1].lex->unit == 1 && has(j + 2, kThis)) {
      dir = 3, last = j + 2;  // "din săptămâna aceasta"
    } else if ((word_is(j, "e") || word_is(j, "te")) && word_is(j + 1, "kesaj") && word_is(j + 2, "jave")) {
      dir = 3, last = j + 2;  // "të martën e kësaj jave"
    }
  }
  // An explicit date after the weekday wins: "Lunedì 18 febbraio", "luni, 6 ianuarie".
  j = w + 1;
  if (is_punct(j, ',')) ++j;
  if (word_is(j, "pe") || word_is(j, "il") || word_is(j, "me")) ++j;
  Atom a;
  if (atom(j, a, false) && !a.bare_year && a.d) {
    a.first = first;
    return finish_atom(a, f);
  }
  if (dir == 2 && is_day_number(j) && !is_punct(j + 1, ':') && !is_punct(j + 1, '.') && !has(j + 1, kCountNoun)) {
    // "Martedì 19": that day of the month around publication whose weekday fits.
    if (!pub_ || pub_->month == 0) return false;
    const int day = t_[j].value;
    Ymd best{pub_->year, pub_->month, day};
    long best_dist = 1L << 30;
    const long base =
        pub_->day ? days_from_civil(pub_->year, pub_->month, pub_->day) : days_from_civil(pub_->year, pub_->month, 15);
    for (int delta = -1; delta <= 1; ++delta) {
      int y = pub_->year, m = pub_->month + delta;
      if (m == 0) m = 12, --y;
      if (m == 13) m = 1, ++y;
      if (!valid_day(y, m, day)) continue;
      const long days = days_from_civil(y, m, day);
      if (weekday_of(days) != lex.weekday) continue;
      if (std::labs(days - base) < best_dist) best_dist = std::labs(days - base), best = {y, m, day};
    }
    f.first = first;
    f.last = j;
    f.from = f.to = best;
    f.granularity = DateGranularity::Day;
    f.relative = true;
    return true;
  }
  if (!pub_ || pub_->month == 0) return false;
  if (pub_->day == 0) {
    // Published "2023-09": the weekday is a day of (about) that month; say the month.
    f.first = first;
    f.last = last;
    f.from = {pub_->year, pub_->month, 1};
    f.to = {pub_->year, pub_->month, util::days_in_month(pub_->year, pub_->month)};
    f.granularity = DateGranularity::Month;
    f.relative = true;
    return true;
  }
  const long base = days_from_civil(pub_->year, pub_->month, pub_->day);
  const int pw = weekday_of(base);
  const int ahead = (lex.weekday - pw + 7) % 7;
  const int back = (pw - lex.weekday + 7) % 7;
  long offset;
  if (dir == 1) {
    offset = ahead < 2 ? ahead + 7 : ahead;  // "mercoledì prossimo" on a Tuesday: not tomorrow (that is "domani")
  } else if (dir == -1) {
    offset = back == 0 ? -7 : -back;
  } else if (dir == 3) {
    offset = lex.weekday - pw;  // "martedì di questa settimana"
  } else {
    const int cue = weekday_rule_ == WeekdayRule::Nearest ? 0 : tense(first, last);
    if (cue < 0) {
      offset = -back;  // "Martedì il consiglio ha votato": the last one, today included
    } else if (cue > 0 || weekday_rule_ == WeekdayRule::TenseNext) {
      offset = ahead == 0 ? 7 : ahead;  // an announcement: the next one, as Duckling
    } else {
      offset = ahead <= 3 ? ahead : -back;
    }
  }
  return relative_days(first, last, offset, offset, f);
}

// anii '90, anni '90, vitet '90, anii 1990, anni Novanta, viteve të '90
bool Matcher::decade(size_t i, Found& f) const {
  if (!has(i, kDecadeNoun)) return false;
  size_t j = i + 1;
  if (word_is(j, "te")) ++j;
  int start = 0;
  if (is_punct(j, '\'')) ++j;
  if (is_num(j) && t_[j].digits == 2 && t_[j].value % 10 == 0) {
    const int d = t_[j].value;
    start = (d == 0 || d == 10) ? 2000 + d : 1900 + d;
  } else if (is_num(j) && t_[j].digits == 4 && t_[j].value % 10 == 0 && t_[j].value >= 1000 && t_[j].value <= 2090) {
    start = t_[j].value;
  } else if (has(j, kDecadeWord) && (t_[j].norm != "zero" || t_[j].upper)) {  // "anni zero incidenti"
    start = 1900 + t_[j].lex->decade;
  } else {
    return false;
  }
  if (is_punct(j + 1, '-') || is_punct(j + 1, '/')) return false;  // "anii 1990-1995": a year range
  f.first = i;
  f.last = j;
  f.from = {start, 1, 1};
  f.to = {start + 9, 12, 31};
  f.granularity = DateGranularity::Decade;
  return true;
}

// "il Novecento", "nell'Ottocento", "primo Novecento": a capitalised century
// name after a masculine article or preposition. Lower case it is a number
// ("novecento persone"), after "la" the Fiat ("la Cinquecento").
bool Matcher::italian_century_name(size_t i) const {
  if (language_ != Language::Italian || !t_[i].upper || i == 0) return false;
  size_t k = i - 1;
  if (is_punct(k, '\'') && k >= 1) --k;
  return is_word(k) && one_of(t_[k].norm, {"il", "nel", "del", "dal", "al", "sul", "l", "nell", "dell", "dall", "all",
                                           "sull", "primo", "tardo", "pieno", "secondo"});
}

// shekulli XX, secolul al XIX-lea, secolo XX, XX secolo, sec. XV, il Novecento
bool Matcher::century(size_t i, Found& f) const {
  int n = 0;
  size_t last = i;
  if (has(i, kCenturyNoun)) {
    size_t j = i + 1;
    if (is_punct(j, '.')) ++j;
    if (word_is(j, "al") || word_is(j, "i") || word_is(j, "e") || word_is(j, "te") || word_is(j, "të")) ++j;
    n = roman(j);
    if (!n && is_num(j) && t_[j].digits <= 2) n = t_[j].value;
    if (!n) return false;
    last = j;
    if (is_punct(j + 1, '-') && (word_is(j + 2, "lea") || word_is(j + 2, "te"))) last = j + 2;
  } else if ((n = roman(i)) && (word_is(i + 1, "secolo") || word_is(i + 1, "sec"))) {
    last = i + 1;
  } else if (has(i, kCenturyName) && italian_century_name(i)) {
    n = t_[i].lex->century;
  } else {
    return false;
  }
  if (n < 1 || n > 21) return false;
  // Before Christ: î.Hr., a.C., p.e.s., BC — not representable.
  const size_t k = last + 1;
  if (is_word(k) && (t_[k].norm == "i" || t_[k].norm == "a" || t_[k].norm == "p" || t_[k].norm == "bc") &&
      is_punct(k + 1, '.'))
    return false;
  f.first = i;
  f.last = last;
  f.from = {(n - 1) * 100, 1, 1};
  f.to = {(n - 1) * 100 + 99, 12, 31};
  if (n == 1) f.from.y = 1;
  f.granularity = DateGranularity::Century;
  return true;
}

// 2023-09-11, 17.06.2024, 17/06/2024, 3/3/15, 31/10/74
bool Matcher::numeric(size_t i, Atom& a) const {
  if (!is_num(i)) return false;
  if (i >= 1 && (is_punct(i - 1, '.') || is_punct(i - 1, ',') || is_punct(i - 1, '/')) && adjacent(i - 1, i) &&
      i >= 2 && is_num(i - 2) && adjacent(i - 2, i - 1))
    return false;  // inside a bigger number
  const Token& n1 = t_[i];
  if (i + 4 >= t_.size()) return false;
  const char sep = t_[i + 1].punct;
  if (t_[i + 1].kind != Kind::Punct || !(sep == '-' || sep == '.' || sep == '/')) return false;
  if (!is_num(i + 2) || !is_punct(i + 3, sep) || !is_num(i + 4)) return false;
  if (!adjacent(i, i + 1) || !adjacent(i + 1, i + 2) || !adjacent(i + 2, i + 3) || !adjacent(i + 3, i + 4))
    return false;
  // Not followed by more of the same: 1.200.000.000, 10.10.10.10
  if ((is_punct(i + 5, sep) || is_punct(i + 5, '.') || is_punct(i + 5, ',')) && adjacent(i + 4, i + 5) &&
      is_num(i + 6) && adjacent(i + 5, i + 6))
    return false;
  const Token& n2 = t_[i + 2];
  const Token& n3 = t_[i + 4];
  int y, m, d;
  if (n1.digits == 4 && sep == '-') {
    y = n1.value, m = n2.value, d = n3.value;
    if (n2.digits > 2 || n3.digits > 2) return false;
  } else if (n1.digits <= 2 && n2.digits <= 2 && (n3.digits == 4 || (n3.digits == 2 && sep != '-'))) {
    d = n1.value, m = n2.value, y = n3.value;
    if (n3.digits == 2) {
      const int pivot = (pub_ ? pub_->year % 100 : 20) + 10;  // 3/3/15 in 2013 is 2015
      y += y <= pivot ? 2000 : 1900;
    }
  } else {
    return false;
  }
  if (y < 1000 || y > 2100 || !valid_day(y, m, d)) return false;
  a.y = y, a.m = m, a.d = d;
  a.first = i;
  a.last = i + 4;
  return true;
}

bool Matcher::optional_year(size_t j, Atom& a) const {
  size_t k = j;
  if (is_punct(k, ',')) ++k;
  if (word_is(k, "del") || word_is(k, "din") || word_is(k, "anul") || word_is(k, "of")) ++k;
  if (word_is(k, "te") && word_is(k + 1, "vitit")) k += 2;
  if (word_is(k, "te") && is_year_number(k + 1)) ++k;  // sq "dhjetor të 2024"
  if (is_year_number(k) && !(is_punct(k + 1, '.') && is_num(k + 2) && adjacent(k + 1, k + 2)) &&
      !(is_punct(k + 1, ',') && is_num(k + 2) && adjacent(k, k + 1) && adjacent(k + 1, k + 2))) {
    a.y = t_[k].value;
    a.last = k;
    return true;
  }
  return relative_year(j, a);
}

// The year of a day or month said relative to publication, after it or
// before it: "në prill të vitit të kaluar", "în aprilie anul trecut",
// "a lunii mai a anului viitor", "nel maggio dell'anno scorso" (the year
// before publication's); "il 15 marzo scorso", "lo scorso maggio", "prillin e
// kaluar" (the last such day or month before publication). Without it the
// year is publication's, which for these is wrong.
bool Matcher::relative_year(size_t j, Atom& a) const {
  if (!pub_ || pub_->year == 0 || a.m == 0) return false;
  int years = 0, direction = 0;  // years from publication's; or -1/+1: the last/next such month or day
  size_t last = 0, first = a.first;
  const auto past_or_next = [&](size_t k) {
    // (Not "passato": "il 25 aprile passato in piazza" is a participle.)
    if (word_is(k, "kaluar") || word_is(k, "shkuar") || word_is(k, "trecut") || word_is(k, "scorso") ||
        word_is(k, "scorsi"))
      return -1;
    if (word_is(k, "ardhshem") || word_is(k, "viitor") || word_is(k, "prossimo") || word_is(k, "prossimi")) return 1;
    return 0;
  };
  size_t k = j;
  if (word_is(k, "a") || word_is(k, "din") || word_is(k, "de")) ++k;  // ro "a anului trecut", "din anul trecut"
  if ((word_is(k, "te") || word_is(k, "e") || word_is(k, "i")) && word_is(k + 1, "vitit") && word_is(k + 2, "te") &&
      past_or_next(k + 3)) {
    years = past_or_next(k + 3), last = k + 3;  // sq "të vitit të kaluar"
  } else if ((word_is(k, "anul") || word_is(k, "anului")) && past_or_next(k + 1)) {
    years = past_or_next(k + 1), last = k + 1;  // ro "anul trecut"
  } else if (word_is(j, "dell") && is_punct(j + 1, '\'') && word_is(j + 2, "anno") && past_or_next(j + 3)) {
    years = past_or_next(j + 3), last = j + 3;  // it "dell'anno scorso"
  } else if ((word_is(j, "dello") || word_is(j, "del")) && past_or_next(j + 1) && word_is(j + 2, "anno")) {
    years = past_or_next(j + 1), last = j + 2;  // it "dello scorso anno", "del prossimo anno"
  } else if (language_ == Language::Italian && past_or_next(j)) {
    direction = past_or_next(j), last = j;  // "il 15 marzo scorso", "maggio prossimo"
  } else if (language_ == Language::Albanian && word_is(j, "e") && past_or_next(j + 1)) {
    direction = past_or_next(j + 1), last = j + 1;  // "prillin e kaluar"
  } else if (language_ == Language::Italian && a.first >= 2 && past_or_next(a.first - 1) &&
             one_of(is_word(a.first - 2) ? std::string_view(t_[a.first - 2].norm) : std::string_view(),
                    {"lo", "il", "dello", "allo", "dallo", "al", "del", "dal", "nel", "sul"})) {
    // "lo scorso 15 maggio", "entro il prossimo 30 giugno" (after an article
    // only: "sabato scorso 4 maggio" is the Saturday's)
    direction = past_or_next(a.first - 1), last = a.last, first = a.first - 1;
    if (word_is(first - 1, "lo") || word_is(first - 1, "il")) --first;
  } else {
    return false;
  }
  if (direction) {
    if (pub_->month == 0) return false;
    // The last such month or day strictly before publication's (the next one
    // strictly after); by month when publication's day is unknown.
    const bool by_day = a.d && pub_->day;
    const int here = pub_->month * 100 + (by_day ? pub_->day : 0), there = a.m * 100 + (by_day ? a.d : 0);
    years = direction < 0 ? (there < here ? 0 : -1) : (there > here ? 0 : 1);
  }
  a.y = pub_->year + years;
  a.first = first;
  a.last = last;
  a.relative = true;
  return true;
}

// [day] month [year]: 11 shtator 2023, 1º maggio, primo maggio, June 17, 2024
bool Matcher::day_month(size_t i, Atom& a) const {
  size_t j = i;
  int day = 0;
  if (is_day_number(j)) {
    if (j >= 1 && (is_punct(j - 1, '.') || is_punct(j - 1, ',')) && adjacent(j - 1, j) && j >= 2 && is_num(j - 2) &&
        adjacent(j - 2, j - 1))
      return false;  // "2,5 mai"
    day = t_[j].value;
    ++j;
    if (is_punct(j, 'o') || (is_punct(j, '.') && has(j + 1, kMonth))) ++j;
    if (is_punct(j, '-') && (word_is(j + 1, "ji") || word_is(j + 1, "te"))) j += 2;  // sq "1-ji"
    if (word_is(j, "de") && has(j + 1, kMonth)) ++j;
  } else if (word_is(j, "primo") || word_is(j, "intai")) {
    day = 1;
    ++j;
    if (word_is(j, "di") || word_is(j, "de")) ++j;
  } else if (has(j, kMonth) && is_day_number(j + 1)) {
    // Month first (English datelines, ro "iunie 19-20"): only full names; a
    // month that is also a word ("March", sq "mars") only with its year, as
    // in "March 1, 2026" under an embedded post (checked below).
    const Lex& lex = *t_[j].lex;
    if (!(lex.flags & kMonthFull)) return false;
    const size_t k = j + 1;
    if (is_punct(k + 1, ':') || (is_punct(k + 1, '.') && is_num(k + 2)) || is_word(k + 1)) return false;
    a = {};
    a.m = lex.month, a.d = t_[k].value;
    a.first = i;
    a.last = k;
    if (is_punct(k + 1, '-')) {
      if (!is_day_number(k + 2) || t_[k + 2].value <= a.d || is_word(k + 3)) return false;
      a.d_end = t_[k + 2].value;
      a.last = k + 2;
    }
    if (!optional_year(a.last + 1, a)) a.y = 0;
    if ((lex.flags & kMonthAmbiguous) && a.y == 0) return false;
    return valid_day(a.y, a.m, a.d) && (!a.d_end || valid_day(a.y, a.m, a.d_end));
  } else {
    return false;
  }
  if (!has(j, kMonth)) return false;
  const Lex& lex = *t_[j].lex;
  // ro "mai" after a number is often "more": "încă 5 mai mulți".
  if (lex.flags & kMonthAmbiguous && t_[j].norm == "mai" && has(j + 1, kMaiFollower)) return false;
  a = {};
  a.d = day, a.m = lex.month;
  a.first = i;
  a.last = j;
  if ((lex.flags & kMonthAbbr) && !(lex.flags & kMonthFull) && is_punct(j + 1, '.') && adjacent(j, j + 1))
    a.last = j + 1;
  optional_year(a.last + 1, a);
  return valid_day(a.y, a.m, a.d);
}

// [luna|muajin|mese di] month [year]: iunie 2024, lunii iunie, qershor 2024
bool Matcher::month_year(size_t i, Atom& a) const {
  size_t j = i;
  bool context = false;
  if (has(j, kMonthContext)) {
    ++j;
    if (word_is(j, "di") || word_is(j, "of")) ++j;
    context = true;
  }
  if (!has(j, kMonth)) return false;
  const Lex& lex = *t_[j].lex;
  a = {};
  a.m = lex.month;
  a.first = i;
  a.last = j;
  size_t after = j + 1;
  const bool abbreviation = (lex.flags & kMonthAbbr) && !(lex.flags & kMonthFull);
  if (abbreviation && is_punct(after, '.') && adjacent(j, after)) a.last = after++;
  if (optional_year(after, a)) return true;
  if (abbreviation) return false;
  if (!context) {
    // sq "në mars", "në maj", "në shkurt": after "në" and in lower case the month ("Mars" is the planet).
    const bool sq_month_after_ne = language_ == Language::Albanian && !t_[j].upper && j >= 1 && word_is(j - 1, "ne");
    if ((lex.flags & kMonthAmbiguous) && !sq_month_after_ne) return false;
    if (j >= 1 && (roman(j - 1) || is_num(j - 1))) return false;  // "XX Settembre", "25 Aprile" (street names)
    // A capitalised month inside a sentence in ro/it/sq is a name ("Piazza Settembre", "Agosto Rossi").
    if (t_[j].upper && j >= 1 && !is_punct(j - 1, '.') && !is_punct(j - 1, '"') && is_word(j + 1) && t_[j + 1].upper)
      return false;
  }
  return true;
}

bool Matcher::atom(size_t i, Atom& a, bool in_range) const {
  if (numeric(i, a)) return true;
  if (day_month(i, a)) return true;
  if (month_year(i, a)) return true;
  if (is_year_number(i)) {
    a = {};
    a.y = t_[i].value;
    a.first = a.last = i;
    a.bare_year = true;
    return true;
  }
  if (in_range && is_day_number(i)) {
    a = {};
    a.d = t_[i].value;
    a.first = a.last = i;
    a.bare_day = true;
    return true;
  }
  return false;
}

bool Matcher::finish_atom(const Atom& a, Found& f) const {
  f.first = a.first;
  f.last = a.last;
  f.relative = a.relative;
  const int y = year_or_pub(a.y);
  if (a.d) {
    if (!valid_day(y, a.m, a.d)) return false;
    f.from = f.to = {y, a.m, a.d};
    if (a.d_end) f.to.d = a.d_end;
    f.granularity = DateGranularity::Day;
  } else if (a.m) {
    f.from = {y, a.m, 1};
    f.to = {y, a.m, y ? days_in_month(y, a.m) : 0};
    f.granularity = DateGranularity::Month;
  } else if (a.y) {
    f.from = {a.y, 1, 1};
    f.to = {a.y, 12, 31};
    f.granularity = DateGranularity::Year;
  } else {
    return false;
  }
  return true;
}

// Ranges: 18-19 iunie, 2006-2008, dal 10 al 13 settembre, nga 10 deri më 13
// shtator, între 1 și 3 martie, martie - iunie 2013; or a single date.
bool Matcher::range_or_atom(size_t i, Found& f) const {
  size_t j = i;
  bool prefix = false;
  if (has(i, kRangeFrom)) {
    prefix = true;
    ++j;
  } else if (word_is(i, "de") && word_is(i + 1, "la")) {
    prefix = true;
    j += 2;
  }
  const auto skip_article = [&](size_t k) {
    if (word_is(k, "il") || word_is(k, "me") || word_is(k, "pe") || word_is(k, "in") || word_is(k, "ne")) return k + 1;
    if (word_is(k, "l") && is_punct(k + 1, '\'')) return k + 2;
    if (word_is(k, "anii") || word_is(k, "anni") || word_is(k, "vitet")) return k + 1;  // "între anii 1979-1980"
    return k;
  };
  if (prefix) j = skip_article(j);
  Atom a;
  if (!atom(j, a, true)) return false;
  if (!prefix) a.first = std::min(a.first, i);  // "lo scorso maggio" starts before i
  // Connector.
  size_t k = a.last + 1;
  bool connector = false;
  if (is_punct(k, '-') || (is_punct(k, '/') && a.bare_year && adjacent(a.last, k))) {
    connector = true;
    ++k;
  } else if (has(k, kRangeTo) &&
             (prefix || (a.bare_day && (word_is(k, "si") || word_is(k, "dhe") || word_is(k, "e") || word_is(k, "ed") ||
                                        word_is(k, "sau") || word_is(k, "o") || word_is(k, "ose"))))) {
    connector = true;
    ++k;
    if (word_is(k, "me") || word_is(k, "ne") || word_is(k, "la") || word_is(k, "in") || word_is(k, "pe")) ++k;
  }
  if (connector) {
    k = skip_article(k);
    Atom b;
    bool ok = false;
    if (a.bare_year && is_num(k) && t_[k].digits == 2 && adjacent(k - 1, k) && !is_punct(k + 1, '-')) {
      // 1746-49, 1982/83
      b = {};
      b.y = a.y / 100 * 100 + t_[k].value;
      b.first = b.last = k;
      b.bare_year = true;
      ok = b.y > a.y;
    } else if (atom(k, b, false)) {
      ok = true;
    }
    if (ok && !b.bare_day) {
      Atom from = a, to = b;
      bool compatible = false;
      if (a.bare_year && b.bare_year) {
        compatible = b.y > a.y;
      } else if (a.bare_day && b.d && b.m) {
        from.m = b.m, from.y = b.y, from.bare_day = false;
        compatible = from.d < b.d;
      } else if (a.d && a.m && b.d && b.m && !a.bare_year && !b.bare_year) {
        // "dal 20 dicembre al 6 gennaio 2024": the start in the year before
        if (!from.y && b.y) from.y = (a.m * 100 + a.d > b.m * 100 + b.d) ? b.y - 1 : b.y;
        compatible = true;
      } else if (!a.d && a.m && !b.d && b.m && !b.bare_year) {
        if (!from.y && b.y) from.y = a.m > b.m ? b.y - 1 : b.y;
        compatible = true;
      }
      from.relative = to.relative = a.relative || b.relative;
      if (compatible) {
        Found ff, ft;
        if (finish_atom(from, ff) && finish_atom(to, ft)) {
          const bool known = ff.from.y && ft.to.y;
          if (!known ||
              days_from_civil(ff.from.y, ff.from.m, ff.from.d) <= days_from_civil(ft.to.y, ft.to.m, ft.to.d)) {
            f = ff;
            f.first = prefix ? i : a.first;
            f.last = to.last;
            f.to = ft.to;
            if (ft.granularity == DateGranularity::Day) f.granularity = DateGranularity::Day;
            return true;
          }
        }
      }
    }
    if (a.bare_year && b.bare_year && is_punct(a.last + 1, '-')) return false;  // "2019-2015": not a date
  }
  if (a.bare_day) return false;
  if (a.bare_year) return false;  // a lone year is matched by year_with_context, its context word left out
  if (prefix) return false;       // the single date is matched without its preposition
  return finish_atom(a, f);
}

// Is the number at i a year rather than a count, an amount, a time or a code?
bool Matcher::bare_year_ok(size_t i) const {
  if (!is_year_number(i)) return false;
  // Inside a bigger number or a decimal: 1.2019, 2019,5, 10.000
  if (i >= 1 && (is_punct(i - 1, '.') || is_punct(i - 1, ',')) && adjacent(i - 1, i) && i >= 2 && is_num(i - 2))
    return false;
  if ((is_punct(i + 1, '.') || is_punct(i + 1, ',') || is_punct(i + 1, ':')) && adjacent(i, i + 1) && is_num(i + 2) &&
      adjacent(i + 1, i + 2))
    return false;
  if (is_punct(i + 1, '%') || is_punct(i + 1, '$') || has(i + 1, kCountNoun)) return false;
  if ((is_word(i + 1) && adjacent(i, i + 1)) || (i >= 1 && is_word(i - 1) && adjacent(i - 1, i)))
    return false;  // 1500cc
  if (i >= 1 && (is_punct(i - 1, '$') || is_punct(i - 1, '#') || is_punct(i - 1, '+') || has(i - 1, kNotYearBefore)))
    return false;
  if (i >= 2 && is_punct(i - 1, '.') && has(i - 2, kNotYearBefore)) return false;  // "nr. 2019"
  if (i >= 1 && has(i - 1, kCountCue)) return false;
  if (has(i + 1, kCountPreposition) && !(i >= 1 && has(i - 1, kYearContext))) return false;
  return true;
}

bool Matcher::year_with_context(size_t i, Found& f) const {
  if (!is_year_number(i)) return false;
  if (!bare_year_ok(i)) return false;
  // Before 1900 a number needs a year word, a preposition or brackets: "1500 kredi" is a count.
  if (t_[i].value < kBareYearMin &&
      !(i >= 1 && (has(i - 1, kYearContext) || is_punct(i - 1, '(') || is_punct(i - 1, ',') || is_punct(i - 1, '-'))))
    return false;
  Atom a;
  a.y = t_[i].value;
  a.first = a.last = i;
  // Keep the year noun in the span: "vitin 2019", "anul 2019", "l'anno 2019".
  if (i >= 1 && has(i - 1, kYearNoun)) {
    a.first = i - 1;
    if (word_is(i - 1, "anno") && i >= 3 && is_punct(i - 2, '\'') && (word_is(i - 3, "l") || word_is(i - 3, "nell")))
      a.first = i - 3;
  }
  return finish_atom(a, f);
}

// ---------------------------------------------------------------- times of day

// A sentence ends at . ! ? ; and at a line break (titles have no full stop).
bool Matcher::boundary(size_t i) const {
  if (i >= t_.size()) return true;
  const Token& t = t_[i];
  return t.kind == Kind::Punct && (t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == ';');
}

// Is token k a past (-1) or future (+1) tense marker? Italian passato
// prossimo/remoto and futuro, Romanian perfect compus and viitor, Albanian
// perfect, aorist and "do të". Scheduling participles ("è previsto", "este
// programat") announce the future.
int Matcher::tense_cue(size_t k) const {
  if (!is_word(k)) return 0;
  const std::string_view w = t_[k].norm;
  const auto next_is = [&](auto participle) {
    size_t j = k + 1;
    while (j <= k + 3 && is_word(j) && !participle(t_[j].norm)) ++j;
    return j <= k + 3 && is_word(j);
  };
  if (language_ == Language::Italian) {
    if (one_of(w, {"previsto", "prevista", "previsti", "previste", "programmato", "programmata", "fissato", "fissata",
                   "convocato", "convocata", "attesa", "atteso"}))
      return 1;
    const auto participle = [](std::string_view p) {
      return p.size() >= 4 &&
             (ends_with(p, "ato") || ends_with(p, "ata") || ends_with(p, "ati") || ends_with(p, "ate") ||
              ends_with(p, "uto") || ends_with(p, "uta") || ends_with(p, "uti") || ends_with(p, "ito") ||
              ends_with(p, "ita") || ends_with(p, "iti") || ends_with(p, "tto") || ends_with(p, "tta") ||
              ends_with(p, "so") || ends_with(p, "sa") || ends_with(p, "sto") || ends_with(p, "rto"));
    };
    const bool e_verb = w == "e" && (raw(k) == "è" || raw(k) == "È");
    if ((e_verb || one_of(w, {"ha", "hanno", "ho", "abbiamo", "avete", "hai", "sono", "siamo", "era", "erano", "fu",
                              "furono", "venne", "vennero", "aveva", "avevano"})) &&
        next_is(participle))
      return -1;
    if (one_of(w, {"disse", "fece", "ebbe", "fu", "furono", "aveva", "avevano", "era", "erano", "mori", "nacque"}))
      return -1;
    if (w.size() >= 7 && (ends_with(w, "arono") || ends_with(w, "irono") || ends_with(w, "erono"))) return -1;
    if (w.size() >= 7 && ends_with(w, "ranno")) return 1;
    const uint32_t last = last_code_point(raw(k));
    if (last == 0xF2 && w.size() >= 4) {  // -ò: passato remoto, but -erò/-irò is a future
      if (one_of(w, {"pero", "cio", "puo", "percio"})) return 0;
      return ends_with(w, "ero") || ends_with(w, "iro") ? 1 : -1;
    }
    if (last == 0xEC && w.size() >= 4 && !has(k, kWeekday) && w != "cosi") return -1;  // partì, uscì
    if (last == 0xE0 && w.size() >= 4 && ends_with(w, "ra")) return 1;                 // sarà, terrà
    return 0;
  }
  if (language_ == Language::Romanian) {
    const auto participle = [](std::string_view p) {
      return p.size() >= 3 && (ends_with(p, "at") || ends_with(p, "it") || ends_with(p, "ut") || ends_with(p, "ata") ||
                               ends_with(p, "ita") || ends_with(p, "uta") || p == "fost" ||
                               one_of(p, {"spus", "pus", "ales", "mers", "decis", "trimis", "ucis", "scris", "ars",
                                          "zis", "dus", "prins", "sters", "atins", "cerut", "intrat"}));
    };
    if (one_of(w, {"a", "au", "am", "ai", "ati"}) && is_word(k + 1) &&
        (participle(t_[k + 1].norm) || (word_is(k + 1, "mai") && is_word(k + 2) && participle(t_[k + 2].norm))))
      return -1;
    if (w == "s" && is_punct(k + 1, '-') && (word_is(k + 2, "a") || word_is(k + 2, "au"))) return -1;
    if (one_of(w, {"era", "erau", "avea", "aveau", "fusese"})) return -1;
    if (one_of(w, {"va", "vor", "vom", "vei", "veti"}) && is_word(k + 1)) return 1;
    if (w == "o" && word_is(k + 1, "sa")) return 1;
    if (one_of(w, {"urmeaza", "programat", "programata", "prevazut", "prevazuta", "preconizat"})) return 1;
    return 0;
  }
  if (language_ == Language::Albanian) {
    const auto participle = [](std::string_view p) {
      return p.size() >= 3 && (ends_with(p, "uar") || ends_with(p, "ur") || ends_with(p, "ne") || ends_with(p, "re") ||
                               ends_with(p, "le") || ends_with(p, "te") || ends_with(p, "rr"));
    };
    if (w == "u" && is_word(k + 1) && !word_is(k - 1, "te")) return -1;  // passive aorist: "u takuan"
    if (one_of(w, {"ka", "kane", "kam", "kemi", "keni", "kishte", "kishin", "eshte", "jane", "ishte", "ishin"}) &&
        is_word(k + 1) && participle(t_[k + 1].norm))
      return -1;
    if (w == "do" && (word_is(k + 1, "te") || word_is(k + 1, "t"))) return 1;
    if (one_of(w, {"pritet", "priten", "parashikohet", "planifikohet"})) return 1;
    if (one_of(w, {"tha",  "thane", "erdhi", "erdhen", "doli",   "dolen", "mori",   "moren",
                   "dha",  "dhane", "vdiq",  "pati",   "paten",  "beri",  "mbajti", "mbajten",
                   "nisi", "ishte", "ishin", "kishte", "kishin", "ra",    "rane"}))
      return -1;
    if (w.size() >= 4 && (ends_with(w, "oi") || ends_with(w, "uan") || ends_with(w, "uam") || ends_with(w, "ova") ||
                          ends_with(w, "uat")))
      return -1;
    return 0;
  }
  return 0;
}

// The tense of the clause around tokens first..last: the nearest cue within
// the sentence, at most 12 words away; 0 when there is none.
int Matcher::tense(size_t first, size_t last) const {
  bool forward = true, backward = true;
  for (size_t d = 1; d <= 12 && (forward || backward); ++d) {
    if (forward) {
      const size_t k = last + d;
      if (k >= t_.size() || boundary(k) || t_[k].line_start) {
        forward = false;
      } else if (const int cue = tense_cue(k)) {
        return cue;
      }
    }
    if (backward) {
      if (first < d || t_[first - d + 1].line_start || boundary(first - d)) {
        backward = false;
      } else if (const int cue = tense_cue(first - d)) {
        return cue;
      }
    }
  }
  return 0;
}

// A part of the day qualifying an hour: it "del pomeriggio", "di sera"; ro
// "seara", "a serii"; sq "të mbrëmjes", "e mëngjesit", "pasdite".
int Matcher::part_after(size_t j, size_t& last) const {
  size_t k = j;
  if (word_is(k, "del") || word_is(k, "di") || word_is(k, "della") || word_is(k, "dello") || word_is(k, "a") ||
      word_is(k, "te") || word_is(k, "e") || word_is(k, "in"))
    ++k;
  if (word_is(k, "dupa") && is_punct(k + 1, '-') && (word_is(k + 2, "amiaza"))) {
    last = k + 2;
    return kAfternoon;
  }
  if (!has(k, kDayPart)) return kNoPart;
  const int part = t_[k].lex->part;
  if (part != kMorning && part != kAfternoon && part != kEvening && part != kNight) return kNoPart;
  last = k;
  return part;
}

// An hour with its minutes: 15, 15:30, 15.30 (after an hour word), 3 20,
// "tre e venti", "3 e mezza", "mezzogiorno meno un quarto" is not handled.
bool Matcher::hour_at(size_t j, bool strong, Clock& c) const {
  int h = -1;
  if (is_num(j) && t_[j].digits <= 2 && t_[j].value <= 24) {
    h = t_[j].value;
  } else if (has(j, kNumWord) && t_[j].lex->num <= 24) {
    h = t_[j].lex->num;
  } else {
    return false;
  }
  int m = 0;
  c.grain = DateGranularity::Hour;
  c.last = j;
  const auto minute_word = [&](size_t k, int& out, size_t& end) {
    if (is_num(k) && t_[k].digits <= 2 && t_[k].value < 60) return out = t_[k].value, end = k, true;
    if (has(k, kNumWord) && t_[k].lex->num < 60) {
      out = t_[k].lex->num;
      end = k;
      if ((word_is(k + 1, "e") || word_is(k + 1, "si")) && has(k + 2, kNumWord) && t_[k + 2].lex->num < 10)
        out += t_[k + 2].lex->num, end = k + 2;  // ro "douăzeci și cinci"
      return true;
    }
    if (word_is(k, "mezza") || word_is(k, "jumatate") || word_is(k, "gjysme")) return out = 30, end = k, true;
    if ((word_is(k, "un") || word_is(k, "nje") || word_is(k, "o")) &&
        (word_is(k + 1, "quarto") || word_is(k + 1, "sfert") || word_is(k + 1, "cerek")))
      return out = 15, end = k + 1, true;
    if (word_is(k, "tre") && word_is(k + 1, "quarti")) return out = 45, end = k + 1, true;
    return false;
  };
  size_t end = j;
  if (is_num(j) && (is_punct(j + 1, ':') || (is_punct(j + 1, '.') && strong)) && adjacent(j, j + 1) && is_num(j + 2) &&
      adjacent(j + 1, j + 2) && t_[j + 2].digits == 2 && t_[j + 2].value < 60) {
    m = t_[j + 2].value;
    c.last = j + 2;
    c.grain = DateGranularity::Minute;
    if (is_punct(j + 3, ':') && is_num(j + 4) && adjacent(j + 2, j + 3)) c.last = j + 4;  // seconds
  } else if ((word_is(j + 1, "e") || word_is(j + 1, "si")) && minute_word(j + 2, m, end)) {
    c.last = end;
    c.grain = DateGranularity::Minute;
  } else if (word_is(j + 1, "meno") && minute_word(j + 2, m, end) && m > 0) {
    h = (h + 23) % 24, m = 60 - m;
    c.last = end;
    c.grain = DateGranularity::Minute;
  } else if (strong && is_num(j) && is_num(j + 1) && t_[j + 1].digits == 2 && t_[j + 1].value < 60 &&
             !adjacent(j, j + 1) && !has(j + 2, kCountNoun) && !has(j + 2, kMonth)) {
    m = t_[j + 1].value;  // "alle 3 20"
    c.last = j + 1;
    c.grain = DateGranularity::Minute;
  }
  if (h == 24 && m > 0) return false;
  c.from = h * 60 + m;
  c.to = c.from + (c.grain == DateGranularity::Minute ? 1 : 60);
  return true;
}

// A time of day at i: "alle 15", "ore 15:30", "15:30", "la ora 15", "në orën
// 10", "le tre del pomeriggio", "a mezzogiorno"; or a part of the day with a
// preposition or demonstrative ("in serata", "nel pomeriggio", "această
// dimineață", "në mëngjes"). Right after a day, a bare part ("domani sera",
// "miercuri seara") or a number after "la"/"në" ("mâine la 15") is enough.
bool Matcher::clock_point(size_t i, Clock& c, bool after_day, bool hour_context) const {
  size_t j = i;
  bool strong = hour_context, part_opener = false, weak = false;
  for (int n = 0; n < 4; ++n) {
    if (has(j, kTimePrep) && !(word_is(j, "ora") && language_ == Language::Italian && !is_num(j + 1))) {
      strong = true;
      ++j;
      if (is_punct(j, '\'')) ++j;  // all'una
    } else if (word_is(j, "le") && j > i && (word_is(j - 1, "per") || word_is(j - 1, "verso"))) {
      strong = true;  // "per le 15", "verso le 15"
      ++j;
    } else if (word_is(j, "in") && word_is(j + 1, "jurul")) {
      j += 2, weak = true;
    } else if (one_of(is_word(j) ? std::string_view(t_[j].norm) : std::string_view(),
                      {"per",    "verso",   "le",   "la",    "pe",    "ne",      "rreth",  "spre",
                       "a",      "in",      "nel",  "nella", "alla",  "al",      "sta",    "questa",
                       "questo", "aceasta", "kete", "gjate", "circa", "intorno", "attorno"})) {
      part_opener = true, weak = true;
      ++j;
    } else {
      break;
    }
  }
  c = {};
  // Prepositions stay out of the span ("nel 2019" → "2019"); hour nouns and demonstratives stay in.
  c.first = i;
  while (c.first < j && one_of(t_[c.first].norm, {"per", "verso", "le", "la", "pe", "ne", "rreth", "spre", "a", "alle",
                                                  "all", "circa", "intorno", "attorno"}))
    ++c.first;
  if (c.first < j && is_punct(c.first, '\'')) ++c.first;
  if (has(j, kDayPart)) {
    const int part = t_[j].lex->part;
    const bool point = part == kNoon || part == kMidnight;
    // A capitalised "Mezzogiorno" inside a sentence is the South of Italy.
    if (point && t_[j].upper && j > i) return false;
    if (!point && !part_opener && !after_day && !(word_is(j + 1, "aceasta") || word_is(j + 1, "asta"))) return false;
    part_minutes(part, c.from, c.to);
    c.part = !point;
    c.last = j;
    if (word_is(j + 1, "aceasta") || word_is(j + 1, "asta")) c.last = j + 1;
    if (point && word_is(j + 1, "meno") && (word_is(j + 2, "un") && word_is(j + 3, "quarto"))) {
      c.from -= 15, c.to = c.from + 1, c.last = j + 3, c.grain = DateGranularity::Minute;
    }
    return true;
  }
  if (word_is(j, "miezul") && word_is(j + 1, "noptii")) {
    c.from = 24 * 60, c.to = 25 * 60, c.last = j + 1;
    return true;
  }
  if (!hour_at(j, strong, c)) return false;
  // A spelled-out hour needs an hour word or the article "le": "pas pesë vitesh", "nga dy" are not times.
  const bool hour_word =
      hour_context || (j > i && (has(j - 1, kTimePrep) || word_is(j - 1, "le") || is_punct(j - 1, '\'')));
  // Not an hour: "le 3 persone", "alle 15 vittime", a day of a month, a year.
  if (has(c.last + 1, kCountNoun | kMonth) || is_punct(c.last + 1, '%')) return false;
  if (is_punct(c.last + 1, '-') && (is_num(c.last + 2) || has(c.last + 2, kMonth))) {
    // "9 - 11 giovedì" is a range of hours only with colons; "18-19 iunie" is days.
    if (c.grain != DateGranularity::Minute) return false;
  }
  size_t part_end = 0;
  const int part = part_after(c.last + 1, part_end);
  const bool colon = c.grain == DateGranularity::Minute && is_num(j) && is_punct(j + 1, ':');
  if (!(strong || colon || part || (after_day && weak && is_num(j)))) return false;
  if (!is_num(j) && !hour_word && !part) return false;
  if (part) {
    const long h = c.from / 60;
    if ((part == kAfternoon || part == kEvening) && h < 12) c.from += 12 * 60, c.to += 12 * 60;
    if (part == kNight && h >= 6 && h < 12) c.from += 12 * 60, c.to += 12 * 60;
    if (part == kMorning && h == 12) c.from -= 12 * 60, c.to -= 12 * 60;
    c.last = part_end;
  }
  return true;
}

// A range of hours: "dalle 9 alle 11", "tra le 9:30 e le 11:00", "11:30-13:30",
// "între orele 10 și 12", "de la ora 10 până la ora 12", "nga ora 10 deri në
// orën 12". The end is the end of the second time.
bool Matcher::clock_range(size_t i, Clock& c) const {
  size_t j = i;
  bool opener = false;
  if (one_of(is_word(i) ? std::string_view(t_[i].norm) : std::string_view(),
             {"dalle", "dalla", "tra", "fra", "intre", "nga", "prej"})) {
    opener = true, ++j;
  } else if (word_is(i, "de") && word_is(i + 1, "la")) {
    opener = true, j += 2;
  }
  if (!opener && !is_num(i)) return false;
  // "9 - 11 giovedì": two bare hours, only right before a day.
  if (!opener && is_punct(i + 1, '-') && is_num(i + 2) && t_[i].digits <= 2 && t_[i + 2].digits <= 2 &&
      t_[i].value < t_[i + 2].value && t_[i + 2].value <= 24 && (has(i + 3, kWeekday | kRelDay))) {
    c = {};
    c.first = i, c.last = i + 2;
    c.from = t_[i].value * 60, c.to = t_[i + 2].value * 60 + 60;
    return true;
  }
  // "dalle 9", "tra le 9", "între orele 10", "nga ora 10": the numbers are hours.
  const bool hours = word_is(i, "dalle") || word_is(j, "le") || has(j, kTimePrep);
  Clock a;
  if (!clock_point(j, a, hours, hours)) return false;
  if (!opener && a.grain != DateGranularity::Minute) return false;
  size_t k = a.last + 1;
  if (is_punct(k, '-')) {
    ++k;
  } else if (opener && has(k, kTimePrep)) {
    // "dalla mezzanotte alle 2": "alle" is read with the hour
  } else if (opener && one_of(is_word(k) ? std::string_view(t_[k].norm) : std::string_view(),
                              {"alla", "e", "si", "deri", "pana", "a"})) {
    ++k;
    if (word_is(k, "ne") || word_is(k, "la") || word_is(k, "le")) ++k;
  } else {
    return false;
  }
  Clock b;
  if (!clock_point(k, b, true, hours || a.grain == DateGranularity::Minute)) return false;
  if (b.from < a.from && b.from + 12 * 60 > a.from && b.from < 12 * 60 && b.from + 12 * 60 < 24 * 60) {
    b.from += 12 * 60, b.to += 12 * 60;  // "dalle 11 alle 2": 14:00
  }
  c = a;
  c.first = i;
  c.last = b.last;
  c.to = b.to < a.from ? b.to + 24 * 60 : b.to;  // "dalla mezzanotte alle 2" is on one night
  if (a.from >= 24 * 60 && b.to < a.from) c.to = b.to + 24 * 60;
  if (b.grain == DateGranularity::Minute) c.grain = DateGranularity::Minute;
  c.part = false;
  return true;
}

// An hour open on one side: "dopo le 14", "dalle 14", "prima delle 11",
// "entro le 14", "după ora 14", "înainte de ora 11", "pas orës 14", "para orës 11".
bool Matcher::clock_open(size_t i, Clock& c) const {
  if (!is_word(i)) return false;
  DateOpen open = DateOpen::None;
  size_t j = i + 1;
  const std::string_view w = t_[i].norm;
  if (one_of(w, {"dopo", "dupa", "pas", "dalle", "dalla", "nga", "prej"})) {
    open = DateOpen::After;
  } else if (one_of(w, {"prima", "entro", "inainte", "para"})) {
    open = DateOpen::Before;
  } else if (w == "de" && word_is(i + 1, "la")) {
    open = DateOpen::After, j = i + 2;
  } else {
    return false;
  }
  const bool hours = w == "dalle" || word_is(j, "delle") || word_is(j, "le") || has(j, kTimePrep);
  if (word_is(j, "delle") || word_is(j, "della") || word_is(j, "di") || word_is(j, "de")) ++j;
  if (!clock_point(j, c, false, hours)) return false;
  if (c.part) return false;
  c.first = i;
  c.open = open;
  return true;
}

// Is there a number or a date word in the three tokens after a weak opener?
bool Matcher::promising(size_t i) const {
  if (word_is(i, "in") && word_is(i + 1, "urma") && word_is(i + 2, "cu")) return true;  // "în urmă cu peste doi ani"
  constexpr uint64_t kContent = kMonth | kWeekday | kWeekdayAbbr | kRelDay | kDayPart | kFusedDay | kNumWord | kUnit |
                                kHoliday | kTimePrep | kPast | kNext | kThis | kDecadeNoun | kCenturyNoun | kPeriod |
                                kMonthContext;
  for (size_t k = i + 1; k <= i + 3 && k < t_.size(); ++k) {
    if (is_num(k) || has(k, kContent) || unit_at(k)) return true;
    if (word_is(k, "un") || word_is(k, "o") || word_is(k, "nje") || word_is(k, "mezz") || word_is(k, "uno"))
      return true;
  }
  return false;
}

// A single day, for a time said before it: "alle 9 di sabato", "13:30 del 21 settembre".
bool Matcher::single_day(size_t i, Found& f) const {
  if (!(relative_day(i, f) || weekday(i, f) || holiday(i, f) || range_or_atom(i, f))) return false;
  return f.granularity == DateGranularity::Day && f.from.y && f.from.d == f.to.d && f.from.m == f.to.m;
}

// A time resolved against the publication time the way Duckling does: the
// next such time (today if it is still to come or under way, else tomorrow);
// in a past-tense clause the last one. Without a publication time: that day.
bool Matcher::lone_clock(const Clock& c, Found& f) const {
  if (!pub_ || pub_->day == 0) return false;
  long offset = 0;
  if (pub_->minute >= 0) {
    if (tense(c.first, c.last) < 0) {
      offset = c.from <= pub_->minute ? 0 : -1;
    } else {
      offset = c.to > pub_->minute ? 0 : 1;
    }
  }
  if (!relative_days(c.first, c.last, offset, offset, f)) return false;
  f.t_from = c.from, f.t_to = c.to;
  f.granularity = c.grain;
  f.open = c.open;
  return true;
}

// A time, then maybe the day it is on: "alle 9 di sabato", "13:30 del 21
// settembre", "nella nottata di domani"; alone, a time of the publication day.
bool Matcher::time_mention(size_t i, Found& f) const {
  Clock c;
  bool need_day = false;
  if (!any_clock(i, c, false)) {
    // A bare part of the day names a time only with its day: "mattino di 15 febbraio".
    if (!has(i, kDayPart) || !clock_point(i, c, true) || !c.part) return false;
    need_day = true;
  }
  size_t k = c.last + 1;
  if (is_punct(k, ',')) ++k;
  if (one_of(is_word(k) ? std::string_view(t_[k].norm) : std::string_view(),
             {"di", "del", "della", "dello", "de", "din", "a", "zilei", "e", "te", "il"}))
    ++k;
  if (word_is(k, "de") || word_is(k, "l")) ++k;
  if (is_punct(k, '\'')) ++k;
  Found day;
  if (single_day(k, day)) {
    f = day;
    f.first = c.first;
    f.t_from = c.from, f.t_to = c.to;
    f.granularity = c.grain;
    f.open = c.open;
    return true;
  }
  return !need_day && lone_clock(c, f);
}

// it "stasera", "domattina", ro "aseară", sq "mbrëmë", "sonte".
bool Matcher::fused_day(size_t i, Found& f) const {
  if (!has(i, kFusedDay)) return false;
  const Lex& lex = *t_[i].lex;
  if (!relative_days(i, i, lex.relday, lex.relday, f)) return false;
  part_minutes(lex.part, f.t_from, f.t_to);
  f.granularity = DateGranularity::Hour;
  return true;
}

// A time right after a single day: "domani alle 15", "ieri sera", "mâine la
// ora 15", "dje në mbrëmje", "il 20 settembre alle 19:30", "ieri 10:47".
void Matcher::attach_clock(Found& f) const {
  if (f.granularity != DateGranularity::Day || !f.from.y || f.from.d != f.to.d || f.from.m != f.to.m) return;
  size_t j = f.last + 1;
  if (is_punct(j, ',')) ++j;
  // ro "azi-noapte": the night that ended this morning.
  if (is_punct(j, '-') && adjacent(f.last, j) && word_is(j + 1, "noapte") && f.relative) {
    f.last = j + 1;
    const long day = days_from_civil(f.from.y, f.from.m, f.from.d) - 1;
    f.from = f.to = civil_from_days(day);
    part_minutes(kNight, f.t_from, f.t_to);
    f.granularity = DateGranularity::Hour;
    return;
  }
  Clock c;
  if (!any_clock(j, c, true)) return;
  f.last = c.last;
  f.t_from = c.from, f.t_to = c.to;
  f.granularity = c.grain;
  f.open = c.open;
}

// ---------------------------------------------------------------- periods

// A count at j: digits, a spelled-out number, or "un"/"o"/"një" (one).
bool Matcher::count_at(size_t j, int& n) const {
  if (is_num(j) && t_[j].digits <= 3) return n = t_[j].value, n > 0;
  if (has(j, kNumWord)) return n = t_[j].lex->num, true;
  if (is_word(j) && one_of(t_[j].norm, {"un", "uno", "una", "o", "nje"})) return n = 1, true;
  return false;
}

// Days, or hours/minutes when the publication time is known, shifted by n units from publication.
bool Matcher::shifted(size_t first, size_t last, int unit, long n, Found& f) const {
  if (!pub_ || pub_->day == 0) return false;
  if (unit <= 2) {
    if (pub_->minute < 0) return false;
    // "tra 1 ora": the same minute an hour on (Duckling).
    return minutes_from_pub(first, last, pub_->minute + n * (unit == 1 ? 1 : 60), 1, f);
  }
  if (unit == 3 || unit == 4) {
    const long days = n * (unit == 3 ? 1 : 7);
    if (!relative_days(first, last, days, days, f)) return false;
    if (unit == 3 && pub_->minute >= 0) {  // Duckling: "7 giorni fa" is that hour
      f.t_from = pub_->minute / 60 * 60, f.t_to = f.t_from + 60;
      f.granularity = DateGranularity::Hour;
    }
    return true;
  }
  // Months and years: the same day of the month (Duckling: a year offset is a month).
  int y = pub_->year, m = pub_->month;
  const long months = unit == 5 ? n : n * 12;
  long total = y * 12L + (m - 1) + months;
  y = static_cast<int>(total / 12), m = static_cast<int>(total % 12) + 1;
  f.first = first, f.last = last, f.relative = true;
  if (unit == 5) {
    f.from = f.to = {y, m, std::min(pub_->day, days_in_month(y, m))};
    f.granularity = DateGranularity::Day;
  } else {
    f.from = {y, m, 1}, f.to = {y, m, days_in_month(y, m)};
    f.granularity = DateGranularity::Month;
  }
  return true;
}

// The publication day shifted so that [from, from + length) minutes (which
// may fall on another day) are a time of that day; minute granularity.
bool Matcher::minutes_from_pub(size_t first, size_t last, long from, long length, Found& f) const {
  const long days = from >= 0 ? from / 1440 : -((-from + 1439) / 1440);
  if (!relative_days(first, last, days, days, f)) return false;
  f.t_from = from - days * 1440, f.t_to = f.t_from + length;
  f.granularity = DateGranularity::Minute;
  return true;
}

// An offset from publication: "3 giorni fa", "tra 2 settimane", "acum 3 zile",
// "peste 2 săptămâni", "3 zile în urmă", "para 3 ditësh", "pas 2 javësh",
// "3 ditë më parë", "un anno fa", "tra mezz'ora".
bool Matcher::offset(size_t i, Found& f) const {
  int sign = 0, n = 0;
  size_t j = i;
  // ro "în urmă cu 3 ani" ("3 years ago"), the commonest Romanian "ago".
  const bool ago_first = word_is(i, "in") && word_is(i + 1, "urma") && word_is(i + 2, "cu");
  if (ago_first) {
    sign = -1;
    j = i + 3;
    // "more than / almost two years ago": that point still
    if (word_is(j, "peste") || word_is(j, "aproape")) {
      ++j;
    } else if (word_is(j, "mai") && word_is(j + 1, "bine") && word_is(j + 2, "de")) {
      j += 3;
    }
  } else if (one_of(is_word(i) ? std::string_view(t_[i].norm) : std::string_view(),
                    {"tra", "fra", "peste", "pas", "acum", "para", "in", "cu"})) {
    const std::string_view w = t_[i].norm;
    sign = (w == "acum" || w == "para" || w == "cu") ? -1 : 1;
    j = i + 1;
  }
  if (sign && word_is(j, "mezz") && is_punct(j + 1, '\'') && word_is(j + 2, "ora"))
    return shifted(i, j + 2, 1, 30, f) && (f.granularity = DateGranularity::Minute, true);
  if (!count_at(j, n)) return false;
  size_t u = j + 1;
  if (word_is(u, "de")) ++u;  // ro "acum 20 de ani"
  const int unit = unit_at(u);
  if (!unit) return false;
  size_t last = u;
  // ro "peste" is "in" ("ne vedem peste opt luni") but more often "more
  // than": "de peste 30 de ani", "cu peste doi ani", "vârsta peste 65 de
  // ani", "peste 15 ani de carieră" — an age or a duration.
  if (word_is(i, "peste") &&
      ((i >= 1 && is_word(i - 1) &&
        one_of(t_[i - 1].norm, {"de", "cu", "timp", "varsta", "varste", "putin", "cei", "cele", "si", "la"})) ||
       (word_is(u + 1, "de") && is_word(u + 2))))
    return false;
  if (!sign) {
    if (word_is(u + 1, "fa")) {
      sign = -1, last = u + 1;
    } else if (word_is(u + 1, "in") && word_is(u + 2, "urma")) {
      sign = -1, last = u + 2;
    } else if (word_is(u + 1, "me") && word_is(u + 2, "pare")) {
      sign = -1, last = u + 2;
    } else {
      return false;
    }
  } else if (ago_first) {
    // the span ends with the unit
  } else if (word_is(i, "cu")) {
    if (!(word_is(u + 1, "in") && word_is(u + 2, "urma"))) return false;  // "cu 3 ani în urmă"
    last = u + 2;
  } else if (word_is(i, "in") && language_ != Language::Italian) {
    return false;  // ro/sq "în 3 zile" is more often "within" than "in"
  } else if (word_is(i, "para") || word_is(i, "pas")) {
    // sq takes the ablative: "para 3 ditësh", "pas 2 javësh", "para një viti".
    const std::string_view unit_word = t_[u].norm;
    if (!(ends_with(unit_word, "sh") || unit_word == "viti" || unit_word == "muaji" || unit_word == "jave" ||
          unit_word == "dite"))
      return false;
  }
  if (word_is(i, "tra") || word_is(i, "fra")) {
    if (word_is(last + 1, "e") || word_is(last + 1, "ed")) return false;  // "tra 3 e 5 anni" is a range
  }
  return shifted(i, last, unit, sign * n, f);
}

// A rolling period: "gli ultimi 2 anni", "i prossimi 3 giorni", "le 3 prossime
// settimane", "nelle 24 ore scorse", "ultimele 3 luni", "următorii 2 ani",
// "3 vitet e fundit", "dy javët e ardhshme". Past periods end before the
// current unit, future ones start after it (Duckling's reading).
bool Matcher::rolling(size_t i, Found& f) const {
  size_t j = i;
  int dir = 0, n = 0;
  const auto dir_word = [&](size_t k) {
    if (!is_word(k)) return 0;
    const std::string_view w = t_[k].norm;
    if (one_of(w, {"ultimi", "ultime", "scorsi", "scorse", "passati", "passate", "ultimele", "ultimii", "ultimelor",
                   "ultima", "ultimilor", "trecute", "trecuti"}))
      return -1;
    if (one_of(w, {"prossimi", "prossime", "prossima", "urmatoarele", "urmatorii", "urmatoarelor", "urmatorilor",
                   "viitoare", "viitori"}))
      return 1;
    return 0;
  };
  const size_t start = i;
  while (one_of(is_word(j) ? std::string_view(t_[j].norm) : std::string_view(),
                {"gli", "i", "le", "nei", "negli", "nelle", "in", "ne", "per", "pe", "pentru", "nel", "din"}))
    ++j;
  bool counted = false;
  if ((dir = dir_word(j))) {
    ++j;
    if (count_at(j, n)) counted = true, ++j;
  } else if (count_at(j, n)) {
    counted = true;
    ++j;
    if ((dir = dir_word(j))) ++j;
  }
  if (word_is(j, "de")) ++j;
  const int unit = unit_at(j);
  if (!unit) return false;
  size_t last = j;
  if (!dir) {
    if ((dir = dir_word(j + 1))) {
      last = j + 1;
    } else if (word_is(j + 1, "e") && (word_is(j + 2, "fundit") || word_is(j + 2, "kaluara"))) {
      dir = -1, last = j + 2;  // sq "3 vitet e fundit"
    } else if (word_is(j + 1, "e") && (word_is(j + 2, "ardhshme") || word_is(j + 2, "ardhshem"))) {
      dir = 1, last = j + 2;
    } else {
      return false;
    }
  }
  if (!counted) {
    // "nei prossimi giorni": Duckling's three days; "l'ultima ora": one hour; otherwise vague.
    if (unit <= 2 &&
        (word_is(i, "ultima") || word_is(i, "prossima") || word_is(i, "ultimul") || word_is(i, "ultima"))) {
      n = 1, counted = true;
    } else if (unit != 3 || dir != 1) {
      return false;
    } else {
      n = 3;
    }
  }
  if (!pub_ || pub_->day == 0) return false;
  // The span leaves the articles and prepositions out.
  size_t first = start;
  while (first < last && !dir_word(first) && !count_at(first, n)) ++first;
  if (unit <= 2) {
    if (pub_->minute < 0) return false;
    const long step = unit == 1 ? 1 : 60;
    const long now = pub_->minute / step * step;
    const long from = dir < 0 ? now - n * step : now + step, to = dir < 0 ? now : now + (n + 1) * step;
    if (!minutes_from_pub(first, last, from, to - from, f)) return false;
    f.granularity = unit == 1 ? DateGranularity::Minute : DateGranularity::Hour;
    return true;
  }
  if (unit == 3) return relative_days(first, last, dir < 0 ? -n : 1, dir < 0 ? -1 : n, f);
  const long base = days_from_civil(pub_->year, pub_->month, pub_->day);
  if (unit == 4) {
    const long monday = base - weekday_of(base);
    const long from = dir < 0 ? monday - 7L * n : monday + 7;
    return relative_days(first, last, from - base, from - base + 7L * n - 1, f);
  }
  const long now = unit == 5 ? pub_->year * 12L + pub_->month - 1 : pub_->year;
  const long a = dir < 0 ? now - n : now + 1, b = dir < 0 ? now - 1 : now + n;
  f.first = first, f.last = last, f.relative = true;
  if (unit == 5) {
    f.from = {static_cast<int>(a / 12), static_cast<int>(a % 12) + 1, 1};
    f.to = {static_cast<int>(b / 12), static_cast<int>(b % 12) + 1, 1};
    f.to.d = days_in_month(f.to.y, f.to.m);
    f.granularity = DateGranularity::Month;
  } else {
    f.from = {static_cast<int>(a), 1, 1};
    f.to = {static_cast<int>(b), 12, 31};
    f.granularity = DateGranularity::Year;
  }
  return true;
}

// An ordinal 1..4 (or "ultimo" = -1): it primo/secondo/terzo/quarto, ro
// primul/al doilea/a treia, sq i parë/i dytë/e tretë, Roman I..IV, "1°".
int Matcher::ordinal_at(size_t j, size_t& last) const {
  last = j;
  if (is_num(j) && t_[j].digits == 1 && is_punct(j + 1, 'o') && adjacent(j, j + 1)) return last = j + 1, t_[j].value;
  if (!is_word(j)) return 0;
  const std::string_view w = t_[j].norm;
  if (one_of(w, {"primo", "prima", "primul", "prima", "intai", "pare"})) return 1;
  if (one_of(w, {"secondo", "seconda", "doilea", "doua", "dyte"})) return 2;
  if (one_of(w, {"terzo", "terza", "treilea", "treia", "trete"})) return 3;
  if (one_of(w, {"quarto", "quarta", "patrulea", "patra", "katert"})) return 4;
  if (one_of(w, {"ultimo", "ultima", "fundit"})) return -1;
  if ((w == "al" || w == "a") && is_word(j + 1)) {
    const int n = ordinal_at(j + 1, last);
    return n > 1 ? n : 0;
  }
  if (t_[j].upper) {
    const int r = roman(j);
    if (r >= 1 && r <= 4) return r;
  }
  return 0;
}

// A quarter: "terzo trimestre 2018", "il prossimo trimestre", "trimestrul III",
// "al doilea trimestru", "tremujori i tretë i vitit 2018", "tremujorin e kaluar".
bool Matcher::quarter(size_t i, Found& f) const {
  size_t j = i, last = i;
  int q = 0, dir = 2;
  const auto is_quarter = [&](size_t k) {
    return is_word(k) && (one_of(t_[k].norm, {"trimestre", "trimestrul", "trimestrului", "trimestru", "tremujori",
                                              "tremujorin", "tremujorit", "tremujor"}));
  };
  if ((q = ordinal_at(j, last)) > 0 && is_quarter(last + 1)) {
    j = last + 1, last = j;
  } else if (has(j, kPast | kNext | kThis) && is_quarter(j + 1) && language_ == Language::Italian) {
    dir = has(j, kThis) ? 0 : has(j, kPast) ? -1 : 1;
    j = j + 1, last = j;
  } else if (is_quarter(j)) {
    size_t k = j + 1;
    if (word_is(k, "i") || word_is(k, "e") || word_is(k, "al") || word_is(k, "a")) ++k;
    size_t end = k;
    if ((q = ordinal_at(k, end)) > 0 || (is_num(k) && t_[k].digits == 1 && (q = t_[k].value) >= 1 && q <= 4)) {
      last = end;
    } else if (has(k, kPast | kNext | kThis)) {
      dir = has(k, kThis) ? 0 : has(k, kPast) ? -1 : 1;
      last = k;
    } else {
      return false;
    }
  } else {
    return false;
  }
  if (q > 4) return false;
  int y = 0;
  Atom a;
  size_t k = last + 1;
  if (word_is(k, "i") && word_is(k + 1, "vitit")) k += 1;
  if (word_is(k, "te") && is_year_number(k + 1)) k += 1;  // sq "tremujori i dytë të 2023"
  if (optional_year(k, a)) y = a.y, last = a.last;
  if (!y) {
    if (!pub_ || (dir != 2 && pub_->month == 0)) return false;
    y = pub_->year;
  }
  if (dir != 2) {
    if (pub_->month == 0) return false;
    const int index = pub_->year * 4 + (pub_->month - 1) / 3 + dir;
    y = index / 4, q = index % 4 + 1;
  }
  // Italian "il", "del" before the ordinal joins the span as for other units.
  f.first = i, f.last = last;
  f.from = {y, (q - 1) * 3 + 1, 1};
  f.to = {y, q * 3, days_in_month(y, q * 3)};
  f.granularity = DateGranularity::Month;
  f.relative = dir != 2 || !a.y;
  return true;
}

// A season (Duckling's astronomical dates): "quest'estate", "in estate",
// "l'inverno scorso", "il prossimo autunno", "vara anului 2019", "în vara
// aceasta", "verën e kaluar", "në verë". A bare season word is too vague.
bool Matcher::season(size_t i, Found& f) const {
  static const std::pair<std::vector<const char*>, int> names[] = {
      {{"primavera", "primavara", "primavera", "pranvere", "pranveren", "pranvera", "pranveres"}, 0},
      {{"estate", "vara", "vera", "veren", "veres", "vere"}, 1},
      {{"autunno", "toamna", "vjeshte", "vjeshten", "vjeshta", "vjeshtes"}, 2},
      {{"inverno", "iarna", "dimer", "dimrin", "dimri", "dimrit"}, 3},
  };
  const auto season_at = [&](size_t k) {
    if (!is_word(k)) return -1;
    for (const auto& [words, s] : names)
      for (const char* w : words)
        if (t_[k].norm == w) return s;
    return -1;
  };
  size_t j = i, first = i;
  int dir = 2;  // 2: bare (with a preposition), 0 this, -1 last, 1 next
  if (has(j, kThis | kPast | kNext) && !word_is(j, "e")) {
    if (language_ != Language::Italian && !has(j, kThis)) return false;
    dir = has(j, kThis) ? 0 : has(j, kPast) ? -1 : 1;
    ++j;
    if (is_punct(j, '\'')) ++j;  // quest'estate
  } else if (one_of(is_word(j) ? std::string_view(t_[j].norm) : std::string_view(), {"in", "ne"})) {
    ++j, first = j;
  }
  const int s = season_at(j);
  if (s < 0) return false;
  size_t last = j;
  int y = 0;
  size_t k = j + 1;
  if (word_is(k, "e") || word_is(k, "i")) ++k;
  if (dir == 2 && has(k, kPast | kNext | kThis)) {
    dir = has(k, kThis) ? 0 : has(k, kPast) ? -1 : 1;
    last = k;
  } else {
    size_t y_at = k;
    if (word_is(y_at, "del") || word_is(y_at, "anului") || word_is(y_at, "lui") || word_is(y_at, "te") ||
        word_is(y_at, "e"))
      ++y_at;
    if (word_is(y_at, "vitit")) ++y_at;
    if (is_year_number(y_at) && bare_year_ok(y_at)) {
      y = t_[y_at].value, last = y_at;
    } else if (dir == 2 && !(first > i)) {
      return false;
    }
  }
  // Start and end (month, day) of each season; winter starts in the year before.
  static const int starts[4][2] = {{3, 20}, {6, 21}, {9, 23}, {12, 21}};
  static const int ends[4][2] = {{6, 20}, {9, 23}, {12, 21}, {3, 20}};
  const auto interval = [&](int year, Ymd& a, Ymd& b) {
    a = {s == 3 ? year - 1 : year, starts[s][0], starts[s][1]};
    b = {year, ends[s][0], ends[s][1]};
  };
  Ymd a, b;
  if (y) {
    interval(y, a, b);
  } else {
    if (!pub_ || pub_->day == 0) return false;
    const long now = days_from_civil(pub_->year, pub_->month, pub_->day);
    // The season that contains publication or comes next; "scorso" the one before, "prossimo" the one after.
    int year = pub_->year;
    interval(year, a, b);
    if (days_from_civil(b.y, b.m, b.d) < now) interval(++year, a, b);
    const bool inside = days_from_civil(a.y, a.m, a.d) <= now;
    if (dir == -1) interval(year - 1, a, b);
    if (dir == 1 && inside) interval(year + 1, a, b);
    if (dir == 2 && !inside && tense(i, last) < 0) interval(year - 1, a, b);
  }
  f.first = first, f.last = last;
  f.from = a, f.to = b;
  f.granularity = DateGranularity::Day;
  f.relative = !y;
  return true;
}

// The weekend: Friday 18:00 to Monday 00:00 (Duckling). "questo weekend",
// "il fine settimana", "ultimo weekend", "il we del 15 febbraio", "weekendul
// trecut", "la weekend", "këtë fundjavë", "fundjavën e kaluar".
bool Matcher::weekend(size_t i, Found& f) const {
  size_t j = i;
  int dir = 2;
  const auto is_weekend = [&](size_t k, size_t& end) {
    end = k;
    if (word_is(k, "fine") && word_is(k + 1, "settimana")) return end = k + 1, true;
    if (word_is(k, "we") && language_ == Language::Italian && k > i) return true;
    return is_word(k) && one_of(t_[k].norm, {"weekend", "weekendul", "weekendului", "fundjave", "fundjaven", "fundjava",
                                             "fundjaves"});
  };
  size_t first = i;
  if ((has(j, kThis | kPast | kNext) || word_is(j, "ultimo")) && !word_is(j, "e")) {
    dir = has(j, kThis) ? 0 : (has(j, kPast) || word_is(j, "ultimo")) ? -1 : 1;
    ++j;
  } else if (one_of(is_word(j) ? std::string_view(t_[j].norm) : std::string_view(),
                    {"il", "nel", "in", "la", "ne", "al", "del", "pe"})) {
    ++j, first = j;
  }
  size_t last = 0;
  if (!is_weekend(j, last)) return false;
  if (dir == 2 && first == i && j != i) return false;
  size_t k = last + 1;
  if (word_is(k, "e") || word_is(k, "i")) ++k;
  if (dir == 2 && has(k, kPast | kNext | kThis)) dir = has(k, kThis) ? 0 : has(k, kPast) ? -1 : 1, last = k;
  if (!pub_ || pub_->day == 0) return false;
  long base = days_from_civil(pub_->year, pub_->month, pub_->day);
  // "il we del 15 febbraio": the weekend of that date's week.
  Found day;
  if ((word_is(last + 1, "del") || word_is(last + 1, "din")) && single_day(last + 2, day)) {
    base = days_from_civil(day.from.y, day.from.m, day.from.d);
    last = day.last, dir = 0;
  }
  const long monday = base - weekday_of(base);
  if (dir == 2) dir = (tense(first, last) < 0 && weekday_of(base) < 5) ? -1 : 0;
  const long friday = monday + 4 + 7L * dir;
  f.first = first, f.last = last;
  f.from = civil_from_days(friday);
  f.to = civil_from_days(friday + 2);
  f.t_from = 18 * 60, f.t_to = 3 * 1440;
  f.granularity = DateGranularity::Hour;
  f.relative = true;
  return true;
}

// The n-th weekday of a month: "primo martedì di ottobre", "ultimo lunedì di
// marzo", "il terzo giorno di ottobre", "l'ultimo giorno di ottobre 2015",
// "a treia marți din septembrie", "e hëna e parë e tetorit".
bool Matcher::ordinal_day(size_t i, Found& f) const {
  size_t j = i, end = i;
  if (word_is(j, "il") || word_is(j, "la")) ++j;
  if (word_is(j, "l") && is_punct(j + 1, '\'')) j += 2;
  int n = 0, wd = -1;
  bool day_word = false, week_word = false;
  size_t after = 0;
  if ((n = ordinal_at(j, end)) != 0) {
    const size_t k = end + 1;
    if (has(k, kWeekday) && !(t_[k].lex->flags & kWeekdayAfterArticle)) {
      wd = t_[k].lex->weekday, after = k + 1;
    } else if (word_is(k, "giorno") || word_is(k, "zi")) {
      day_word = true, after = k + 1;
    } else if (word_is(k, "settimana") || word_is(k, "saptamana")) {
      week_word = true, after = k + 1;
    } else {
      return false;
    }
  } else if (language_ == Language::Albanian && (word_is(j, "e") || word_is(j, "te")) && has(j + 1, kWeekday) &&
             word_is(j + 2, "e") && (n = ordinal_at(j + 3, end)) != 0) {
    wd = t_[j + 1].lex->weekday, after = end + 1;  // "e hëna e parë e tetorit"
  } else {
    return false;
  }
  size_t k = after;
  if (word_is(k, "di") || word_is(k, "del") || word_is(k, "din") || word_is(k, "e") || word_is(k, "te")) ++k;
  if (word_is(k, "mese") && word_is(k + 1, "di")) k += 2;
  Atom a;
  if (!month_year(k, a)) return false;
  const int y = year_or_pub(a.y);
  if (!y || !a.m) return false;
  Ymd day{y, a.m, 1};
  if (week_word) {
    // The n-th (or last) Monday-to-Sunday week that lies inside the month.
    const long first_day = days_from_civil(y, a.m, 1), last_day = days_from_civil(y, a.m, days_in_month(y, a.m));
    long monday =
        n > 0 ? first_day + (7 - weekday_of(first_day)) % 7 + 7L * (n - 1) : last_day - 6 - weekday_of(last_day - 6);
    if (monday + 6 > last_day) return false;
    f.first = i, f.last = a.last;
    f.from = civil_from_days(monday), f.to = civil_from_days(monday + 6);
    f.granularity = DateGranularity::Day;
    f.relative = !a.y;
    return true;
  }
  if (day_word) {
    if (n == -1) {
      day.d = days_in_month(y, a.m);
    } else {
      day.d = n;
    }
  } else {
    const long first_day = days_from_civil(y, a.m, 1);
    if (n > 0) {
      const long d = first_day + (wd - weekday_of(first_day) + 7) % 7 + 7L * (n - 1);
      day = civil_from_days(d);
      if (day.m != a.m) return false;
    } else {
      const long last_day = days_from_civil(y, a.m, days_in_month(y, a.m));
      day = civil_from_days(last_day - (weekday_of(last_day) - wd + 7) % 7);
    }
  }
  f.first = i, f.last = a.last;
  f.from = f.to = day;
  f.granularity = DateGranularity::Day;
  f.relative = !a.y;
  return true;
}

// A day number alone: it "il 19", ro "pe 19": the next such day
// (this month or the next), in a past-tense clause the last one.
bool Matcher::bare_day(size_t i, Found& f) const {
  // Not sq "më 19": folded it is "me" (with), as in "2 me 1".
  if (!(word_is(i, "il") || word_is(i, "pe") || word_is(i, "dal"))) return false;
  const size_t j = i + 1;
  if (!is_day_number(j) || t_[j].digits > 2) return false;
  if (slashed_day(j, f)) return true;
  Found full;
  if (range_or_atom(i, full) || range_or_atom(j, full)) return false;  // "dal 13 al 15 luglio", "il 3 giugno"
  if (is_punct(j + 1, '-') || is_punct(j + 1, ':') || is_punct(j + 1, '.') || is_punct(j + 1, ',') ||
      is_punct(j + 1, '%') || is_punct(j + 1, '/') || is_num(j + 1))
    return false;
  if (is_word(j + 1) && (adjacent(j, j + 1) || has(j + 1, kCountNoun | kMonth | kNumWord) || unit_at(j + 1) ||
                         one_of(t_[j + 1].norm, {"per", "la", "a", "su", "di", "de"})))
    return false;
  if (!pub_ || pub_->day == 0) return false;
  const int day = t_[j].value;
  const bool past = tense(i, j) < 0;
  int y = pub_->year, m = pub_->month;
  if (!past && day < pub_->day) ++m;
  if (past && day > pub_->day) --m;
  if (m == 13) m = 1, ++y;
  if (m == 0) m = 12, --y;
  if (!valid_day(y, m, day)) return false;
  f.first = j, f.last = j;
  f.from = f.to = {y, m, day};
  // "tra il 3 e il 5", "dal 3 al 5": the same month.
  size_t k = j + 1;
  if (word_is(k, "e") || word_is(k, "al") || word_is(k, "si") || word_is(k, "deri")) {
    ++k;
    if (word_is(k, "il") || word_is(k, "me") || word_is(k, "pe")) ++k;
    if (is_day_number(k) && t_[k].value > day && valid_day(y, m, t_[k].value) && !is_word(k + 1)) {
      f.to.d = t_[k].value, f.last = k;
      if (i >= 1 &&
          (word_is(i - 1, "tra") || word_is(i - 1, "fra") || word_is(i - 1, "intre") || word_is(i - 1, "nga")))
        f.first = i - 1;
      else
        f.first = i;
    }
  }
  f.granularity = DateGranularity::Day;
  f.relative = true;
  return true;
}

// "il 15/02": a day and month without year, only after an article or
// preposition (a bare "15/02" may be a score or a fraction).
bool Matcher::slashed_day(size_t j, Found& f) const {
  if (!is_day_number(j) || !is_punct(j + 1, '/') || !is_num(j + 2) || !adjacent(j, j + 1) || !adjacent(j + 1, j + 2) ||
      t_[j + 2].digits > 2 || is_punct(j + 3, '/'))
    return false;
  const int y = year_or_pub(0), m = t_[j + 2].value, d = t_[j].value;
  if (!y || !valid_day(y, m, d)) return false;
  f.first = j, f.last = j + 2;
  f.from = f.to = {y, m, d};
  f.granularity = DateGranularity::Day;
  return true;
}

// Words before a date that open an interval on one side: "entro il 15",
// "prima di marzo", "dopo il 2019", "da dopodomani", "înainte de 1 mai",
// "după 2019", "deri më 30 shtator", "pas 15 marsit", "që nga 1 janari".
DateOpen Matcher::open_before(size_t first) const {
  size_t k = first;
  const auto back = [&]() {
    if (k == 0) return false;
    --k;
    return true;
  };
  if (!back()) return DateOpen::None;
  if (is_punct(k, '\'') && !back()) return DateOpen::None;
  if (one_of(is_word(k) ? std::string_view(t_[k].norm) : std::string_view(), {"il", "la", "l", "lo", "le", "pe"}) &&
      !back())
    return DateOpen::None;
  if (!is_word(k)) return DateOpen::None;
  const std::string_view w = t_[k].norm;
  const std::string_view before = k >= 1 && is_word(k - 1) ? std::string_view(t_[k - 1].norm) : std::string_view();
  if (w == "entro" || (language_ == Language::Romanian && w == "pana") || (w == "de" && before == "inainte") ||
      ((w == "di" || w == "del" || w == "della" || w == "dell" || w == "dello") && before == "prima") ||
      (language_ == Language::Albanian && (w == "para" || ((w == "me" || w == "ne") && before == "deri"))))
    return DateOpen::Before;
  if (w == "dopo" || w == "dal" || w == "dalla" || w == "dall" || w == "da" ||
      (language_ == Language::Romanian && w == "dupa") || (w == "la" && before == "de") ||
      (language_ == Language::Albanian && (w == "pas" || (w == "nga" && before == "qe"))))
    return DateOpen::After;
  return DateOpen::None;
}

bool Matcher::match(size_t i, Found& f) const {
  const Token& tok = t_[i];
  // A capitalised word after a capitalised word inside a sentence is a name: "Marian Crăciun", "Mack Maine".
  if (tok.kind == Kind::Word && tok.upper && i >= 1 && is_word(i - 1) && t_[i - 1].upper &&
      has(i, kHoliday | kRelDay | kWeekday) && !has(i - 1, kWeekday | kMonth | kRelDay))
    return false;
  if (tok.kind == Kind::Word) {
    constexpr uint64_t kStarts = kMonth | kWeekday | kRelDay | kUnit | kPast | kNext | kThis | kDecadeNoun |
                                 kCenturyNoun | kCenturyName | kRangeFrom | kMonthContext | kHoliday | kStarter |
                                 kFusedDay | kNumWord;
    const uint64_t fl = flags(i);
    const bool starts = (fl & kStarts) || ((fl & kArticle) && (has(i + 1, kWeekday) || is_num(i + 1))) ||
                        (tok.norm == "de" && word_is(i + 1, "la"));
    if (starts && (fl & (kWeak | kNumWord)) &&
        !(fl & ~(kWeak | kNumWord | kStarter | kArticle | kYearContext | kRangeFrom | kRangeTo | kCountPreposition |
                 kCountCue | kMaiFollower | kNumberWord)) &&
        !promising(i))
      return false;
    if (starts) {
      if (holiday(i, f) || relative_day(i, f) || offset(i, f) || rolling(i, f) || quarter(i, f) || season(i, f) ||
          weekend(i, f) || ordinal_day(i, f) || relative_unit(i, f) || decade(i, f) || century(i, f) || weekday(i, f) ||
          bare_day(i, f))
        return true;
    } else if (tok.upper && roman(i)) {
      return century(i, f);
    } else {
      return false;
    }
  }
  if (tok.kind == Kind::Punct) return false;
  if (range_or_atom(i, f)) return true;
  if (tok.kind == Kind::Number && (offset(i, f) || rolling(i, f) || ordinal_day(i, f) || quarter(i, f))) return true;
  if (fused_day(i, f) || time_mention(i, f)) return true;
  if (tok.kind == Kind::Number) return year_with_context(i, f);
  return false;
}

std::string iso(const Ymd& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y % 10000, d.m % 100, d.d % 100);
  return buf;
}

// Words before a mention that belong to it: ro "data de", "începutul lunii".
// The interval is unchanged. (A time after a day is Matcher::attach_clock.)
void extend_span(const std::vector<Token>& t, Found& f) {
  const auto norm = [&](size_t k) -> std::string_view {
    return k < t.size() && t[k].kind == Kind::Word ? std::string_view(t[k].norm) : std::string_view();
  };
  const auto flags = [&](size_t k) -> uint64_t { return k < t.size() && t[k].lex ? t[k].lex->flags : 0; };
  if (f.first >= 2 && norm(f.first - 1) == "de" &&
      (norm(f.first - 2) == "data" || norm(f.first - 2) == "ziua" || norm(f.first - 2) == "zilei" ||
       norm(f.first - 2) == "zilele")) {
    f.first -= 2;
  } else if (f.first >= 1 && (flags(f.first - 1) & kSpanPrefix)) {
    const std::string_view head = norm(f.first);
    if (head == "lunii" || head == "anului" || head == "secolului" || head == "anilor" || head == "acestui" ||
        head == "acestei" || head == "saptamanii")
      f.first -= 1;
  }
}

// A mention with a time of day: the times, and the days they fall on.
void set_times(const Found& f, DateMention& m) {
  const long day = days_from_civil(f.from.y, f.from.m, f.from.d);
  const long start = day * 1440 + f.t_from, end = day * 1440 + f.t_to;
  const auto floor_div = [](long a, long b) { return a >= 0 ? a / b : -((-a + b - 1) / b); };
  const auto stamp = [&](long minutes) {
    const long d = floor_div(minutes, 1440), rest = minutes - d * 1440;
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", static_cast<int>(rest / 60) % 24, static_cast<int>(rest % 60));
    return iso(civil_from_days(d)) + buf;
  };
  m.time_from = stamp(start);
  m.time_to = stamp(end);
  m.from = iso(civil_from_days(floor_div(start, 1440)));
  m.to = iso(civil_from_days(floor_div(end - 1, 1440)));
}

}  // namespace

std::string_view open_name(DateOpen open) {
  switch (open) {
    case DateOpen::Before: return "before";
    case DateOpen::After: return "after";
    case DateOpen::None: return "";
  }
  return "";
}

std::string_view granularity_name(DateGranularity granularity) {
  switch (granularity) {
    case DateGranularity::Day: return "day";
    case DateGranularity::Month: return "month";
    case DateGranularity::Year: return "year";
    case DateGranularity::Decade: return "decade";
    case DateGranularity::Century: return "century";
    case DateGranularity::Hour: return "hour";
    case DateGranularity::Minute: return "minute";
  }
  return "day";
}

std::optional<PartialDate> parse_partial_date(std::string_view iso_date) {
  const auto number = [&](size_t pos, size_t len, int& out) {
    if (pos + len > iso_date.size()) return false;
    int v = 0;
    for (size_t k = pos; k < pos + len; ++k) {
      if (iso_date[k] < '0' || iso_date[k] > '9') return false;
      v = v * 10 + (iso_date[k] - '0');
    }
    out = v;
    return true;
  };
  PartialDate p;
  if (!number(0, 4, p.year) || p.year < 1) return std::nullopt;
  if (iso_date.size() == 4) return p;
  if (iso_date.size() < 7 || iso_date[4] != '-' || !number(5, 2, p.month) || p.month < 1 || p.month > 12)
    return std::nullopt;
  if (iso_date.size() == 7) return p;
  if (iso_date.size() != 10 || iso_date[7] != '-' || !number(8, 2, p.day) || !valid_day(p.year, p.month, p.day))
    return std::nullopt;
  return p;
}

std::optional<PartialDate> parse_partial_datetime(std::string_view iso_date) {
  if (iso_date.size() < 16 || iso_date[10] != 'T' || iso_date[13] != ':') return parse_partial_date(iso_date);
  auto date = parse_partial_date(iso_date.substr(0, 10));
  const auto digit = [&](size_t k) { return iso_date[k] >= '0' && iso_date[k] <= '9' ? iso_date[k] - '0' : -100; };
  const int h = digit(11) * 10 + digit(12), m = digit(14) * 10 + digit(15);
  if (!date || h < 0 || h > 23 || m < 0 || m > 59) return std::nullopt;
  date->minute = h * 60 + m;
  return date;
}

DateExtractor::DateExtractor(Language language) : language_(language) {
  lexicon(), holidays();
}

std::vector<DateMention> DateExtractor::extract(std::string_view text,
                                                const std::optional<PartialDate>& published) const {
  std::vector<DateMention> out;
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 8);
  tokenize(text, tokens);
  const Matcher matcher(text, tokens, published, language_, weekday_rule_);
  for (size_t i = 0; i < tokens.size();) {
    Found f;
    if (!matcher.match(i, f) || f.last < f.first || f.last >= tokens.size()) {
      ++i;
      continue;
    }
    if (f.t_from < 0) matcher.attach_clock(f);
    if (f.open == DateOpen::None) f.open = matcher.open_before(f.first);
    extend_span(tokens, f);
    i = f.last + 1;
    // A street or square named after a date: "via XX Settembre", "Piazza 25 Aprile".
    if (f.first >= 1) {
      size_t p = f.first - 1;
      if (p >= 1 && tokens[p].kind == Kind::Punct && tokens[p].punct == '.') --p;
      if (tokens[p].lex && (tokens[p].lex->flags & kStreet) && f.granularity == DateGranularity::Day && !f.relative)
        continue;
    }
    DateMention m;
    const Token& a = tokens[f.first];
    const Token& b = tokens[f.last];
    m.byte_start = a.b;
    m.byte_end = b.e;
    m.start = a.cb;
    m.end = b.ce;
    m.text = std::string(text.substr(a.b, b.e - a.b));
    m.granularity = f.granularity;
    m.relative = f.relative;
    m.open = f.open;
    if (f.from.y > 0 && f.t_from >= 0) {
      set_times(f, m);
    } else if (f.from.y > 0) {
      m.from = iso(f.from);
      m.to = iso(f.to);
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%02d-%02d", f.from.m % 100,
                    f.granularity == DateGranularity::Day ? f.from.d % 100 : 0);
      m.month_day = buf;
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace kronika::analysis
