#include "entities/entity_extractor.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/month_names.h"
#include "analysis/name_forms.h"
#include "analysis/normalizer.h"
#include "entities/found_id.h"

namespace kronika::entities {

namespace {

using analysis::Language;
using analysis::Token;

// Lower-case words that may sit inside a name.
constexpr std::array<std::string_view, 14> kNameParticles = {"van", "von", "der", "den", "bin", "ibn", "ben",
                                                             "dos", "du",  "le",  "el",  "al",  "de",  "cel"};
// Grammar words that join a head word to the rest of a name ("Universiteti i
// Tiranës", "Banca di Roma", "Rruga e Durrësit"): only inside names with a head word.
constexpr std::array<std::string_view, 22> kHeadConnectors = {
    "e",     "i",     "te",  "se", "de",  "di", "da",  "del", "della",  "dei", "degli",
    "delle", "dello", "din", "al", "ale", "of", "the", "for", "pentru", "per", "y"};
// Romanian genitive articles, connectors only in Romanian ("Banca Națională a
// României"): Italian "a" is "to", Albanian "a" asks a question.
constexpr std::array<std::string_view, 2> kRomanianHeadConnectors = {"a", "ai"};
// Italian particles of surnames after a given name ("Alessandro di Battista", "Rita dalla Chiesa").
constexpr std::array<std::string_view, 8> kSurnameParticles = {"di", "de", "da", "del", "della", "dalla", "dal", "d"};
// Italian common nouns that, with an article, name one body of the country
// the article is about: "il governo", "la polizia", "il regime".
constexpr std::array<std::string_view, 5> kItalianGenericBodies = {"governo", "polizia", "esercito", "regime",
                                                                   "magistratura"};
// An Italian word stressed on a written final vowel ("Sarà", "Può", "Città")
// is no given name, whatever its letters without the accent ("Sara"): 77
// crime-news articles had a person "Sarà" ("it will be"). Niccolò is one.
bool italian_stressed_ending(analysis::Language language, std::string_view word) {
  if (language != analysis::Language::Italian || word.size() < 2) return false;
  static constexpr std::string_view kStressed[] = {"\u00e0", "\u00e8", "\u00e9", "\u00ec", "\u00f2", "\u00f9"};
  const bool stressed = std::any_of(std::begin(kStressed), std::end(kStressed),
                                    [&](std::string_view vowel) { return word.ends_with(vowel); });
  return stressed && !word.ends_with("col\u00f2");  // Niccolò, Nicolò
}

// Weekdays that are also given names (plain forms).
constexpr auto kWeekdayGivenNames = std::to_array<std::string_view>({"domenica"});
// Endings of town names in any language's text ("Altenstadt", "Düsseldorf").
constexpr auto kToponymEndings = std::to_array<std::string_view>({"stadt", "dorf", "hausen"});
// "di" with its articles: "Camera dei deputati", "Presidenza del consiglio".
constexpr auto kItalianOfArticles =
    std::to_array<std::string_view>({"di", "del", "della", "dei", "degli", "delle", "dello"});
// Endings of Italian adjectives of nationality and kind ("cinese", "russo",
// "iracheno", "locale", "britannico", "statunitense", "europea").
constexpr std::array<std::string_view, 18> kItalianAdjectiveEndings = {"ese", "ano", "ana", "ino", "ina",  "eno",
                                                                       "ena", "ale", "ico", "ica", "ense", "sco",
                                                                       "sca", "sso", "ssa", "ita", "peo",  "pea"};
// Kinds of a police or judicial unit, after its head word ("Squadra
// volante", "Nucleo investigativo", "Autorità giudiziaria"): words, not
// endings, as "-iva" and "-ante" are also verbs ("la Polizia arriva").
constexpr auto kItalianUnitAdjectives = std::to_array<std::string_view>(
    {"volante", "mobile", "investigativo", "investigativa", "operativo", "operativa", "giudiziaria", "giudiziario",
     "penitenziaria", "ferroviaria", "tributaria", "sanitaria", "amministrativa", "esecutivo", "legislativo"});
// Points of the compass after a place name the part of it ("Modena Est",
// "Mitrovica Veriore", "Cluj Nord"), plain forms.
constexpr auto kCompassWords = std::to_array<std::string_view>(
    {"nord", "sud", "est", "ovest", "vest", "centro", "centru", "north", "south", "east", "west", "veriore", "jugore",
     "lindore", "perendimore", "veri", "jug", "lindje", "perendim"});
// Last words of a team named after its town ("Manchester City", "Dijon
// Basket", "Modena Volley"), plain forms.
constexpr auto kTeamTails = std::to_array<std::string_view>({"city", "basket", "basketball", "volley", "calcio"});
// Words for streets, squares and parks (plain forms): a known name after
// one is the street's namesake, not the entity ("piazza Roma", "Parco Novi Sad").
constexpr std::array<std::string_view, 22> kStreetWords = {
    "via",   "viale",     "piazza", "piazzale", "corso",     "largo", "vicolo",     "strada",
    "parco", "lungomare", "rruga",  "sheshi",   "bulevardi", "parku", "bulevardul", "piata",
    "calea", "soseaua",   "aleea",  "parcul",   "strazii",   "street"};

// Romanian roles in apposition to a person ("Ion Mihalache, ministru",
// "Olli Rehn, comisarul"), plain forms: stems would also take "prima"
// (first) for "prim-ministrul".
constexpr auto kRomanianRoles = std::to_array<std::string_view>({
    "ministru",    "ministrul",    "ministra",    "premier",       "premierul",     "presedinte",  "presedintele",
    "presedinta",  "director",     "directorul",  "directoarea",   "sef",           "seful",       "sefa",
    "consultant",  "consultantul", "consultanta", "specialist",    "specialistul",  "expert",      "expertul",
    "analist",     "analistul",    "designer",    "designerul",    "profesor",      "profesorul",  "profesoara",
    "procuror",    "procurorul",   "judecator",   "judecatorul",   "avocat",        "avocatul",    "avocata",
    "deputat",     "deputatul",    "deputata",    "senator",       "senatorul",     "primar",      "primarul",
    "comisar",     "comisarul",    "comandant",   "comandantul",   "general",       "generalul",   "secretar",
    "secretarul",  "consilier",    "consilierul", "ambasador",     "ambasadorul",   "purtatorul",  "jurnalist",
    "jurnalistul", "antrenor",     "antrenorul",  "jucator",       "jucatorul",     "marcatorul",  "fondator",
    "fondatorul",  "partener",     "manager",     "managerul",     "inspector",     "inspectorul", "elev",
    "eleva",       "student",      "studentul",   "arhiepiscop",   "arhiepiscopul", "episcop",     "episcopul",
    "preot",       "preotul",      "patriarh",    "patriarhul",    "ieromonah",     "ieromonahul", "emir",
    "emirul",      "rege",         "regele",      "regina",        "nepot",         "nepotul",     "nepoata",
    "fiica",       "fiul",         "sotia",       "sotul",         "fratele",       "sora",        "ceo",
    "lider",       "liderul",      "actor",       "actorul",       "actrita",       "scriitor",    "scriitorul",
    "cercetator",  "cercetatorul", "vicepremier", "vicepremierul", "candidat",      "candidatul",  "candidata",
});

// Prepositions from a body to the country it belongs to ("Ministerul
// Sănătății din Ucraina", "Ministero della Salute del Brasile").
constexpr auto kCountryOf = std::to_array<std::string_view>({"din", "al", "a", "di", "del", "della", "dell"});
// Kinds of organisation that belong to one state (entity base `kind`).
constexpr auto kStateBodies = std::to_array<std::string_view>({"government", "party", "court", "agency", "military"});
// Abbreviations whose full stop does not end a sentence.
constexpr std::array<std::string_view, 24> kAbbreviations = {"dr",  "z",  "znj", "sig", "dott", "prof", "on", "dl",
                                                             "dna", "mr", "mrs", "ms",  "st",   "gen",  "gh", "bd",
                                                             "str", "nr", "sf",  "jud", "av",   "sr",   "jr", "sen"};
// A Roman numeral after a name is a ruler's or pope's number ("Carol I",
// "Giovanni Paolo II", "Ludovic al XVIII-lea"); longer ones are not numerals.
constexpr std::size_t kMaxRomanNumeral = 5;
// Letters from which a word in capitals is shouted text rather than part
// of an acronym (unknown_name): "NATO", "UEFA".
constexpr std::size_t kShoutedWordLetters = 7;
// What may stand between the word for a show and its title.
constexpr std::array<std::string_view, 6> kShowTitleGaps = {" ", " “", " „", " \"", " «", " '"};
// Words (articles not counted) from an Albanian article back to the title it
// belongs to: "ministri i Mbrojtjes", "ministri rus i Mbrojtjes", "ministri i
// jashtëm rus i Mbrojtjes".
constexpr std::size_t kTitleReach = 3;
// Shortest given name that may be spelt another way and still be the
// person's own ("Aleksandër"/"Aleksandar"): shorter names one letter apart
// are different names ("Ana"/"Ina").
constexpr std::size_t kMinimumVariantLetters = 5;
// Shortest town in capitals read as a dateline ("CARPI. Ieri …"); shorter
// words before a full stop are acronyms ("ANSA.", "PSD.").
constexpr std::size_t kDatelineLetters = 5;
// "S.U.A.", "F.C.", "A.J.O.F.M.": letters between full stops, a few at a time
// (multi-byte letters count once per byte, so Ș or Ă still fit).
constexpr std::size_t kMaxAbbreviationSegment = 3;
// A lower-case word hyphenated to the end of an unknown name belongs to it
// ("Choi Gee-sung"); longer ones are ordinary compounds ("Trump-administration").
constexpr std::size_t kMaxHyphenatedTail = 8;
// Words of a quotation short enough to be a title ("„Hips Don't Lie”",
// "„Cloșca cu puii de aur”") rather than a quoted sentence.
constexpr std::size_t kMaxQuotedTitle = 8;

// Titles of an office that an article and its department can follow
// ("ministri i Jashtëm", "ministrul de Externe"), plain forms. Not the
// relatives and roles of the title lists: "vëllai i Mateos" names Mateo.
constexpr auto kOfficeTitles = std::to_array<std::string_view>(
    {"ministri", "ministrja", "zevendesministri", "zevendesministrja", "sekretari", "sekretarja", "drejtori",
     "drejtoresha", "komandanti", "ministrul", "ministrului", "ministrei", "ministra", "secretarul", "directorul"});
// Italian offices and the words that join them to their department
// ("ministro della Difesa", "assessore all'Urbanistica"), plain forms.
constexpr auto kItalianOfficeTitles =
    std::to_array<std::string_view>({"ministro", "ministra", "viceministro", "viceministra", "sottosegretario",
                                     "sottosegretaria", "assessore", "assessora"});
constexpr auto kItalianOfficeLinks = std::to_array<std::string_view>(
    {"della", "delle", "degli", "dell", "del", "dei", "alla", "alle", "agli", "all", "al", "ai"});
// Albanian adjectives and compass genitives that complete a name across its
// article ("Topi i Artë", "Punëve të Jashtme", "Irlandën e Veriut"), plain forms.
constexpr auto kAlbanianCompassGenitives =
    std::to_array<std::string_view>({"veriut", "jugut", "lindjes", "perendimit"});
constexpr auto kAlbanianAdjectiveEndings = std::to_array<std::string_view>({"shem", "shme", "tem", "tme"});
constexpr auto kAlbanianSizeAdjectives =
    std::to_array<std::string_view>({"madh", "madhe", "vogel", "ri", "re", "arte", "kuq", "kuqe", "zi", "zeze"});

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool albanian_name_complement(std::string_view plain) {
  if (in(kAlbanianCompassGenitives, plain) || in(kAlbanianSizeAdjectives, plain)) return true;
  return std::any_of(kAlbanianAdjectiveEndings.begin(), kAlbanianAdjectiveEndings.end(),
                     [&](std::string_view ending) { return plain.size() > ending.size() && plain.ends_with(ending); });
}

// A day of a month written in digits: "25", "1".
bool day_number(std::string_view text) {
  if (text.empty() || text.size() > 2) return false;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return value >= 1 && value <= 31;
}

struct Shape {
  bool capitalised = false;  // first letter upper case
  bool all_capitals = false;
  bool lower = false;  // only lower-case letters
  bool sentence_start = false;
  bool after_dash = false;  // after a spaced dash, which opens a quotation too ("spiega il questore - Abbiamo …")
  bool skipped = false;     // inside a date or other non-name span
  bool roman_numeral = false;
  std::size_t letters = 0;
};

Shape shape_of(std::string_view text) {
  Shape shape;
  std::int32_t offset = 0;
  const auto length = static_cast<std::int32_t>(text.size());
  std::size_t letters = 0;
  bool lower = false;
  bool upper = false;
  bool roman = true;
  bool first = true;
  while (offset < length) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), offset, length, c);
    if (c < 0) continue;
    if (!u_isalpha(c)) {
      if (c == '-' || c == '\'' || c == 0x2019) break;  // "SHBA-ja": the name part decides
      if (first) return shape;                          // digits first: "2024", "5G"
      continue;
    }
    if (first) shape.capitalised = u_isupper(c) || u_istitle(c);
    first = false;
    ++letters;
    lower = lower || u_islower(c);
    upper = upper || u_isupper(c) || u_istitle(c);
    roman = roman && (c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'D' || c == 'M');
  }
  shape.letters = letters;
  shape.all_capitals = letters >= 2 && !lower && shape.capitalised;
  shape.lower = letters > 0 && !upper;
  shape.roman_numeral = roman && letters > 0 && letters <= kMaxRomanNumeral && !lower;
  return shape;
}

// What separates two tokens: true when only a space or a hyphen, apostrophe
// or full stop that may sit inside a name ("Leif-Eric", "St. Petersburg").
bool joins_name(std::string_view gap) {
  if (gap.empty()) return true;
  // A spaced hyphen is a dash between names: "Timișoara - Arad", "Ego - Edi Brandabura".
  if (gap.find('-') != std::string_view::npos && gap.find(' ') != std::string_view::npos) return false;
  for (char c : gap) {
    if (c != ' ' && c != '-' && c != '\'' && c != '.' && c != '\t') {
      // U+2019 right single quotation mark (3 bytes) and no-break space are fine too.
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x80) return false;
    }
  }
  return gap.find("\xe2\x80\x9c") == std::string_view::npos && gap.find("\xc2\xab") == std::string_view::npos &&
         gap.find("\xe2\x80\x94") == std::string_view::npos && gap.find("\xe2\x80\x93") == std::string_view::npos &&
         gap.find("\xe2\x80\x9d") == std::string_view::npos && gap.find("\xc2\xbb") == std::string_view::npos;
}

bool opens_quote(std::string_view gap) {
  for (std::string_view quote : {"\"", "\xe2\x80\x9c", "\xe2\x80\x9e", "\xc2\xab", "\xe2\x80\x98"}) {
    if (gap.find(quote) != std::string_view::npos) return true;
  }
  return false;
}

bool ends_sentence(std::string_view gap) {
  return gap.find_first_of(".!?;:\n") != std::string_view::npos || gap.find("\xe2\x80\xa6") != std::string_view::npos;
}

// Feeds glue a sentence to the next one without a space ("… në Hagë.Në …",
// "Ligës së Kampionëve.Chelsea"); ICU keeps that as one word. Returns the
// byte offset of the full stop in such a word: at least two letters before
// it, the last one lower case, and an upper-case letter after it.
std::size_t glued_stop(std::string_view word) {
  const std::size_t dot = word.find('.');
  if (dot == std::string_view::npos || dot < 2 || dot + 1 >= word.size()) return std::string_view::npos;
  if (word.find('-') != std::string_view::npos) return std::string_view::npos;  // merged "SHBA-ja" forms
  const std::string_view before = word.substr(0, dot), after = word.substr(dot + 1);
  const Shape left = shape_of(before), right = shape_of(after);
  const bool lower_end = !before.empty() && before.back() >= 'a' && before.back() <= 'z';
  const bool lower_end_multibyte = !before.empty() && static_cast<unsigned char>(before.back()) >= 0x80;
  if (left.letters < 2 || right.letters < 1 || !right.capitalised) return std::string_view::npos;
  if (!lower_end && !lower_end_multibyte) return std::string_view::npos;
  if (after.find('.') != std::string_view::npos) return std::string_view::npos;  // "www.Site.Com"
  return dot;
}

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// Splits the glued words of `tokens` in two (see glued_stop). Returns false
// (and leaves `out` alone) when there is none, the usual case.
bool split_glued(const std::vector<Token>& tokens, std::vector<Token>& out) {
  bool any = false;
  for (const Token& token : tokens) any = any || glued_stop(token.text) != std::string_view::npos;
  if (!any) return false;
  out.reserve(tokens.size() + 8);
  for (const Token& token : tokens) {
    const std::size_t dot = glued_stop(token.text);
    const std::size_t norm_dot = token.norm.find('.');
    if (dot == std::string_view::npos || norm_dot == std::string::npos) {
      out.push_back(token);
      continue;
    }
    Token left = token, right = token;
    left.text = token.text.substr(0, dot);
    right.text = token.text.substr(dot + 1);
    left.byte_end = token.byte_start + dot;
    right.byte_start = token.byte_start + dot + 1;
    left.end = token.start + code_points(left.text);
    right.start = left.end + 1;
    // The pieces' stems are unknown here; their plain forms stand in (cues match base forms).
    left.norm = left.stem = token.norm.substr(0, norm_dot);
    right.norm = right.stem = token.norm.substr(norm_dot + 1);
    left.stop = right.stop = false;
    out.push_back(std::move(left));
    out.push_back(std::move(right));
  }
  return true;
}

// "S.U.A", "A.I.E.A": letters between full stops. The tokenizer leaves out the
// last full stop, which belongs to the abbreviation.
bool dotted_abbreviation(std::string_view word) {
  if (word.size() < 3 || word.find('.') == std::string_view::npos || word.back() == '.') return false;
  std::size_t segment = 0;
  for (char c : word) {
    if (c == '.') {
      if (segment == 0) return false;  // ".."
      segment = 0;
    } else if ((c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) {
      if (++segment > kMaxAbbreviationSegment) return false;  // "Adevărul.ro" is a site
    } else {
      return false;
    }
  }
  return true;
}

// A gap that ends in an opening quote: ` „`, ` "`, ` «`, `(“`.
bool ends_in_open_quote(std::string_view gap) {
  for (std::string_view quote : {"\"", "\xe2\x80\x9c", "\xe2\x80\x9e", "\xc2\xab", "\xe2\x80\x98"}) {
    if (gap.ends_with(quote)) return true;
  }
  return false;
}

// Closing quotes that end a quoted name ("Colegiul „Ion Vidu”").
bool closes_quote(std::string_view text) {
  for (std::string_view quote : {"\"", "\xe2\x80\x9d", "\xe2\x80\x9c", "\xc2\xbb", "\xe2\x80\x99"}) {
    if (text.starts_with(quote)) return true;
  }
  return false;
}

bool vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// True when two plain given names are one name spelt two ways: a vowel
// inside the word changed ("aleksander"/"aleksandar"), two letters inside
// swapped ("nicoale"/"nicolae"), a letter inside added or dropped
// ("barrack"/"barack", "donad"/"donald", "anthony"/"antony"), or a final
// consonant dropped ("donal"/"donald"). Not a changed or added final vowel
// ("roberta"/"roberto", "ivan"/"ivana") or consonant ("marco"/"mario"):
// other names. "Ivana"/"Ivanka" still pass; rare beside the typos.
bool spelling_variant(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (b.size() < kMinimumVariantLetters || a.size() > b.size() + 1 || a == b) return false;
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size() + 1) {  // a letter added: a without a[i] is b
    if (a.substr(i + 1) != b.substr(i) || i == 0) return false;
    return i + 1 < a.size() || !vowel(a[i]);
  }
  if (i == 0 || i + 1 >= a.size()) return false;  // the first or last letter differs
  if (a.substr(i + 1) == b.substr(i + 1)) return vowel(a[i]) && vowel(b[i]);
  return i + 2 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

struct Found {
  std::size_t first = 0, last = 0;  // token indices, inclusive
  EntityMention mention;
  bool single_unknown = false;  // may still resolve to a person named in full
  bool opening = false;         // ... and is only a name if it does
  bool guessed = false;         // an unknown name typed for want of any cue
  bool single_place = false;    // a one-word known place, which may be a person's surname ("Houston")
  bool surname_only = false;    // a known person by one word, which may be another's surname ("Basha")
  std::string name;             // the mention without an Albanian hyphen ending
};

// A known name found in the text, before runs decide what to keep.
struct KnownMatch {
  std::size_t first = 0, last = 0;
  std::uint32_t entity = 0;
};

}  // namespace

EntityExtractor::EntityExtractor(const EntityBase& base) : base_(base) {
  // The first word of every person the base names in full is a given name
  // ("Edi Rama" → edi): it opens other people's names too.
  for (const Entity& entity : base_.entities()) {
    if (entity.type != EntityType::Person) continue;
    auto add = [&](const std::string& name) {
      const std::size_t space = name.find(' ');
      if (space == std::string::npos || space < 2) return;
      cues_.add_given_name(analysis::normalize_term(name.substr(0, space)));
    };
    for (const std::string& name : entity.names) add(name);
    for (const std::string& alias : entity.aliases) add(alias);
  }
  // Words that open town names but say other things alone: "Finale"
  // (Finale Emilia) is a final, "Sesto" the sixth, "Termini" the ends.
  constexpr auto kNotTowns = std::to_array<std::string_view>(
      {"finale", "castel", "casale", "settimo", "sesto",  "termini", "citta", "torre", "rocca",   "colle", "monte",
       "porto",  "santa",  "santo",  "villa",   "marina", "lido",    "borgo", "ponte", "bassano", "valle"});
  for (const Entity& entity : base_.entities()) {
    if (entity.type != EntityType::Place || entity.kind != "city" || entity.country != "IT") continue;
    for (const std::string& name : entity.names) {
      const std::size_t space = name.find(' ');
      if (space == std::string::npos || space < 6) continue;
      const std::string first = analysis::normalize_term(name.substr(0, space));
      if (!in(kNotTowns, first) && !cues_.is_given_name(Language::Italian, first)) italian_town_openings_.insert(first);
    }
  }
}

std::vector<EntityMention> EntityExtractor::extract(
    std::string_view text, const std::vector<Token>& input, Language language,
    const std::vector<std::pair<std::size_t, std::size_t>>& skip) const {
  std::vector<Token> split;
  const std::vector<Token>& tokens = split_glued(input, split) ? split : input;
  const std::size_t n = tokens.size();
  std::vector<Shape> shapes(n);
  std::unordered_set<std::string> lower_words;    // words the article writes in lower case
  std::unordered_set<std::string> lower_written;  // the same with their accents (written_form)
  std::unordered_set<std::string> mid_capital;    // words it capitalises inside a sentence
  // Accented, case-folded forms, for the accent check of names_at.
  std::vector<std::string> written;
  written.reserve(n);
  for (const Token& token : tokens) written.push_back(written_form(token));
  auto gap = [&](std::size_t i) {  // text between token i-1 and token i
    return text.substr(tokens[i - 1].byte_end, tokens[i].byte_start - tokens[i - 1].byte_end);
  };
  for (std::size_t i = 0; i < n; ++i) {
    Shape& shape = shapes[i];
    shape = shape_of(tokens[i].text);
    // A full stop right after an initial or an abbreviation ("I. C. Brătianu",
    // "Dr. Rossi") does not end the sentence; one after a space does ("Serie A ."),
    // and so does one after a one-digit number ("… a învins cu 2-1. Potrivit …").
    const bool initial =
        i > 0 && tokens[i - 1].norm.size() == 1 && std::isalpha(static_cast<unsigned char>(tokens[i - 1].norm[0]));
    shape.sentence_start = i == 0 || (ends_sentence(gap(i)) &&
                                      !(gap(i).starts_with('.') && (initial || in(kAbbreviations, tokens[i - 1].norm) ||
                                                                    dotted_abbreviation(tokens[i - 1].text))));
    for (const auto& [from, to] : skip) {
      if (tokens[i].start < to && tokens[i].end > from) shape.skipped = true;
    }
    for (std::string_view dash : {" - ", " \u2013 ", " \u2014 "})
      shape.after_dash = shape.after_dash || (i > 0 && gap(i) == dash);
    // A capitalised weekday is a date word, not part of a name ("… Bogdan
    // Simion Sâmbătă, 12.04.2025", "Martedì Salvini ha detto"), unless it
    // is a given name before a surname ("Domenica Rossi") …
    if (shape.capitalised && analysis::is_weekday_name(language, tokens[i].norm)) {
      const bool name_after = i + 1 < n && joins_name(gap(i + 1)) && shape_of(tokens[i + 1].text).capitalised;
      // ... or the first word of a known name: "Miercurea Ciuc" is a town.
      const bool opens_known =
          name_after && !base_.names_at(language, {tokens[i].norm, tokens[i + 1].norm}, 0, 2).empty();
      if (!opens_known && !(name_after && in(kWeekdayGivenNames, tokens[i].norm))) shape.skipped = true;
    }
    if (!shape.capitalised) {
      lower_words.insert(tokens[i].norm);
      lower_written.insert(written[i]);
    } else if (!shape.sentence_start && !shape.after_dash) {
      mid_capital.insert(tokens[i].norm);
    }
  }
  // Short quotations that open with a capitalised word: titles of works
  // ("„Macbeth”", "„Capelanul diavolului”", "\"The Cat Empire\""). quote_last[i]
  // is the last token of the one that starts at token i, else n.
  std::vector<std::size_t> quote_last(n, n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view before = i == 0 ? text.substr(0, tokens[0].byte_start) : gap(i);
    if (!shapes[i].capitalised || !ends_in_open_quote(before)) continue;
    for (std::size_t k = i; k < n && k < i + kMaxQuotedTitle; ++k) {
      if (k > i && (shapes[k].sentence_start || opens_quote(gap(k)))) break;
      if (closes_quote(text.substr(tokens[k].byte_end))) {
        quote_last[i] = k;
        break;
      }
    }
  }
  // Given names, looked up once per capitalised word (a name's first word is capitalised).
  std::vector<bool> given_name(n, false);
  for (std::size_t k = 0; k < n; ++k) {
    given_name[k] = shapes[k].capitalised && cues_.is_given_name(language, tokens[k].norm) &&
                    !italian_stressed_ending(language, tokens[k].text);
  }
  auto given = [&](std::size_t k) { return static_cast<bool>(given_name[k]); };
  // Cue lists match on stems, and stems of names can meet them (Italian
  // "Mario" and "marito" share "mar"): a capitalised given name is no cue.
  auto cue = [&](Cue kind, std::size_t k) {
    return cues_.is(kind, language, tokens[k].stem, tokens[k].norm) && !(shapes[k].capitalised && given(k));
  };
  // An ordinary opening word ("Sipas", "Chiar"), even where it is also a form
  // of a given name ("Chiar" of Chiara): the list names the very word.
  auto opener = [&](std::size_t k) {
    return cue(Cue::Opener, k) || cues_.is_plain(Cue::Opener, language, tokens[k].norm);
  };
  // A word that names nothing, even where it also reads as a form of a given
  // name ("Pamje", footage, and "Pam"): the language's list names the very
  // word. (Not the shared English list: its "ron", the leu, is Ron Howard's
  // given name too.)
  auto not_name = [&](std::size_t k) {
    return cue(Cue::NotName, k) || cues_.is_own_plain(Cue::NotName, language, tokens[k].norm);
  };
  // Dropped from the front of a run: not a word of a shouted line ("APPELLO
  // AL COMUNE", which as a whole is shouting, not "AL COMUNE").
  auto not_name_opening = [&](std::size_t k) { return not_name(k) && !shapes[k].all_capitals; };
  // A head word of a body; a title is never one, even when it shares the
  // head's stem (Italian "presidente" and "presidenza").
  auto org_head = [&](std::size_t k) {
    return cue(Cue::OrganisationHead, k) && !cues_.is_plain(Cue::PersonTitle, language, tokens[k].norm);
  };
  auto title = [&](std::size_t k) {
    return cue(Cue::PersonTitle, k) && !cues_.is_plain(Cue::OrganisationHead, language, tokens[k].norm);
  };

  auto make = [&](std::size_t first, std::size_t last) {
    Found item;
    item.first = first;
    item.last = last;
    EntityMention& mention = item.mention;
    std::size_t byte_end = tokens[last].byte_end;
    mention.end = tokens[last].end;
    // "S.U.A." and "Radu M." keep their last full stop.
    const bool initial = shapes[last].letters == 1 && shapes[last].capitalised && tokens[last].text.size() <= 2;
    if ((initial || dotted_abbreviation(tokens[last].text)) && byte_end < text.size() && text[byte_end] == '.') {
      ++byte_end;
      ++mention.end;
    }
    mention.text = std::string(text.substr(tokens[first].byte_start, byte_end - tokens[first].byte_start));
    mention.start = tokens[first].start;
    // "Kim Il Sung-ut" is named "Kim Il Sung": the analyzer merged the ending into the last token.
    const std::size_t hyphen = tokens[last].text.find('-');
    item.name = hyphen == std::string::npos
                    ? mention.text
                    : mention.text.substr(0, tokens[last].byte_start - tokens[first].byte_start + hyphen);
    return item;
  };
  // A case ending the analyzer left as a word of its own ("Utah-s", "UÇK-së"),
  // or any short lower-case tail of an unknown name ("Gee-sung"): the index
  // of the last token the mention covers.
  auto hyphen_tail = [&](std::size_t last, bool known) {
    const std::size_t next = last + 1;
    if (next >= n || gap(next) != "-" || !shapes[next].lower || shapes[next].skipped) return last;
    if (next + 1 < n && gap(next + 1) == "-") return last;  // "Putin-Kim-era": a compound, not a name
    if (analysis::is_name_ending(language, tokens[next].norm)) return next;
    return !known && tokens[next].norm.size() <= kMaxHyphenatedTail ? next : last;
  };

  // 1. Known entities, longest name first.
  std::vector<std::string> words;
  words.reserve(n);
  for (const Token& token : tokens) words.push_back(token.norm);
  std::unordered_set<std::string> seen_ids;
  std::vector<KnownMatch> known;
  std::vector<int> known_from(n, -1);  // index into `known` of the match starting at a token
  std::vector<bool> covered(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (!shapes[i].capitalised || shapes[i].skipped) continue;
    // A name never crosses a sentence end, a date or punctuation.
    std::size_t reach = 1;
    while (i + reach < n && !shapes[i + reach].sentence_start && !shapes[i + reach].skipped &&
           joins_name(gap(i + reach))) {
      ++reach;
    }
    const auto candidates = base_.names_at(language, words, i, reach, &written);
    const EntityBase::Name* chosen = nullptr;
    std::size_t chosen_length = 0;
    for (const auto& [index, length] : candidates) {
      if (chosen && length < chosen_length) break;
      const std::size_t last = i + length - 1;
      const EntityBase::Name& name = base_.name(index);
      // A name ends with a capital, or with a number its name has: "Antena 1", "Digi 24".
      const bool number_last =
          length > 1 && !tokens[last].text.empty() &&
          std::all_of(tokens[last].text.begin(), tokens[last].text.end(), [](char c) { return c >= '0' && c <= '9'; });
      // (Or as the name is written, lower case and all: "Corte dei conti".)
      // The lower-case word itself, not an inflection of it: "Kongresi i
      // SHBA-së" does not end in "të" (and Name::lower_last is a word of content).
      const bool as_written_lower = name.lower_last && shapes[i].capitalised && !shapes[last].capitalised &&
                                    tokens[last].norm == name.words.back();
      if (!shapes[last].capitalised && !number_last && !as_written_lower &&
          !(length > 1 && gap(last).find('-') != std::string_view::npos))
        continue;
      // "UN", "USA": in capitals, or capitalised inside a sentence (Italian
      // writes "gli Usa"), never a sentence's first word ("Un", "Sua").
      if (name.acronym && !shapes[i].all_capitals && shapes[i].sentence_start) continue;
      // An inflected acronym keeps its capitals ("OKB-së", "NATO-s"): a word
      // that only opens like one is another word ("Pamje", footage, is no
      // "PAM" + ending, nor "Natoli" "NATO").
      if (name.acronym && length == 1 && !shapes[i].all_capitals && tokens[i].norm != name.words.front()) continue;
      if (length == 1) {
        // A capitalised function word ("E", "Ai") or an ordinary word opening a sentence.
        if (tokens[i].stop) continue;
        // (The same word: Romanian "puțin" elsewhere leaves "Putin" a name.)
        if (shapes[i].sentence_start && (lower_written.count(written[i]) || opener(i))) continue;
        // A title is not its office: "Kryeministri" is the prime minister, not "Kryeministria".
        if (title(i) && !shapes[i].all_capitals) continue;
        if (not_name(i)) continue;
      }
      if (!chosen) {
        chosen = &name;
        chosen_length = length;
      } else if (chosen->acronym && !name.acronym && !shapes[i].all_capitals) {
        chosen = &name;  // "Bor" written so is the town, not the acronym BOR
      } else if (seen_ids.count(base_.at(name.entity).id) && !seen_ids.count(base_.at(chosen->entity).id)) {
        chosen = &name;  // an entity the article already named is the likelier reading
      }
    }
    if (!chosen) continue;
    seen_ids.insert(base_.at(chosen->entity).id);
    const std::size_t last = i + chosen_length - 1;
    known_from[i] = static_cast<int>(known.size());
    known.push_back({i, last, chosen->entity});
    for (std::size_t k = i; k <= last; ++k) covered[k] = true;
    i = last;
  }
  // A country's body named in another country is that country's own:
  // "Ministerul Sănătății din Ucraina", "Parchetul General din Ucraina" are
  // Ukraine's, not Romania's. Such a match is let go; the words make an
  // unknown body with the country in its name.
  // Its other mentions in the article go too: a report from Kyiv that
  // names "Parchetul General al Ucrainei" once says "Parchetul General" after.
  std::unordered_set<std::uint32_t> foreign_bodies;
  for (const KnownMatch& match : known) {
    const Entity& body = base_.at(match.entity);
    const std::size_t of = match.last + 1;
    // (Only the state's bodies and parties: a company or club abroad is
    // still itself, "un dealer Tesla din Germania", "il Bayern di Monaco".)
    if (body.type != EntityType::Organisation || body.country.empty() || !in(kStateBodies, body.kind) || of + 1 >= n ||
        gap(of) != " " || !in(kCountryOf, tokens[of].norm) || known_from[of + 1] < 0) {
      continue;
    }
    // "a" is Romanian only ("Curtea de Conturi a Republicii Moldova"); "dell'" ends in an apostrophe.
    if (tokens[of].norm == "a" && language != Language::Romanian) continue;
    if (gap(of + 1) != " " && !(tokens[of].norm == "dell" && gap(of + 1) == "'")) continue;
    const Entity& country = base_.at(known[known_from[of + 1]].entity);
    if (country.type != EntityType::Place || country.kind != "country" || country.country == body.country) continue;
    foreign_bodies.insert(match.entity);
  }
  for (const KnownMatch& match : known) {
    if (!foreign_bodies.count(match.entity) || known_from[match.first] < 0) continue;
    known_from[match.first] = -1;
    for (std::size_t k = match.first; k <= match.last; ++k) covered[k] = false;
  }

  std::vector<Found> found;
  std::size_t closing_quote = n;  // the last token of a run whose quoted name a quote closes
  // Streets, squares, rivers and churches take their generic word into the
  // name, lower case and all: "via Cavour", "piazza di Spagna", "strada
  // Victoria", "provincia di Trento" (Cue::PlaceNameHead). The token index
  // of that word, or `first` when there is none.
  auto place_name_start = [&](std::size_t first) {
    if (first == 0 || gap(first) != " ") return first;
    std::size_t head = first - 1;
    if (in(kHeadConnectors, tokens[head].norm) && head > 0 && gap(head) == " ") --head;
    if (shapes[head].capitalised || !cue(Cue::PlaceNameHead, head)) return first;
    return head;
  };
  auto emit_unknown = [&](std::size_t first, std::size_t last, EntityType type, bool guessed = false) {
    if (const std::size_t head = place_name_start(first); head != first) {
      first = head;
      type = EntityType::Place;
      guessed = false;
    }
    const std::size_t tail = hyphen_tail(last, false);
    Found item = make(first, tail);
    if (tail == closing_quote) {
      const std::string_view after = text.substr(tokens[tail].byte_end);
      const std::size_t bytes = after[0] == '"' ? 1 : 2 + (static_cast<unsigned char>(after[0]) >= 0xE0);
      item.mention.text += std::string(after.substr(0, bytes));
      ++item.mention.end;
    }
    // "Utah-s" is named "Utah"; "Choi Gee-sung" keeps its tail.
    if (tail != last && analysis::is_name_ending(language, tokens[tail].norm)) item.name = make(first, last).name;
    item.single_unknown = first == last;
    item.guessed = guessed;
    item.mention.type = type;
    found.push_back(std::move(item));
  };
  auto emit_known = [&](const KnownMatch& match, std::size_t first, std::size_t last) {
    const Entity& entity = base_.at(match.entity);
    if (const std::size_t head = place_name_start(first); head != first) {
      // "via Garibaldi", "piazza Roma", "via Mosca": a street named after
      // somebody or somewhere is neither; "lago di Garda" is still at Garda.
      if (entity.type != EntityType::Place || in(kStreetWords, tokens[head].norm)) {
        return emit_unknown(first, last, EntityType::Place);
      }
      first = head;
    }
    // A base alias may carry a title ("Papa Benedetto XVI"); the mention is the name.
    if (entity.type == EntityType::Person && first < last && title(first)) ++first;
    Found item = make(first, hyphen_tail(last, true));
    item.mention.id = entity.id;
    item.mention.type = entity.type;
    item.mention.known = true;
    item.single_place = first == last && entity.type == EntityType::Place && entity.kind != "country";
    item.surname_only = first == last && entity.type == EntityType::Person;
    found.push_back(std::move(item));
  };
  // Cue words just before a name, across function words: "in X", "comune di X",
  // "isola di X" (a place head written in lower case counts as a place cue).
  auto cue_before = [&](Cue kind, std::size_t before) {
    for (std::size_t back = 1; back <= 2 && back <= before; ++back) {
      const std::size_t k = before - back;
      if (cue(kind, k) || (kind == Cue::PlaceBefore && !shapes[k].capitalised && cue(Cue::PlaceHead, k))) return true;
      if (!tokens[k].stop) break;
    }
    return false;
  };
  // A title right before a name: "presidenti Macron", "lui Ionescu". Across a
  // connector it governs another name ("il sindaco di Roma", "kryetari i Lipjanit").
  auto title_before = [&](std::size_t first) { return first > 0 && title(first - 1) && joins_name(gap(first)); };
  // A generic word of a body right before its name: "compania Carpatair", "klubi Arsenal".
  auto body_before = [&](std::size_t first) {
    return first > 0 && !shapes[first - 1].capitalised &&
           (org_head(first - 1) || cue(Cue::OrganisationBefore, first - 1));
  };
  // Romanian writes the article at the end of nouns, and names of places and
  // bodies take it ("Angliei", "Siretului"); names of people take "lui" instead.
  // Alone, such a word is a common noun (common_romanian below) unless a title
  // governs it ("primarul Bârladului") or a place word precedes it.
  auto definite_romanian = [&](std::size_t k) {
    const std::string& word = tokens[k].norm;
    return language == Language::Romanian && word.size() > 5 &&
           (word.ends_with("ului") || word.ends_with("iei") || word.ends_with("ilor") || word.ends_with("elor"));
  };

  // A Romanian noun with its article ("Tratatul", "Standardele", "Evreii",
  // and in the genitive "Guvernului", "Direcției", "Sărbătorilor") is a common
  // noun capitalised, not a name: people's names do not take the article, and
  // places that do ("Banatul", "Oltul") follow "în", "din". (The genitive
  // endings, on RONEC dev: places F1 0.752 → 0.756, actors 0.630 → 0.631.)
  auto common_romanian = [&](std::size_t k) {
    const std::string& word = tokens[k].norm;
    if (language != Language::Romanian || shapes[k].all_capitals) return false;
    return (word.size() > 4 && (word.ends_with("ul") || word.ends_with("ii"))) ||
           (word.size() > 5 && (word.ends_with("ele") || word.ends_with("ile") || word.ends_with("ei"))) ||
           (word.size() > 6 && (word.ends_with("ului") || word.ends_with("ilor") || word.ends_with("elor"))) ||
           // Feminine nouns with the article: "Tradiția", "Situația"; verbal
           // nouns "Conducerea", "Întâlnirea", "Hotărârea" (plain forms).
           (word.size() > 6 && word.ends_with("tia")) ||
           (word.size() > 7 && (word.ends_with("area") || word.ends_with("erea") || word.ends_with("irea")));
  };
  // "Cercetării", "Sportului", "Afacerilor": a Romanian genitive.
  auto romanian_genitive = [&](std::size_t k) {
    const std::string& word = tokens[k].norm;
    return language == Language::Romanian && word.size() > 5 &&
           (word.ends_with("ii") || word.ends_with("ei") || word.ends_with("ului") || word.ends_with("ilor") ||
            word.ends_with("elor"));
  };
  // What a Romanian body's name grows by after "și": a genitive that is no
  // person's given name ("Cercetării", not "Ioanei").
  auto genitive_complement = [&](std::size_t k) { return romanian_genitive(k) && !given(k); };
  // An unknown name of capitalised words: its type from cue words.
  // Shouting, not a name: several unknown words all in capitals, one of
  // them long ("RIPRODUZIONE RISERVATA", "CITEȘTE REVISTA VIVA"). Copyright
  // lines and promotions in capitals made such runs the top "actors" of
  // whole sources; a one-word acronym or company ("NATO", "EXIMTUR") stays.
  auto shouted = [&](std::size_t first, std::size_t last) {
    bool long_word = false;
    std::size_t words = 0;  // in capitals, initials not counted
    for (std::size_t k = first; k <= last; ++k) {
      // (An initial counts as capitals: "— C. G. BY NC ND ALCUNI DIRITTI
      // RISERVATI", but "J. K. ROWLING" is one word shouted.)
      if (shapes[k].capitalised && !shapes[k].all_capitals && shapes[k].letters > 1) return false;
      long_word = long_word || (shapes[k].all_capitals && shapes[k].letters >= kShoutedWordLetters);
      if (shapes[k].letters > 1) ++words;
    }
    return words > 1 && long_word;
  };
  // A dateline: one word in capitals opening a sentence and closed by a full
  // stop, "CASTELFRANCO. Ieri sera …" (local news opens with its town).
  // (A town's word in capitals, long enough not to be an acronym, then ". ".)
  auto dateline_word = [&](std::size_t k) {
    return shapes[k].all_capitals && shapes[k].letters >= kDatelineLetters && k + 1 < n && gap(k + 1).starts_with(". ");
  };
  auto dateline_place = [&](std::size_t k) { return shapes[k].sentence_start && dateline_word(k); };
  // The same after the reporter's byline, a known town after two words of a
  // name: "Noemi Adabbo SOLIERA. Tre ladri …". (Not "Mario ROSSI.", a
  // surname shouted, nor "Europol NASDAQ.", nor "Papa Giovanni XXIII.".)
  auto byline_dateline = [&](std::size_t k) {
    if (k < 2 || gap(k) != " " || gap(k - 1) != " " || !dateline_word(k)) return false;
    for (std::size_t w : {k - 2, k - 1}) {
      if (!shapes[w].capitalised || shapes[w].all_capitals || shapes[w].letters < 2) return false;
    }
    return known_from[k] >= 0 && base_.at(known[known_from[k]].entity).type == EntityType::Place;
  };
  // True when tokens first…last write one of the entity's names as it is,
  // without an inflection ("Porto", not "Portos").
  auto written_as_named = [&](const Entity& entity, std::size_t first, std::size_t last) {
    std::string written;
    for (std::size_t k = first; k <= last; ++k) written += (k == first ? "" : " ") + tokens[k].norm;
    auto same = [&](const std::string& name) { return analysis::normalize_term(name) == written; };
    return std::any_of(entity.names.begin(), entity.names.end(), same) ||
           std::any_of(entity.aliases.begin(), entity.aliases.end(), same);
  };
  // Endings only places have: Romanian villages in -ești ("Cândești",
  // "Biliești"; people are -escu), German towns in -stadt, -dorf, -hausen.
  auto toponym_ending = [&](std::size_t k) {
    const std::string& word = tokens[k].norm;
    if (word.size() < 6) return false;
    if (language == Language::Romanian && word.ends_with("esti")) return true;
    return std::any_of(kToponymEndings.begin(), kToponymEndings.end(),
                       [&](std::string_view ending) { return word.ends_with(ending); });
  };
  // One capitalised word that names an office or a date, not a person or place:
  //  - after a title and an Albanian article or Romanian "de" ("ministri i
  //    Jashtëm", "Sekretari i Përgjithshëm", "ministrul de Externe"): a person
  //    follows the title directly ("ministri Konjufca", "ministrul Aurescu");
  //  - an Albanian adjective or point of the compass after an article after
  //    another capitalised word completes that name ("Topi i Artë", "Asambleja
  //    e Përgjithshme", "Irlandën e Veriut"); a name in the genitive stays
  //    ("Ekipi i Gasperinit");
  //  - a month after a day, also where it names a street the date extractor
  //    leaves alone ("viale XXII Aprile", "strada 1 Decembrie").
  auto office_or_date_word = [&](std::size_t k) {
    const bool office_link =
        k >= 2 && !shapes[k - 1].capitalised &&
        ((language == Language::Albanian && analysis::is_name_article(language, tokens[k - 1].norm)) ||
         (language == Language::Romanian && tokens[k - 1].norm == "de"));
    if (office_link && in(kOfficeTitles, tokens[k - 2].norm)) return true;
    // Italian: "ministro della Difesa", "sottosegretario agli Esteri",
    // "assessore all'Urbanistica" (the department of an office, whichever
    // country's; "Ministero della Difesa" stays a body).
    if (language == Language::Italian && k >= 2 && !shapes[k - 1].capitalised &&
        in(kItalianOfficeLinks, tokens[k - 1].norm) && in(kItalianOfficeTitles, tokens[k - 2].norm)) {
      return true;
    }
    if (office_link && language == Language::Albanian && shapes[k - 2].capitalised &&
        albanian_name_complement(tokens[k].norm)) {
      return true;
    }
    return k > 0 && analysis::month_from_name(tokens[k].norm) &&
           (shapes[k - 1].roman_numeral || day_number(tokens[k - 1].text));
  };
  auto unknown_name = [&](std::size_t first, std::size_t last) {
    if (cue_before(Cue::NotNameBefore, first)) return;  // "l'uragano Sandy", "della scala Richter"
    if (shouted(first, last)) return;
    if (first == last &&
        (tokens[first].stop || title(first) || cue(Cue::PlaceHead, first) || cue(Cue::PlaceBefore, first) ||
         cue(Cue::EventHead, first) || not_name(first) || cue(Cue::Opener, first))) {
      // A capitalised common word ("Stato", "Presidente"), not a name; nor
      // is an opening word anywhere ("…shared by X)Sipas raporteve": page
      // furniture glued to the sentence hides its start), unless it is a
      // given name too ("il premier cinese Li").
      return;
    }
    if (first == last && office_or_date_word(first)) return;
    // A month shouted in a promotion: "REVISTA VIVA DE AUGUST, GRATIS".
    // (Five letters or more: "MARS" is an Albanian month and a company.)
    if (first == last && shapes[first].all_capitals && shapes[first].letters >= 5 &&
        analysis::month_from_name(tokens[first].norm)) {
      return;
    }
    // A show's title right after the word for a show: "emisionin “Log”";
    // not its host in the genitive ("emisiunea Denisei Rifai").
    const bool genitive_host =
        language == Language::Romanian && (tokens[first].norm.ends_with("ei") || tokens[first].norm.ends_with("ai"));
    if (first > 0 && cue(Cue::ShowBefore, first - 1) && in(kShowTitleGaps, gap(first)) && !genitive_host) return;
    // A word the article also writes in lower case is an ordinary word
    // capitalised for emphasis ("la Difesa", "del Mondo"), unless a title or a
    // given name makes it a person.
    if (first == last && !shapes[first].all_capitals && lower_words.count(tokens[first].norm) && !title_before(first) &&
        !given(first)) {
      return;
    }
    bool has_org_head = false;
    for (std::size_t k = first; k <= last; ++k) has_org_head = has_org_head || org_head(k);
    if (first == last && !has_org_head && common_romanian(first) && !title_before(first) && !given(first) &&
        !cue_before(Cue::PlaceBefore, first)) {
      return;
    }
    EntityType type = EntityType::Person;
    bool guessed = false;
    // A name quoted after its generic word: stadiumi “Fadil Vokrri”, spitali “Sami Haxhibeqiri”.
    const bool quoted_after_head = first > 0 && !shapes[first - 1].capitalised && opens_quote(gap(first));
    if (quoted_after_head && cue(Cue::PlaceHead, first - 1)) {
      type = EntityType::Place;
    } else if (quoted_after_head && org_head(first - 1)) {
      type = EntityType::Organisation;
    } else if (cue(Cue::PlaceHead, first) && first < last) {
      type = EntityType::Place;
    } else if (has_org_head) {
      type = EntityType::Organisation;  // "Chatham House", and alone: "la Polizia", "il Senato"
    } else if (cue(Cue::PlaceHead, last) && first < last) {
      type = EntityType::Place;
    } else if (first == last && dateline_place(first)) {
      type = EntityType::Place;
    } else if (first == last && (shapes[first].all_capitals || dotted_abbreviation(tokens[first].text))) {
      type = EntityType::Organisation;  // "ASN", "A.I.E.A.": bodies far more often than places
    } else if (given(first) || title_before(first)) {
      type = EntityType::Person;
    } else if (body_before(first)) {
      type = EntityType::Organisation;
    } else if (cue_before(Cue::PlaceBefore, first)) {
      type = EntityType::Place;
    } else if (first == last && definite_romanian(first)) {
      type = EntityType::Place;
    } else if (first == last && toponym_ending(first)) {
      type = EntityType::Place;
    } else if (first == last && language == Language::Italian && italian_town_openings_.count(tokens[first].norm)) {
      type = EntityType::Place;  // "Reggio", "Savignano": a town of the base named short
    } else {
      guessed = true;
    }
    emit_unknown(first, last, type, guessed);
  };

  // A known place in its base form opening a run of capitalised words is
  // only part of a longer name: "Porto Recanati", "Weimar Plus", "Manchester
  // City", "Berat Gjimshiti" (a person). Not when a title governs the place
  // across a connector ("sindaco di Modena Muzzarelli"), a given name or a
  // title follows it ("kryetari i Podujevës Shpejtim Bulliqi" is also
  // inflected), the words after it are ordinary words the article also
  // writes in lower case ("Greqia Tani, …") or follow a dateline in capitals
  // ("MODENA Martedì …"), a compass point makes a part of a town ("Modena
  // Est"), or the last word is a name of its own (below).
  // Capitalised words → their token indexes, built on first use (few articles need it).
  std::unordered_map<std::string_view, std::vector<std::size_t>> capitalised_at;
  // "Modena Est", "Mitrovica Veriore": a compass point after a town is a
  // part of it, still the town; a country's is another one ("Germania Est").
  auto town_part = [&](const Entity& place, std::size_t k) {
    return place.type == EntityType::Place && place.kind != "country" && in(kCompassWords, tokens[k].norm);
  };
  auto place_opens_longer_name = [&](const KnownMatch& opener, std::size_t first, std::size_t last) {
    const Entity& entity = base_.at(opener.entity);
    const std::size_t next = opener.last + 1;
    if (entity.type != EntityType::Place || given(next) || title(next) || tokens[next].stop) return false;
    for (std::size_t k = next; k <= last; ++k) {
      if (!shapes[k].capitalised || lower_words.count(tokens[k].norm)) return false;
    }
    // "sindaco di Modena …" governs the place; right before the run
    // ("lojtari Berat Gjimshiti") a title names the person the run is.
    if (first > 1 && tokens[first - 1].stop && title(first - 2)) return false;
    if (shapes[opener.last].all_capitals && !shapes[next].all_capitals) return false;  // a dateline
    if (next == last && town_part(entity, next)) return false;
    // Is token `word` written elsewhere in the article, capitalised, without
    // token `neighbour` next to it as here? "Porto Recanati" writes Recanati
    // only after Porto.
    auto alone_elsewhere = [&](std::size_t word, std::size_t neighbour) {
      if (capitalised_at.empty()) {
        for (std::size_t k = 0; k < n; ++k) {
          if (shapes[k].capitalised) capitalised_at[tokens[k].norm].push_back(k);
        }
      }
      const auto positions = capitalised_at.find(tokens[word].norm);
      if (positions == capitalised_at.end()) return false;
      for (const std::size_t k : positions->second) {
        if (k >= first && k <= last) continue;
        const bool before = neighbour < word;
        if ((before && k == 0) || (!before && k + 1 == n)) return true;
        if (tokens[before ? k - 1 : k + 1].norm != tokens[neighbour].norm) return true;
      }
      return false;
    };
    // The last word named alone elsewhere is a name of its own after the
    // place ("carcere di Modena Ferdinant Xhasana" … "Xhasana"), unless one
    // word follows a place word the article writes nowhere else: then the
    // place is a given name ("Berat Gjimshiti" … "Gjimshiti").
    if (alone_elsewhere(last, last - 1) && (next < last || alone_elsewhere(opener.last, next))) return false;
    return written_as_named(entity, opener.first, opener.last);
  };
  // "Manchester City", "Brussels Basket", "Kosova U21": a team named after
  // its town, though "city" heads places.
  auto team_name = [&](std::size_t last) {
    const std::string& tail = tokens[last].norm;
    return in(kTeamTails, tail) ||
           (tail.size() == 3 && tail[0] == 'u' && std::isdigit(static_cast<unsigned char>(tail[1])) &&
            std::isdigit(static_cast<unsigned char>(tail[2])));
  };
  auto head_connector = [&](std::size_t k) {
    return in(kHeadConnectors, tokens[k].norm) ||
           (language == Language::Romanian && in(kRomanianHeadConnectors, tokens[k].norm));
  };
  // 2. Runs of capitalised words (with connectors and known names inside),
  // then what each run names.
  auto free = [&](std::size_t k) { return !covered[k] && !shapes[k].skipped; };
  // "I. C. Brătianu": an initial opens a name when a capitalised word follows its full stop.
  auto initial = [&](std::size_t k) {
    return shapes[k].letters == 1 && shapes[k].capitalised && k + 1 < n && shapes[k + 1].capitalised &&
           !shapes[k + 1].skipped && (gap(k + 1) == ". " || gap(k + 1) == ".");
  };
  auto starts_name = [&](std::size_t k) {
    return known_from[k] >= 0 ||
           (free(k) && shapes[k].capitalised && !shapes[k].roman_numeral && (tokens[k].norm.size() >= 2 || initial(k)));
  };
  // A run inside a short quotation is (part of) the title of a work: "„Hips
  // Don't Lie”", "\"The Blues Brothers\"", unless a head word names what the
  // quoted name is ("stadiumi “Fadil Vokrri”", "compania \"Carpatair\"").
  auto quoted_title = [&](std::size_t first, std::size_t last) {
    for (std::size_t q = first + 1; q-- > 0 && q + kMaxQuotedTitle > first;) {
      if (quote_last[q] == n || quote_last[q] < last) continue;
      if (q > 0 && !shapes[q - 1].capitalised &&
          (org_head(q - 1) || cue(Cue::PlaceHead, q - 1) || cue(Cue::OrganisationBefore, q - 1))) {
        return false;
      }
      bool has_known = false, has_head = false;
      for (std::size_t k = first; k <= last; ++k) {
        has_known = has_known || covered[k];
        has_head = has_head || org_head(k) || cue(Cue::PlaceHead, k);
      }
      if (has_head) return false;  // "“Gewiss Stadium”", "„Sala Polivalentă”": a venue, a body
      if (!has_known) return true;
      // A known person's name alone in quotes is the person, as news quotes
      // a name for a scandal or a government ("Skandali “Balluku”",
      // "qeverisjen “Rama”"), not a title.
      if (known_from[first] >= 0 && known[known_from[first]].last == last &&
          base_.at(known[known_from[first]].entity).type == EntityType::Person)
        return false;
      // A known name is a title only when it is the whole quotation ("„Titanic”").
      return q == first && quote_last[q] == last;
    }
    return false;
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (!starts_name(i)) continue;
    std::size_t first = i;
    std::size_t last = known_from[i] >= 0 ? known[known_from[i]].last : i;
    bool has_head = org_head(i) || cue(Cue::PlaceHead, i) || cue(Cue::EventHead, i);
    bool has_org_head = org_head(i);
    bool quote_open = false;        // "Colegiul Național „Ion Vidu”": a quoted name after a head
    int end_known = known_from[i];  // the known name the run ends with so far, if any
    while (last + 1 < n) {
      const std::size_t next = last + 1;
      if (shapes[next].sentence_start || shapes[next].skipped) break;
      const bool quoted_name = has_head && !quote_open && language != Language::Albanian &&
                               (gap(next).starts_with(" ") && opens_quote(gap(next)) && gap(next).size() <= 4);
      if (!joins_name(gap(next)) && !quoted_name) break;
      quote_open = quote_open || quoted_name;
      // "PSD-ALDE", "LDK-LVV": acronyms hyphenated together are names of their own.
      if (gap(next) == "-" && shapes[last].all_capitals && shapes[next].all_capitals) break;
      if (byline_dateline(next)) break;  // "Noemi Adabbo SOLIERA." is a byline, then a place
      if (known_from[next] >= 0) {
        last = known[known_from[next]].last;
        end_known = known_from[next];
        has_org_head = has_org_head || org_head(next);
        continue;
      }
      if (covered[next]) break;
      // "Dumitru V. Hernia": a one-letter initial, not a numeral.
      const bool initial_inside = shapes[next].letters == 1 && next + 1 < n && gap(next + 1).starts_with('.');
      if (shapes[next].capitalised && (!shapes[next].roman_numeral || initial_inside)) {
        last = next;
        end_known = -1;
        has_head = has_head || org_head(next) || cue(Cue::PlaceHead, next) || cue(Cue::EventHead, next);
        has_org_head = has_org_head || org_head(next);
        continue;
      }
      // A ruler's number closes a name: "Carol I", "Giovanni Paolo II".
      if (shapes[next].roman_numeral && gap(next) == " " &&
          (next + 1 >= n || !shapes[next + 1].capitalised || shapes[next + 1].sentence_start)) {
        last = next;
        break;
      }
      // A lower-case connector, if a capitalised word follows it; after a
      // given name an Italian one makes a surname: "Francesco del Giocondo".
      // Inside a body's name "and" joins its fields, unless another body
      // follows: "Ministerul Educației și Cercetării", not "… și Ministerul …".
      // A known body so far is one too, before a Romanian genitive: a
      // ministry's name grows with a government's reshuffle ("Ministerul
      // Educației și Cercetării"), not "Consiliului European și Înaltul Reprezentant".
      const bool known_body_so_far = end_known >= 0 && known[end_known].last == last &&
                                     base_.at(known[end_known].entity).type == EntityType::Organisation &&
                                     next + 1 < n && genitive_complement(next + 1);
      const bool coordinated = has_org_head && cue(Cue::Coordinator, next) && next + 1 < n &&
                               (!covered[last] || known_body_so_far) && known_from[next + 1] < 0 &&
                               !org_head(next + 1) && !cue(Cue::PlaceHead, next + 1);
      // A short word hyphenated on both sides joins a compound name in any
      // language: "Mar-a-Lago", "Castelnuovo-del-Garda", "Stratford-upon-Avon".
      const bool hyphenated = gap(next) == "-" && next + 1 < n && gap(next + 1) == "-" && shapes[next].lower &&
                              tokens[next].norm.size() <= 4;
      const bool connector = in(kNameParticles, tokens[next].norm) || (has_head && head_connector(next)) ||
                             coordinated || hyphenated ||
                             (last == i && given(i) && in(kSurnameParticles, tokens[next].norm));
      // "Ludovic al XIV-lea": a ruler's number after a particle.
      if (connector && next + 1 < n && shapes[next + 1].roman_numeral && gap(next + 1) == " " && gap(next) == " ") {
        last = next + 1;
        break;
      }
      if (!connector || next + 1 >= n || !(free(next + 1) || known_from[next + 1] >= 0) ||
          !shapes[next + 1].capitalised || shapes[next + 1].roman_numeral || !joins_name(gap(next + 1))) {
        break;
      }
      last = known_from[next + 1] >= 0 ? known[known_from[next + 1]].last : next + 1;
      end_known = known_from[next + 1];
      has_head = has_head || org_head(next + 1) || cue(Cue::PlaceHead, next + 1) || cue(Cue::EventHead, next + 1);
      has_org_head = has_org_head || org_head(next + 1);
    }
    i = last;
    if (quoted_title(first, last)) continue;
    // The quote that closes a quoted name belongs to the mention (see emit_unknown).
    closing_quote =
        quote_open && tokens[last].byte_end < text.size() && closes_quote(text.substr(tokens[last].byte_end)) ? last
                                                                                                              : n;

    // A capitalised title opening the run is a cue, not part of the name
    // ("Zëdhënësi Matthew Miller", "Liderul Coreei"); an org head is kept
    // even when its stem is a title's too ("Consiglio", "consigliere").
    while (first < last && !covered[first] &&
           (((title(first) || cue(Cue::PlaceBefore, first)) && !org_head(first)) || not_name_opening(first))) {
      ++first;
    }
    while (first < last && !covered[first] && !shapes[first].capitalised) ++first;  // a connector left in front
    // (After a dash, a run of one word only: "Partidul Libertate" there is a name.)
    if ((shapes[first].sentence_start || (shapes[first].after_dash && first == last)) && !covered[first]) {
      // An opening word the article also writes in lower case is an ordinary
      // word; so is one after a spaced dash, which may open a quotation.
      if (tokens[first].stop || lower_words.count(tokens[first].norm) || opener(first)) {
        ++first;
        while (first <= last && !covered[first] && (tokens[first].stop || in(kHeadConnectors, tokens[first].norm))) {
          ++first;
        }
        if (first > last) continue;
      } else if (first == last && !mid_capital.count(tokens[first].norm) && !given(first) &&
                 !shapes[first].all_capitals) {
        // One capitalised word opening a sentence: a name only if the article
        // capitalises it elsewhere too (or names a person with it, step 5),
        // or it is a given name or an acronym.
        if (title(first) || cue(Cue::EventHead, first) || not_name(first)) continue;
        Found item = make(first, last);
        item.single_unknown = item.opening = true;
        found.push_back(std::move(item));
        continue;
      }
    }

    // The known names inside the run, and its capitalised words outside them.
    std::vector<const KnownMatch*> inside;
    std::vector<std::size_t> unknown_words;
    for (std::size_t k = first; k <= last; ++k) {
      if (known_from[k] >= 0) {
        inside.push_back(&known[known_from[k]]);
        k = known[known_from[k]].last;
      } else if (shapes[k].capitalised) {
        unknown_words.push_back(k);
      }
    }
    // "George Washington": two known places, and a given name opens them.
    const bool place_opens = inside.size() > 1 && inside.front()->first == first && inside.front()->last == first &&
                             given(first) && base_.at(inside.front()->entity).type == EntityType::Place &&
                             std::all_of(inside.begin() + 1, inside.end(), [&](const KnownMatch* match) {
                               const Entity& entity = base_.at(match->entity);
                               return entity.type == EntityType::Place && entity.kind != "country";
                             });
    if (unknown_words.empty() && place_opens) {
      emit_unknown(first, last, EntityType::Person);
      continue;
    }
    if (unknown_words.empty()) {
      for (const KnownMatch* match : inside) {
        // Italian cities take no article, their football clubs do: "la Roma", "il Napoli";
        // so after a word for a team: "skuadra Liverpool", "echipa Timișoara".
        const Entity& entity = base_.at(match->entity);
        if (match->first == match->last && entity.type == EntityType::Place && entity.kind == "city" &&
            match->first > 0 && cue(Cue::OrganisationBefore, match->first - 1) && gap(match->first) == " ") {
          emit_unknown(match->first, match->last, EntityType::Organisation);
          continue;
        }
        emit_known(*match, match->first, match->last);
      }
      continue;
    }
    auto any_unknown = [&](Cue kind) {
      return std::any_of(unknown_words.begin(), unknown_words.end(), [&](std::size_t k) { return cue(kind, k); });
    };
    // "Liga e Kampionëve", "Gran Premio del Belgio": an event, neither actor
    // nor place; a known place in its name still counts.
    if (any_unknown(Cue::EventHead)) {
      for (const KnownMatch* match : inside) emit_known(*match, match->first, match->last);
      continue;
    }
    if (!inside.empty()) {
      const bool person_inside = std::any_of(inside.begin(), inside.end(), [&](const KnownMatch* match) {
        return base_.at(match->entity).type == EntityType::Person;
      });
      bool hyphenated = true;  // "Roma-Lido", "Austro-Ungaria": one name
      for (std::size_t k = first + 1; k <= last; ++k) hyphenated = hyphenated && gap(k) == "-";
      if (std::any_of(unknown_words.begin(), unknown_words.end(), org_head)) {
        // A body named after a place or person: "Universitatea din Berna",
        // "Real Madrid", "Qeverisë Kurti", "Lëvizja Vetëvendosje".
        emit_unknown(first, last, EntityType::Organisation);
        continue;
      }
      if (cue(Cue::PlaceHead, first) && !covered[first]) {
        emit_unknown(first, last, EntityType::Place);  // "Lago di Garda", "Porto Santo Stefano"
        continue;
      }
      // "George Washington", "Valon Bajrami", "Victor Hugo": places named like
      // people are part of a person's name when a given name opens it.
      const bool opens_with_place = known_from[first] >= 0 && known[known_from[first]].last == first &&
                                    base_.at(known[known_from[first]].entity).type == EntityType::Place;
      // A country opens a person's name too ("Jordan Henderson", "Maurizio Gasparri"), not one inside it.
      const bool country_after_first = std::any_of(inside.begin(), inside.end(), [&](const KnownMatch* match) {
        return match->first != first && base_.at(match->entity).kind == "country";
      });
      // Not a shouted line that opens with a given name ("DOMINIK SZOBOSZLAI
      // OPENS THE SCORING FOR LIVERPOOL"): its short forms would take every
      // "Liverpool" of the article; the line's known names stay theirs.
      if (given(first) && !person_inside && !country_after_first && (!covered[first] || opens_with_place) &&
          !shouted(first, last)) {
        emit_unknown(first, last, EntityType::Person);
        continue;
      }
      if (hyphenated && inside.size() == 1) {
        emit_unknown(first, last, base_.at(inside.front()->entity).type);
        continue;
      }
      // A name that ends in a place it is not: "Rapid București", "CFR Cluj",
      // "Teatrul Național Timișoara", "UPC România" (clubs, firms, theatres).
      const KnownMatch& tail = *inside.back();
      if (inside.size() == 1 && tail.last == last && !covered[first] &&
          base_.at(tail.entity).type == EntityType::Place && !cue(Cue::PlaceHead, first)) {
        emit_unknown(first, last, EntityType::Organisation);
        continue;
      }
      // A known surname after other names: the person's own first name keeps
      // the known person ("Vladimir Vladimirovič Putin"), also spelt another
      // way ("Aleksandër Vuçiqit", "Barrack Obamës"); another one is somebody
      // else of that family ("Ivanka Trump", "Samuele Bersani", "Dimal
      // Bashës"). A known full name ("Xhelal Sveçla") keeps its person
      // whatever comes before.
      const KnownMatch& only = *inside.front();
      if (inside.size() == 1 && person_inside && only.first == only.last && only.last == last && !covered[first]) {
        const Entity& person = base_.at(only.entity);
        const std::string& word = tokens[first].norm;
        bool own_first_name = false;
        for (const std::string& name : person.names) {
          if (name.find(' ') == std::string::npos) continue;
          const std::string first_word = analysis::normalize_term(name.substr(0, name.find(' ')));
          own_first_name = own_first_name || analysis::is_name_form(language, word, first_word) ||
                           spelling_variant(word, first_word);
        }
        if (own_first_name) {
          emit_known(only, first, last);
          continue;
        }
        // Somebody else, unless the words before are the end of a title:
        // "ministri (rus) i Mbrojtjes Shoigu" (a title, perhaps a word or
        // two in lower case, and an Albanian article before them) is
        // Shoigu; "përkrahjen e Zafir Berishës" is Zafir Berisha.
        bool after_title = false;
        if (first > 1 && analysis::is_name_article(language, tokens[first - 1].norm)) {
          // Words back to the title, not counting the articles between them.
          for (std::size_t k = first - 2, words = 0; words < kTitleReach; --k) {
            if (title(k)) after_title = true;
            if (after_title || k == 0 || !shapes[k].lower || shapes[k].sentence_start) break;
            if (!analysis::is_name_article(language, tokens[k].norm)) ++words;
          }
        }
        if (given(first) || !after_title) {
          emit_unknown(first, last, EntityType::Person);
          continue;
        }
      }
    }
    // "Ministerul Educației și Cercetării": a known body whose name grew with
    // a reshuffle (the run went on past it only through a coordinator) is
    // still that body.
    if (language == Language::Romanian && inside.size() == 1 && inside.front()->first == first &&
        inside.front()->last + 2 <= last && base_.at(inside.front()->entity).type == EntityType::Organisation &&
        cue(Cue::Coordinator, inside.front()->last + 1) && genitive_complement(inside.front()->last + 2)) {
      // Genitives and their adjectives end in a vowel ("Cercetării",
      // "Dezvoltării Sociale"); "Consiliului European și Înaltului
      // Reprezentant" goes on to a person's office, "… și Ioanei Mihăilă"
      // to a person.
      bool office = false;
      for (std::size_t k = inside.front()->last + 2; k <= last; ++k) {
        const std::string& word = tokens[k].norm;
        office =
            office || title(k) || word.empty() || std::string_view("aeiou").find(word.back()) == std::string_view::npos;
      }
      if (!office) {
        emit_known(*inside.front(), first, last);
        continue;
      }
    }
    // "Porto Recanati", "Manchester City": the known place is part of a longer name.
    if (inside.size() == 1 && inside.front()->first == first && inside.front()->last < last &&
        place_opens_longer_name(*inside.front(), first, last)) {
      if (team_name(last)) {
        emit_unknown(first, last, EntityType::Organisation);
      } else {
        unknown_name(first, last);
      }
      continue;
    }
    // Otherwise the known names stand, and each stretch of other words is a name of its own.
    std::size_t k = first;
    for (const KnownMatch* match : inside) {
      std::size_t stretch_last = match->first;
      while (stretch_last > k && !shapes[stretch_last - 1].capitalised) --stretch_last;
      if (stretch_last > k) unknown_name(k, stretch_last - 1);
      // "Modena Nord": the compass point joins the town's mention, not a name of its own.
      const std::size_t after = match->last + 1;
      const bool compass = after <= last && town_part(base_.at(match->entity), after) && gap(after) == " " &&
                           (after == last || !shapes[after + 1].capitalised);
      emit_known(*match, match->first, compass ? after : match->last);
      k = compass ? after + 1 : after;
      while (k <= last && !shapes[k].capitalised) ++k;  // a connector after the known name
    }
    if (k <= last) unknown_name(k, last);
  }

  // Italian news refer to some bodies by a common noun with its article ("il
  // governo ha deciso", "la polizia", "l'esercito"); KIND Wikinews tags them as
  // organisations nearly every time (governo 137 of 144 after an article).
  if (language == Language::Italian) {
    // A lower-case adjective at token k: "cinese", "locale", "europea".
    auto italian_adjective = [&](std::size_t k) {
      return k < n && shapes[k].lower && !tokens[k].stop && gap(k) == " " &&
             (in(kItalianUnitAdjectives, tokens[k].norm) ||
              std::any_of(kItalianAdjectiveEndings.begin(), kItalianAdjectiveEndings.end(),
                          [&](std::string_view ending) { return tokens[k].norm.ends_with(ending); }));
    };
    // A body's head word found alone takes the adjective after it, or else a
    // "di" complement in lower case, as KIND does: "Commissione europea",
    // "Tribunale speciale", "Camera dei deputati".
    for (Found& item : found) {
      if (item.mention.known || item.mention.type != EntityType::Organisation || item.first != item.last ||
          !org_head(item.first)) {
        continue;
      }
      const std::size_t k = item.last + 1;
      std::size_t last = item.last;
      if (italian_adjective(k) && !shapes[k].skipped) {
        last = k;
      } else if (k + 1 < n && tokens[k].stop && in(kItalianOfArticles, tokens[k].norm) && gap(k) == " " &&
                 gap(k + 1) == " " && shapes[k + 1].lower && !tokens[k + 1].stop && !shapes[k + 1].skipped &&
                 !in(kStreetWords, tokens[k + 1].norm)) {  // "al Comando di via Galilei": the address
        last = k + 1;
      }
      if (last == item.last) continue;
      Found wider = make(item.first, last);
      wider.mention.type = EntityType::Organisation;
      item = std::move(wider);
    }
    std::vector<bool> in_found(n, false);
    for (const Found& item : found) {
      for (std::size_t k = item.first; k <= item.last; ++k) in_found[k] = true;
    }
    for (std::size_t k = 1; k < n; ++k) {
      if (!shapes[k].lower || in_found[k] || shapes[k].skipped || !in(kItalianGenericBodies, tokens[k].norm)) continue;
      const bool article = cue(Cue::OrganisationBefore, k - 1) &&
                           (!shapes[k - 1].capitalised || shapes[k - 1].sentence_start);  // "Il governo …"
      if (!article || !joins_name(gap(k))) continue;
      // An adjective after it is part of the name: "il governo cinese", "la polizia locale".
      const bool adjective = italian_adjective(k + 1);
      Found item = make(k, adjective ? k + 1 : k);
      item.mention.type = EntityType::Organisation;
      found.push_back(std::move(item));
    }
  }

  // Ids and names of entities not in the base: mentions with the same
  // stems are one entity, named by their shortest form ("Miller", not
  // "Millerit"), with an id its other case forms in other articles share
  // (entities/found_id.h).
  auto stems_of = [&](const Found& item) {
    std::string key;
    for (std::size_t k = item.first; k <= item.last; ++k) key += tokens[k].stem + ' ';
    return key;
  };
  struct Shortest {
    std::string name;
    bool after_article = false;  // an Albanian article before it: "të Kuvendit"
    std::string id, nominative;  // worked out once per entity, not per mention
  };
  std::map<std::string, Shortest> shortest;  // stems → name
  for (const Found& item : found) {
    if (item.mention.known) continue;
    const bool after_article =
        item.first > 0 && gap(item.first) == " " && analysis::is_name_article(language, tokens[item.first - 1].norm);
    auto [at, inserted] = shortest.try_emplace(stems_of(item), Shortest{item.name, after_article, {}, {}});
    if (!inserted && item.name.size() < at->second.name.size()) at->second = {item.name, after_article, {}, {}};
  }
  for (Found& item : found) {
    if (item.mention.known) continue;
    Shortest& name = shortest[stems_of(item)];
    if (name.id.empty()) {
      name.id = found_entity_id(language, name.name);
      // Named in the nominative, whatever case the article used: "të Kuvendit" → Kuvendi.
      name.nominative =
          analysis::nominative_name(language, name.name, item.mention.type == EntityType::Person, name.after_article);
    }
    item.mention.id = name.id;
    item.mention.name = name.nominative;
  }

  // 4. Names listed together are of one kind: "Argeș, Bihor și Vâlcea",
  // "Cattenom, Civaux, Flamanville": a guessed type follows a neighbour's.
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.first < b.first; });
  auto listed_together = [&](const Found& a, const Found& b) {  // a just before b
    if (a.last + 1 == b.first) {
      const std::string_view between = gap(b.first);
      return between == ", " || between == ",";
    }
    auto coordinator = [&](std::size_t k) {
      return !shapes[k].capitalised && gap(k) == " " &&
             cues_.is(Cue::Coordinator, language, tokens[k].stem, tokens[k].norm);
    };
    if (a.last + 2 == b.first) return coordinator(a.last + 1) && gap(b.first) == " ";
    // The preposition said again: "di Pavullo e di Zocca", "din Cluj și din Iași".
    return a.last + 3 == b.first && a.first > 0 && coordinator(a.last + 1) && gap(a.last + 2) == " " &&
           gap(b.first) == " " && tokens[a.last + 2].stop && tokens[a.last + 2].norm == tokens[a.first - 1].norm;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t k = 0; k < found.size(); ++k) {
      if (!found[k].guessed) continue;
      const Found* neighbour = nullptr;
      if (k > 0 && !found[k - 1].guessed && listed_together(found[k - 1], found[k])) neighbour = &found[k - 1];
      if (!neighbour && k + 1 < found.size() && !found[k + 1].guessed && listed_together(found[k], found[k + 1])) {
        neighbour = &found[k + 1];
      }
      if (!neighbour || (neighbour->opening && !neighbour->mention.known)) continue;
      // A name of several words after a place and a comma, where no list
      // goes on after it, is mostly somebody in apposition: "Kryetari i
      // Prizrenit, Shaqir Totaj", "Kandidati për kryetar të Prishtinës, Uran
      // Ismaili" ("a Bologna, Porretta Terme e Vergato" goes on: a list).
      // Not in Romanian, whose lists hold places of two words ("Satu Mare"):
      // RONEC dev places 0.759 → 0.754 with it.
      const bool list_goes_on = k + 1 < found.size() && listed_together(found[k], found[k + 1]);
      if (language != Language::Romanian && k > 0 && neighbour == &found[k - 1] && !list_goes_on &&
          neighbour->mention.type == EntityType::Place && found[k].last > found[k].first &&
          neighbour->last + 1 == found[k].first)
        continue;
      found[k].mention.type = neighbour->mention.type;
      found[k].guessed = false;
      changed = true;
    }
  }

  // 5. A single word of a person named in full resolves to that person: the
  // nearest full mention before it, else the first after it. So does a
  // one-word place that is that person's surname ("Whitney Houston" … "Houston"),
  // and a known person's surname when the article names somebody else of
  // that surname in full and never the known person ("Dimal Basha" …
  // "Bashës" is not Lulzim Basha). That also takes a family member for the
  // known person ("Melania Trump" … "Trump"): bench/README-entities.md counts both.
  std::vector<const Found*> full_people;
  std::unordered_set<std::string> named_in_full;
  for (const Found& item : found) {
    if (item.mention.type == EntityType::Person && item.last > item.first) {
      full_people.push_back(&item);
      named_in_full.insert(item.mention.id);
    }
  }
  std::sort(full_people.begin(), full_people.end(), [](const Found* a, const Found* b) { return a->first < b->first; });
  std::vector<Found> resolved;
  for (Found& item : found) {
    // A place word or preposition keeps a place a place: "la Houston".
    const bool place_cue = item.single_place && cue_before(Cue::PlaceBefore, item.first);
    const bool other_surname = item.surname_only && !named_in_full.count(item.mention.id);
    if (item.single_unknown || (item.single_place && !place_cue) || other_surname) {
      const std::string& word = tokens[item.first].norm;
      const bool surname_needed = item.single_place || item.surname_only;
      const Found* best = nullptr;
      for (const Found* person : full_people) {
        const std::string& person_surname = tokens[person->last].norm;
        const bool surname = item.surname_only ? analysis::share_name_root(language, word, person_surname)
                                               : analysis::is_name_form(language, word, person_surname);
        if (!surname && (surname_needed || !analysis::is_name_form(language, word, tokens[person->first].norm))) {
          continue;
        }
        // A slogan in capitals before a surname ("MUE Dragnea") names nobody.
        if (item.surname_only && shapes[person->first].all_capitals) continue;
        if (person->first > item.first && best) break;
        best = person;
        if (person->first > item.first) break;
      }
      if (best && best->first != item.first) {
        item.mention.id = best->mention.id;
        item.mention.type = EntityType::Person;
        item.mention.known = best->mention.known;
        item.mention.name = best->mention.name;
        resolved.push_back(item);  // a copy: full_people points into `found`
        continue;
      }
      // One capitalised word opening a sentence, with no support: an ordinary word.
      if (item.opening) continue;
    }
    resolved.push_back(item);
  }

  // 6. Romanian spans follow RONEC, the Romanian reference annotation, as
  // Italian and Romanian street names follow KIND and RONEC: a person's
  // span takes a capitalised title before the name ("Președintele Traian
  // Băsescu", "Doamna dr. Eugenia Dumitrescu") and a role in apposition
  // after it ("Ion Mihalache, ministru", "Dăncilă premier"); a body's span
  // takes its acronym in brackets ("Curtea Europeană a Drepturilor Omului
  // (CEDO)"), which is then no mention of its own. Ids and names stay the
  // name's (bench/README-entities.md measures it).
  if (language == Language::Romanian) {
    // Widens a mention to start at token `first` and end at `byte_end` (code point `end`).
    auto widen = [&](Found& item, std::size_t first, std::size_t byte_end, std::size_t end) {
      item.mention.text = std::string(text.substr(tokens[first].byte_start, byte_end - tokens[first].byte_start));
      item.mention.start = tokens[first].start;
      item.mention.end = end;
      item.first = first;
    };
    auto is_role = [&](std::size_t k) { return !shapes[k].skipped && in(kRomanianRoles, tokens[k].norm); };
    auto is_title = [&](std::size_t k) { return !shapes[k].skipped && title(k) && !given(k); };
    std::vector<bool> dropped(resolved.size(), false);
    for (std::size_t r = 0; r < resolved.size(); ++r) {
      Found& item = resolved[r];
      const std::size_t next = item.last + 1;
      const bool taken = r + 1 < resolved.size() && resolved[r + 1].first == next;  // the next word is a name
      if (item.mention.type == EntityType::Person) {
        if (next < n && !taken && is_role(next) && (gap(next) == ", " || gap(next) == " ") &&
            (shapes[next].lower || shapes[next].capitalised)) {
          widen(item, item.first, tokens[next].byte_end, tokens[next].end);
          item.last = next;
        }
        // A capitalised title, perhaps with an abbreviated one after it ("Doamna dr.").
        std::size_t before = item.first;
        if (before >= 2 && gap(before) == ". " && shapes[before - 1].lower &&
            in(kAbbreviations, tokens[before - 1].norm) && gap(before - 1) == " ")
          --before;
        if (before >= 1 && gap(before) == " " && shapes[before - 1].capitalised && is_title(before - 1) &&
            (r == 0 || resolved[r - 1].last < before - 1))
          widen(item, before - 1, tokens[item.first].byte_start + item.mention.text.size(), item.mention.end);
      } else if (item.mention.type == EntityType::Organisation && r + 1 < resolved.size()) {
        // "… Omului (CEDO)": the acronym right after, alone in brackets, of
        // a body too. A place's ("Departamentul de Stat (SUA)") stays a
        // mention of its own: the article names that place.
        Found& acronym = resolved[r + 1];
        if (acronym.first == next && acronym.last == next && gap(next) == " (" && shapes[next].all_capitals &&
            acronym.mention.type == EntityType::Organisation && text.substr(tokens[next].byte_end).starts_with(')')) {
          if (!item.mention.known && acronym.mention.known) {
            item.mention.id = acronym.mention.id;
            item.mention.known = true;
            item.mention.name = acronym.mention.name;
          }
          widen(item, item.first, tokens[next].byte_end + 1, tokens[next].end + 1);
          item.last = next;
          dropped[r + 1] = true;
        }
      }
    }
    std::vector<Found> kept;
    for (std::size_t r = 0; r < resolved.size(); ++r)
      if (!dropped[r]) kept.push_back(std::move(resolved[r]));
    resolved = std::move(kept);
  }

  std::vector<EntityMention> mentions;
  for (Found& item : resolved) {
    // "/Telegrafi/", "… /Gazeta Express" at the end: the site's credit line
    // under its own articles, not a mention (it made the site the top actor
    // of whole sources). "(REL/BBC)" names a source and stays.
    const std::size_t before = item.first > 0 ? tokens[item.first - 1].byte_end : 0;
    const std::string_view opening = text.substr(before, tokens[item.first].byte_start - before);
    std::string_view closing = text.substr(tokens[item.last].byte_end);
    closing.remove_prefix(std::min(closing.size(), closing.find_first_not_of(" \t\r\n")));
    // The slash stands apart ("… vlefshme. /Telegrafi/"), not between words ("Washington/Mosca/Pechino").
    const bool apart = opening.size() >= 2 ? std::isspace(static_cast<unsigned char>(opening[opening.size() - 2]))
                                           : tokens[item.first].byte_start == opening.size();
    if (opening.ends_with('/') && apart && (closing.empty() || closing.starts_with('/'))) continue;
    if (item.mention.known) item.mention.name.clear();
    mentions.push_back(std::move(item.mention));
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
  return mentions;
}

}  // namespace kronika::entities
