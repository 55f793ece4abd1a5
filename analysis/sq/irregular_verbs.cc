#include "analysis/sq/irregular_verbs.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace kronika::analysis {
namespace {

struct Verb {
  std::string_view stem;
  // Folded forms: present, imperfect, aorist, participle, mediopassive, and
  // the Gheg forms (participles in -un or without -r: ardhun, pasun, ba, pa;
  // âsht → esht). Left out on purpose, because they are also frequent other
  // words once ë is folded: që/qe (that), do (future particle), le (let),
  // re (new, cloud), pe (thread), ze (voice), jetë (life), këtë (this),
  // kishë (church), parë (first; money), pate (kam and shoh), patë (goose),
  // qetë (calm), thatë (dry), fole (nest),
  // shef (boss), dita, ditën and dija (day, knowledge), vija and vini (vij
  // and vë; vinte goes to the far more frequent vij), vete (self), pija (drink), qesh- (laugh), and duhet (must),
  // which is a verb of its own.
  // Kosovo and other north-eastern Gheg speech (fourth version, from the
  // grammar): the nasal â before n/m is o there (kom, jom = kam, jam; bon,
  // boj = bën, bëj; lon = lënë), ue is u (du = dua), a final -ë falls (thash,
  // dhan, vijm, rrin, mbajn, erdh, ardh; kish = kishte), "o" is është and
  // "ki" is ke; Gheg mujt is the participle of mund. Left out: jon and jan (janë; also the
  // names Jon, Jan and jon, ion), ish (ishte; also the frequent ish, former),
  // than and lan (thanë, lanë; also than, dries, and lan, washes), pam, pan,
  // ram, pas (pamë, panë, ramë, pasë: a name, a prefix, RAM, after), din
  // (dinë; din, faith), bahet (bëhet; STAF train lemmatises it as baj, and it
  // cost its F1). Also in the fourth version, from the grammar's irregular
  // verbs: the e/o ablaut verbs vjedh, zgjedh, ndjek, nxjerr, mbjell, pjek,
  // qes (Gheg qit), and ngre, zë, fle, njoh; not zgjidh- (zgjidh, solve),
  // pjekur (ripe), njohur (known), ngrenë (ngrënë, eaten, stays with ha).
  std::vector<std::string_view> forms;
};

// Written from the grammar (principal parts of the irregular verbs), not
// from any treebank.
const std::array<Verb, 41> kVerbs = {{
    {"jam",
     {"jam",   "je",    "eshte", "esht", "asht", "osht", "jemi",  "jeni",   "jane", "jena", "isha", "ishe", "ishte",
      "ishim", "ishit", "ishin", "qeme", "qene", "kene", "qenka", "qenkan", "jom",  "o",    "jem",  "jesh", "jene"}},
    {"kam", {"kam",    "ke",     "ka",     "kemi",   "keni", "kane",  "kan",   "kena",  "kisha",
             "kishte", "kishim", "kishit", "kishin", "pati", "patem", "patet", "paten", "pasur",
             "pasun",  "paske",  "paska",  "paskan", "kom",  "ki",    "kish",  "kem",   "kesh"}},
    {"bej",
     {"bej",  "ben",  "bejme", "beni",  "bejne", "beja",  "beje",  "bente",  "benim", "benit", "benin", "bera", "bere",
      "beri", "beme", "bete",  "bene",  "behet", "behen", "behej", "behesh", "ba",    "bo",    "boj",   "bon",  "bojm",
      "bojn", "boni", "bonte", "bojke", "bona",  "bone",  "bohet", "bohen",  "bohej", "bana",  "bani"}},
    {"them", {"them",    "thua",   "thote", "themi", "thoni",  "thone",  "thosha",  "thoshe",   "thoshte", "thoshim",
              "thoshin", "thashe", "tha",   "thame", "thane",  "thene",  "thuhet",  "thuhej",   "thuash",  "thom",
              "thue",    "thon",   "thash", "tham",  "thojke", "thojsh", "thojsha", "thojshim", "thojshin"}},
    {"shoh",
     {"shoh", "sheh", "shohim", "shihni", "shohin", "shihja", "shihte", "shihnin", "pashe", "pa", "pame", "pane",
      "shih", "shihet", "shihen", "shof", "pash"}},
    {"vij", {"vij",    "vjen",   "vijme",  "vijne", "vinte", "vinin", "erdha", "erdhe", "erdhi", "erdhem", "erdhet",
             "erdhen", "ardhur", "ardhun", "ardhe", "eja",   "ejani", "vijm",  "vijn",  "erdh",  "ardh"}},
    {"bie", {"bie", "bien", "binte", "binin", "bjere", "rashe", "ra", "rame", "rate", "rane", "rene", "rash", "ran"}},
    {"marr", {"marr", "merr",  "marrim", "merrni", "marrin", "merrja", "merrte", "merrnin", "mora",   "more",
              "mori", "morem", "moret",  "moren",  "marre",  "marrun", "merret", "merren",  "merrej", "muer"}},
    {"jap", {"jap",   "jep",   "japim", "jepni", "japin", "jepja", "jepte", "jepnin", "dhashe", "dha",  "dhame",
             "dhate", "dhane", "dhene", "jepet", "jepen", "jepej", "dhash", "dham",   "dhan",   "dhone"}},
    {"dal",
     {"dal", "del", "dalim", "dilni", "dalin", "dilja", "dilte", "dilnin", "dola", "dole", "doli", "dolem", "dolet",
      "dolen", "dale", "dalun", "dil", "dul"}},
    {"dua", {"dua",   "duam",  "doni",  "duan",   "doja",   "doje",   "donte",  "donim",  "donin",
             "desha", "deshe", "deshi", "deshem", "deshen", "dashur", "dashun", "dashte", "dashtun",
             "du",    "due",   "duem",  "duen",   "deshta", "deshti", "dasht"}},
    {"di", {"di", "dime", "dini", "dine", "dinte", "dinin", "diti", "ditur", "ditun", "dihet"}},
    {"ha",
     {"ha", "hame", "hani", "hane", "haja", "hante", "hengra", "hengri", "hengrem", "hengren", "ngrene", "ngrane",
      "hahet", "hangra", "hangri", "hangren"}},
    {"pi", {"pi", "pime", "pini", "pine", "pinte", "pinin", "piva", "pive", "piu", "pire", "pihet"}},
    {"le", {"la", "lashe", "lame", "lane", "lene", "lini", "linte", "lihet", "lihen", "lash", "lon"}},
    {"rri",
     {"rri", "rrime", "rrini", "rrine", "rrija", "rrinte", "ndenja", "ndenje", "ndenji", "ndenjem", "ndenjen",
      "ndenjur", "ndejt", "ndejti", "ndejten", "ndejtur", "ndejtun", "ndejta", "rrin"}},
    {"flas",
     {"flas", "flet", "flasim", "flisni", "flasin", "flisja", "fliste", "flisnin", "fola", "foli", "folem", "folen",
      "folur", "folun", "flitet", "fliten", "flitej", "fol"}},
    {"vdes",
     {"vdes", "vdesim", "vdisni", "vdesin", "vdiste", "vdisnin", "vdiq", "vdiqa", "vdiqe", "vdiqem", "vdiqen", "vdekur",
      "vdekun", "vdek", "vdeke"}},
    {"mbaj", {"mbaj",    "mban",    "mbajme",  "mbani",   "mbajne", "mbaja",  "mbante", "mbanin", "mbajta", "mbajti",
              "mbajtem", "mbajten", "mbajtur", "mbajtun", "mbahet", "mbahen", "mbahej", "mbajt",  "mbajte", "mbajn"}},
    {"ve", {"vura", "vure", "vuri", "vume", "vute", "vune", "vihet", "vihen", "vu", "vuna", "vuni"}},
    {"sjell",
     {"sjell", "sjellim", "sillni", "sjellin", "sillte", "sillnin", "solla", "solle", "solli", "sollem", "sollen",
      "sjelle", "sjellun"}},
    {"heq",
     {"heq", "heqim", "hiqni", "heqin", "hiqte", "hiqnin", "hoqa", "hoqe", "hoqi", "hoqem", "hoqen", "hequr", "hequn",
      "hiqet", "hiqen", "hiqej"}},
    {"pres",
     {"pres", "presim", "prisni", "presin", "priste", "prisnin", "prita", "prite", "priti", "pritem", "priten",
      "pritur", "pritun", "pritet", "pritej", "prit"}},
    {"vajt", {"vajta", "vajte", "vajti", "vajtem", "vajten", "vajtur", "vajtun"}},
    {"hyj", {"hyj", "hyn", "hyjme", "hyni", "hyjne", "hyja", "hynte", "hyra", "hyre", "hyri", "hyme", "hyne", "hyjn"}},
    {"vras",
     {"vras", "vret", "vrasim", "vrisni", "vrasin", "vriste", "vrisnin", "vrava", "vrau", "vrame", "vrane", "vrare",
      "vritet", "vriten", "vritej"}},
    {"shes",
     {"shes", "shet", "shesim", "shitni", "shesin", "shiste", "shisnin", "shita", "shiti", "shitem", "shiten", "shitur",
      "shitet", "shitej"}},
    {"mbledh",
     {"mbledh", "mbledhim", "mblidhni", "mbledhin", "mblidhte", "mblodha", "mblodhi", "mblodhem", "mblodhen",
      "mbledhur", "mbledhun", "mblidhet", "mblidhen", "mblidhej"}},
    {"mund", {"mujt", "mujte", "mujta", "mujti", "mujtem", "mujten", "mujtun"}},
    {"vjedh",
     {"vjedh", "vjedhim", "vidhni", "vjedhin", "vidhja", "vidhte", "vidhnin", "vodha", "vodhe", "vodhi", "vodhem",
      "vodhen", "vjedhur", "vjedhun", "vidhet", "vidhen", "vidhej"}},
    {"zgjedh",
     {"zgjedh", "zgjedhim", "zgjedhin", "zgjodha", "zgjodhe", "zgjodhi", "zgjodhem", "zgjodhen", "zgjedhur",
      "zgjedhun"}},
    {"ndjek",
     {"ndjek", "ndjekim", "ndiqni", "ndjekin", "ndiqja", "ndiqte", "ndiqnin", "ndoqa", "ndoqe", "ndoqi", "ndoqem",
      "ndoqen", "ndjekur", "ndjekun", "ndiqet", "ndiqen", "ndiqej"}},
    {"nxjerr",
     {"nxjerr", "nxjerrim", "nxirrni", "nxjerrin", "nxirrja", "nxirrte", "nxirrnin", "nxora", "nxore", "nxori",
      "nxorem", "nxoren", "nxjerre", "nxjerrun", "nxirret", "nxirren", "nxirrej"}},
    {"mbjell",
     {"mbjell", "mbjellim", "mbillni", "mbjellin", "mbillte", "mbolla", "mbolli", "mbollem", "mbollen", "mbjelle",
      "mbjellun", "mbillet", "mbillen"}},
    {"pjek", {"pjek", "pjekim", "piqni", "pjekin", "piqte", "poqa", "poqi", "poqen", "piqet", "piqen"}},
    {"qes",
     {"qes", "qesim", "qitni", "qesin", "qiste", "qita", "qite", "qiti", "qitem", "qiten", "qitur", "qitun", "qitet",
      "qitej"}},
    {"ngre",
     {"ngre", "ngreme", "ngrini", "ngrija", "ngrinte", "ngrita", "ngrite", "ngriti", "ngritem", "ngriten", "ngritur",
      "ngritun", "ngrihet", "ngrihen", "ngrihej", "ngrihem"}},
    {"ze", {"zura", "zure", "zuri", "zume", "zune", "zene", "zihet", "zihen", "zuna", "zuni"}},
    {"fle",
     {"fle", "fleme", "flini", "flene", "flinte", "flinin", "fjeta", "fjete", "fjeti", "fjetem", "fjeten", "fjetur",
      "fjetun", "flen"}},
    {"njoh",
     {"njoh", "njeh", "njohim", "njihni", "njohin", "njihja", "njihte", "njihnin", "njoha", "njohe", "njohu", "njohem",
      "njohen", "njihet", "njihen", "njihej", "njof"}},
    {"djeg",
     {"djeg", "djegim", "digjni", "djegin", "digjte", "dogja", "dogji", "dogjem", "dogjen", "djegur", "djegun",
      "digjet", "digjen", "digjej"}},
}};

// Every (form, stem) pair, sorted by form for binary search. Built once;
// the static is initialised thread-safely and never written afterwards.
const std::vector<std::pair<std::string_view, std::string_view>>& form_index() {
  static const auto index = [] {
    std::vector<std::pair<std::string_view, std::string_view>> v;
    for (const Verb& verb : kVerbs)
      for (std::string_view form : verb.forms) v.emplace_back(form, verb.stem);
    std::sort(v.begin(), v.end());
    return v;
  }();
  return index;
}

}  // namespace

std::optional<std::string_view> irregular_verb_stem(std::string_view folded) {
  // Most words of a text are longer than any listed form: skip the search.
  static const std::size_t longest = [] {
    std::size_t n = 0;
    for (const auto& entry : form_index()) n = std::max(n, entry.first.size());
    return n;
  }();
  if (folded.size() > longest) return std::nullopt;
  const auto& index = form_index();
  auto it = std::lower_bound(index.begin(), index.end(), folded,
                             [](const auto& entry, std::string_view key) { return entry.first < key; });
  if (it == index.end() || it->first != folded) return std::nullopt;
  return it->second;
}

}  // namespace kronika::analysis
