#include "analysis/stopwords.h"

#include <string>
#include <unordered_set>

#include "analysis/normalizer.h"

namespace kronika::analysis {

namespace {

// Written with diacritics for readability; normalised once at start-up.
constexpr const char* kAlbanian[] = {
    "a",          "ai",     "ajo",    "ata",   "ato",  "apo",  "as",    "asaj",  "atij",  "atë",  "atyre", "bë",
    "dhe",        "do",     "deri",   "e",     "edhe", "i",    "iu",    "im",    "ime",   "ini",  "janë",  "jam",
    "je",         "jemi",   "jeni",   "jo",    "ju",   "ka",   "kam",   "kanë",  "kemi",  "keni", "kësaj", "këtë",
    "këto",       "këtij",  "kjo",    "ky",    "kur",  "kush", "ku",    "kë",    "më",    "mbi",  "me",    "mes",
    "mu",         "na",     "ne",     "nga",   "ni",   "nuk",  "në",    "një",   "nëse",  "o",    "ose",   "pa",
    "pas",        "për",    "përse",  "pra",   "prej", "po",   "që",    "sa",    "se",    "si",   "sepse", "t",
    "ta",         "te",     "tek",    "të",    "tij",  "tonë", "tuaj",  "ty",    "u",     "unë",  "ua",    "ia",
    "ishte",      "ishin",  "është",  "qe",    "qenë", "cila", "cili",  "cilat", "cilët", "saj",  "tyre",  "tim",
    "yt",         "jonë",   "kundër", "midis", "ndaj", "nën",  "drejt", "gjatë", "tani",  "veç",  "vetëm", "madje",
    "megjithëse", "ndërsa", "kështu", "atje",  "këtu", "kaq",  "aq",    "mund",  "duhet"};

constexpr const char* kRomanian[] = {
    "a",      "acea",   "aceasta", "această", "aceea",   "acei",    "aceia",     "acel",    "acela",  "acele",  "acest",
    "acesta", "aceste", "acestea", "acestei", "acestor", "acestui", "ai",        "al",      "ale",    "alor",   "am",
    "ar",     "are",    "aș",      "au",      "avea",    "avem",    "aveți",     "ca",      "care",   "cât",    "câte",
    "către",  "ce",     "cel",     "cea",     "cei",     "cele",    "celor",     "celui",   "cu",     "când",   "că",
    "cum",    "da",     "dacă",    "dar",     "de",      "deci",    "deja",      "despre",  "din",    "dintre", "după",
    "e",      "ea",     "ei",      "el",      "ele",     "este",    "eu",        "fi",      "fie",    "fost",   "i",
    "ia",     "ie",     "îi",      "îl",      "îmi",     "în",      "împotriva", "înainte", "între",  "își",    "la",
    "le",     "li",     "lor",     "lui",     "mai",     "mă",      "ne",        "ni",      "nici",   "nu",     "o",
    "ori",    "pe",     "pentru",  "prin",    "sa",      "să",      "se",        "sau",     "spre",   "sub",    "sunt",
    "și",     "ți",     "te",      "tu",      "un",      "una",     "unei",      "unor",    "unui",   "unde",   "va",
    "vor",    "voi",    "vă",      "fără",    "foarte",  "iar",     "încă",      "astfel",  "totuși", "însă",   "până",
    "ceea",   "s",      "l",       "m",       "n"};

constexpr const char* kItalian[] = {
    "a",      "ad",    "agli",  "ai",    "al",     "alla",   "alle",   "allo",   "all",    "anche",  "che",    "chi",
    "ci",     "come",  "con",   "col",   "coi",    "contro", "cui",    "da",     "dagli",  "dai",    "dal",    "dall",
    "dalla",  "dalle", "dallo", "degli", "dei",    "del",    "dell",   "della",  "delle",  "dello",  "di",     "dove",
    "e",      "ed",    "è",     "era",   "erano",  "essere", "gli",    "ha",     "hanno",  "ho",     "i",      "il",
    "in",     "io",    "l",     "la",    "le",     "lei",    "lo",     "loro",   "lui",    "ma",     "mi",     "ne",
    "negli",  "nei",   "nel",   "nell",  "nella",  "nelle",  "nello",  "noi",    "non",    "o",      "per",    "perché",
    "però",   "più",   "quale", "quali", "quando", "quella", "quelle", "quelli", "quello", "questa", "queste", "questi",
    "questo", "se",    "si",    "sia",   "siamo",  "sono",   "sua",    "sue",    "sugli",  "sui",    "sul",    "sull",
    "sulla",  "sulle", "suo",   "suoi",  "tra",    "fra",    "tu",     "un",     "una",    "uno",    "vi",     "voi",
    "d",      "c",     "s",     "m",     "t",      "v",      "essa",   "esso",   "già",    "ancora", "mentre", "oppure",
    "cioè",   "dopo"};

using StopSet = std::unordered_set<std::string>;

template <std::size_t N>
StopSet normalised(const char* const (&words)[N]) {
  StopSet set;
  for (const char* word : words) set.insert(normalize_term(word));
  return set;
}

}  // namespace

bool is_stopword(Language language, std::string_view norm) {
  // Built once; function statics are initialised thread-safely.
  static const StopSet albanian = normalised(kAlbanian);
  static const StopSet romanian = normalised(kRomanian);
  static const StopSet italian = normalised(kItalian);
  const std::string key(norm);
  switch (language) {
    case Language::Albanian: return albanian.count(key) > 0;
    case Language::Romanian: return romanian.count(key) > 0;
    case Language::Italian: return italian.count(key) > 0;
    case Language::Undetermined: return false;
  }
  return false;
}

const std::unordered_set<std::string>& stopwords_of_every_language() {
  static const StopSet all = [] {
    StopSet set = normalised(kAlbanian);
    set.merge(normalised(kRomanian));
    set.merge(normalised(kItalian));
    return set;
  }();
  return all;
}

}  // namespace kronika::analysis
