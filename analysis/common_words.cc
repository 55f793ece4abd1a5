#include "analysis/common_words.h"

#include <string>
#include <unordered_set>

#include "analysis/normalizer.h"
#include "analysis/stopwords.h"

namespace kronika::analysis {

namespace {

// Frequent words of general news language that are not stop words (a query
// still searches for them): numbers, auxiliary and reporting verbs, adverbs
// of time and degree, quantifiers, and the nouns of fixed prepositional
// phrases (all'interno, in caso di, în cadrul, în urma, në fund). Picked by
// hand from the languages' general vocabulary (a count of document
// frequencies over the real news showed which kinds of word are frequent),
// and deliberately free of topic words (no "police", "theft", no places): every adjacent pair of
// these in an article becomes a term, so the list stays general and short.
// On the real news it made the compacted database 2 % larger
// (bench/README-speed.md, "Phrases of frequent words").
constexpr const char* kItalian[] = {
    "due",     "tre",         "quattro", "cinque",  "dieci",  "cento",  "mille",   "primo",   "prima",   "secondo",
    "seconda", "stato",       "stata",   "stati",   "state",  "aveva",  "avevano", "avere",   "aver",    "fatto",
    "fare",    "fa",          "può",     "possono", "deve",   "devono", "sta",     "stava",   "stanno",  "detto",
    "dice",    "poi",         "così",    "ieri",    "oggi",   "domani", "solo",    "sempre",  "subito",  "proprio",
    "invece",  "circa",       "molto",   "molti",   "molte",  "quindi", "ora",     "qui",     "ormai",   "infatti",
    "appena",  "soprattutto", "tanto",   "quanto",  "poco",   "pochi",  "meno",    "mai",     "bene",    "insieme",
    "dunque",  "tutto",       "tutti",   "tutte",   "tutta",  "altro",  "altri",   "altra",   "altre",   "alcuni",
    "alcune",  "ogni",        "qualche", "stesso",  "stessa", "quel",   "quei",    "ciò",     "nessuno", "su",
    "oltre",   "senza",       "durante", "verso",   "presso", "sotto",  "davanti", "fino",    "dentro",  "fuori",
    "dietro",  "interno",     "fronte",  "parte",   "caso",   "modo",   "base",    "seguito", "corso",   "volta",
    "volte",   "tempo",       "anni",    "anno",    "giorni", "giorno", "mese",    "mesi",    "ore",     "fine",
    "momento"};

constexpr const char* kRomanian[] = {
    "doi",     "două",     "trei",     "patru",  "cinci",  "zece", "primul",  "prima",    "declarat", "spus",
    "avut",    "poate",    "pot",      "putea",  "făcut",  "face", "trebuie", "fiind",    "era",      "spune",
    "arată",   "există",   "ajuns",    "dat",    "doar",   "mult", "multe",   "mulți",    "multă",    "acum",
    "chiar",   "bine",     "atunci",   "aici",   "astăzi", "azi",  "ieri",    "mâine",    "aproape",  "tot",
    "toate",   "toți",     "toată",    "apoi",   "atât",   "așa",  "mereu",   "decât",    "potrivit", "peste",
    "privind", "asupra",   "inclusiv", "precum", "față",   "urma", "cadrul",  "asemenea", "timp",     "timpul",
    "parte",   "partea",   "loc",      "fel",    "cauza",  "ani",  "anul",    "an",       "luni",     "zile",
    "zi",      "perioada", "alte",     "alta",   "alt",    "altă", "fiecare", "câteva",   "câțiva",   "unul",
    "nimic",   "ceva"};

constexpr const char* kAlbanian[] = {
    "dy",         "tre",        "katër", "pesë",   "dhjetë", "parë",   "dytë",   "duke",   "tha",
    "kishte",     "bërë",       "thënë", "marrë",  "thotë",  "bën",    "shumë",  "pak",    "mirë",
    "gjithashtu", "megjithatë", "rreth", "sot",    "dje",    "nesër",  "ende",   "akoma",  "tashmë",
    "atëherë",    "pastaj",     "sipas", "pasi",   "para",   "përmes", "brenda", "jashtë", "përballë",
    "lidhje",     "fund",       "kohë",  "vit",    "vitin",  "vjet",   "ditë",   "herë",   "disa",
    "gjithë",     "gjitha",     "çdo",   "tjetër", "tjera",  "tjetra", "asgjë",  "diçka",  "secili"};

using WordSet = std::unordered_set<std::string>;

template <std::size_t N>
void add_normalised(WordSet& set, const char* const (&words)[N]) {
  for (const char* word : words) set.insert(normalize_term(word));
}

}  // namespace

bool is_common_word(std::string_view norm) {
  // Built once (function statics are initialised thread-safely), as one set:
  // the indexer asks about every word of every article.
  static const WordSet common = [] {
    WordSet set = stopwords_of_every_language();
    add_normalised(set, kItalian);
    add_normalised(set, kRomanian);
    add_normalised(set, kAlbanian);
    return set;
  }();
  return common.count(std::string(norm)) > 0;
}

}  // namespace kronika::analysis
