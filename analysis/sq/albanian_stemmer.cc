// Kronika's Albanian stemmer. Our own design (no Snowball/Xapian stemmer for
// Albanian exists); the ordering and limits were tuned on UD Albanian STAF
// train+dev with bench/stemmer_conflation (see bench/README-stemming.md).
//
// It is an inflectional stemmer: it joins the forms of one word (vizitë,
// vizitën, vizitave; vizitoj, vizitoi, vizituar) but keeps derivations apart
// (the noun vizitë, the verb vizitoj and the noun furnizim from furnizoj are
// three stems). Joining nouns to their verbs was measured: it cost 0.13 of
// precision and 0.04 of F1 on STAF train+dev against UD lemmas.
//
// Shape of an Albanian word form, right to left:
//   stem [+ plural vowel (-e, -a, -ë)]
//        [+ definite article / case (-i, -in, -it, -u, -ut, -a, -ën, -ës,
//           -së, -në, -t, -ve, -sh)]
//   or a verb stem + one person/tense ending (-oj, -on, -ova, -oi, -uar, -het…).
// We first fold ë→e and ç→c: users type without them, and all suffix checks
// below then work on plain ASCII bytes. Then, in ordered passes:
//   1. a verb ending at the very end of the word; verbs of the large -oj
//      class (punoj, punon, punoi, punuar, punohet) keep a final "o" (puno),
//      so that they do not meet the noun (punë → pun); or else
//   2. one noun/adjective case-or-article ending,
//   3. one final vowel (the plural/indefinite -e/-ë/-a, the feminine -i, -u),
//   4. the adverb suffix -isht (zyrtarisht → zyrtar), now bare of endings.
// Every strip must leave a stem of at least kMinStem code points that still
// contains a vowel, the Snowball idea of a "region": without it short words
// ("mal", "vend", "shtet") get cut to nothing and unrelated words collide.
// The whole thing is pure functions over std::string_view: no shared mutable
// state, so one instance may be used from many threads.
#include "analysis/sq/albanian_stemmer.h"

#include "analysis/sq/irregular_verbs.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace kronika::analysis {
namespace {

// Smallest stem we leave behind, in code points. Three keeps "mal", "kim",
// "rus", "arm" and refuses to go down to two letters, where Albanian has far
// too many unrelated words.
constexpr size_t kMinStem = 3;

// ë (C3 AB) → e, ç (C3 A7) → c; the capitals too, and a decomposed
// e/c + combining diaeresis/cedilla, in case a caller skipped NFC. Folding
// only shrinks the string, so the output is never longer than the input.
// Gheg writes its nasal vowels with a circumflex; â is where the standard
// language has ë (nânë/nënë, kâmbë/këmbë, bâj/bëj), so it folds to e like ë,
// and ê î ô û lose the mark. Standard Albanian has no circumflex letters,
// so this costs standard text nothing.
std::string fold(std::string_view w) {
  // Fast path: no byte needs folding (plain ASCII and most other words).
  size_t first = 0;
  while (first < w.size() && static_cast<unsigned char>(w[first]) != 0xC3 &&
         static_cast<unsigned char>(w[first]) != 0xCC)
    ++first;
  std::string out(w.substr(0, first));
  if (first == w.size()) return out;
  for (size_t i = first; i < w.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (c == 0xC3 && i + 1 < w.size()) {
      const unsigned char d = static_cast<unsigned char>(w[i + 1]);
      // ë Ë, and Gheg â Â ê Ê
      if (d == 0xAB || d == 0x8B || d == 0xA2 || d == 0x82 || d == 0xAA || d == 0x8A) {
        out += 'e';
        ++i;
        continue;
      }
      if (d == 0xA7 || d == 0x87) {
        out += 'c';
        ++i;
        continue;
      }
      if (d == 0xAE || d == 0x8E || d == 0xB4 || d == 0x94 || d == 0xBB || d == 0x9B) {  // î Î ô Ô û Û
        out += d == 0xAE || d == 0x8E ? 'i' : d == 0xB4 || d == 0x94 ? 'o' : 'u';
        ++i;
        continue;
      }
    }
    if (c == 0xCC && i + 1 < w.size() && !out.empty()) {
      const unsigned char d = static_cast<unsigned char>(w[i + 1]);
      // U+0308 combining diaeresis after e, U+0327 combining cedilla after c.
      if ((d == 0x88 && (out.back() == 'e' || out.back() == 'E')) ||
          (d == 0xA7 && (out.back() == 'c' || out.back() == 'C'))) {
        ++i;
        continue;
      }
    }
    out += static_cast<char>(c);
  }
  return out;
}

size_t cp_len(std::string_view s) {
  size_t n = 0;
  for (char ch : s)
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
  return n;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool has_vowel(std::string_view s) {
  for (char c : s)
    if (is_vowel(c)) return true;
  return false;
}

// Byte comparison from the end: most calls fail on the last byte.
inline bool ends_with(std::string_view s, std::string_view suf) {
  if (s.size() < suf.size()) return false;
  const char* p = s.data() + s.size();
  for (size_t i = suf.size(); i > 0; --i)
    if (*--p != suf[i - 1]) return false;
  return true;
}

// May `suf` be cut from `s`? The stem left must keep kMinStem code points and
// a vowel.
inline bool can_strip(std::string_view s, std::string_view suf, size_t min_stem = kMinStem) {
  if (!ends_with(s, suf)) return false;
  std::string_view stem = s.substr(0, s.size() - suf.size());
  return cp_len(stem) >= min_stem && has_vowel(stem);
}

// Tries the suffixes in order (each table lists longer endings before the
// shorter endings they contain, so the first hit is the longest match) and cuts
// the first one allowed. Returns true if something was cut.
template <size_t N>
bool strip_first(std::string_view& s, const std::string_view (&sufs)[N], size_t min_stem = kMinStem) {
  for (std::string_view suf : sufs) {
    if (can_strip(s, suf, min_stem)) {
      s.remove_suffix(suf.size());
      return true;
    }
  }
  return false;
}

// Words whose bare form merely looks inflected; returned as folded. Foreign
// names and common (news) loanwords that end in what would be a definite or
// case ending (-in, -en, -et, -at, -es, -ut). Their inflected forms (Putinit,
// rezultatet, procesin) reach the same stem through the ordinary rules, so
// only the bare form needs protecting. Without this list the bare form loses
// two letters (Putin → put) and no longer meets Putini/Putinit.
constexpr std::string_view kProtected[] = {
    // names
    "putin",
    "berlin",
    "kremlin",
    "stalin",
    "lenin",
    "pekin",
    "biden",
    "jemen",
    "tibet",
    "bejrut",
    "dublin",
    "tallin",
    "senat",
    // loanwords in -at/-et/-it/-ut/-es/-en
    "kandidat",
    "rezultat",
    "mandat",
    "diplomat",
    "avokat",
    "demokrat",
    "format",
    "qytet",
    "buxhet",
    "komitet",
    "sekret",
    "planet",
    "kabinet",
    "institut",
    "minut",
    "kredit",
    "deficit",
    "profit",
    "limit",
    "proces",
    "kongres",
    "interes",
    "sukses",
    "progres",
    "stres",
};

// Masculine loanwords in -itet (universitet, autoritet, identitet): the -et is
// part of the stem. Short words in -itet are mostly mediopassive verbs (pritet).
bool is_itet_noun(std::string_view s) {
  return ends_with(s, "itet") && cp_len(s) >= 8;
}

// Feminine nouns in -inë (Ukrainë, makinë): "…ine" is their indefinite form,
// not the accusative -në of a feminine -i noun (Rusinë = Rusi + në). Listed by
// the stem before -inë.
constexpr std::string_view kInaNouns[] = {
    "ukra", "mak",    "benz",   "discipl", "doktr", "kuzh", "vitam", "rut",
    "vaks", "karant", "palest", "argjent", "kab",   "turb", "mar",   "vitr",
};

bool is_ina_noun(std::string_view s) {  // s ends in "ine"
  std::string_view stem = s.substr(0, s.size() - 3);
  for (std::string_view n : kInaNouns)
    if (stem == n) return true;
  return false;
}

// 1. Verb endings, tried only at the very end of the word. Present, imperfect,
// aorist, subjunctive and participle of the large -oj class (punoj), the -uaj
// class (shkruaj), mediopassive -hem/-het/-hej/-hesha, participle -uar.
// Gheg has -ue where the standard language has -ua/-uar: the participle and
// infinitive (me punue = punuar), the mediopassive aorist (u rrëzue) and the
// aorist plural -uem/-uen (punuem, punuen = punuam, punuan).
// Gheg drops the final -ë of the present plural (punojm, punojn, shkruajm)
// and makes the imperfect of the -oj class with -ojsh- (punojshin =
// punonin, shkojshim = shkonim).
// Not here: the participle -ur (hapur, lindur), which UD lemmatises as an
// adjective, so it is kept whole; and the 1st plural -im (hapim), which would
// cut the many nouns in -im (furnizim).
constexpr std::string_view kVerb[] = {
    "ojshin", "ojshim", "ojshit", "ojsha", "ojshe", "uajm", "uajn", "ojm",   "ojn",  "heshim", "heshit",
    "heshin", "hesha",  "heshe",  "hemi",  "heni",  "hesh", "hem",  "het",   "hen",  "hej",    "uajme",
    "uajne",  "ojme",   "ojne",   "onte",  "onim",  "onit", "onin", "eshim", "esha", "eshe",   "jme",
    "jne",    "uaj",    "oja",    "oje",   "oni",   "ova",  "ove",  "osh",   "uam",  "uat",    "uan",
    "uar",    "uem",    "uen",    "oj",    "oi",    "on",   "ej",   "ua",    "ue",   "o",
};

// Cuts one verb ending. Sets `o_class` when the ending is one of the -oj
// class (punoj, punuar, punohet), whose stem then keeps an "o".
bool strip_verb(std::string_view& s, bool& o_class) {
  const char last = s.back();
  for (std::string_view suf : kVerb) {
    if (suf.back() != last) continue;
    // The -oj class gets its "o" back, so its stem may be all consonants
    // (shk-oj, shk-onte → shko).
    const bool keeps_o = (suf[0] == 'o' || suf[0] == 'u') && ends_with(s, suf) && cp_len(s) - cp_len(suf) >= kMinStem;
    if (!keeps_o && !can_strip(s, suf)) continue;
    std::string_view stem = s.substr(0, s.size() - suf.size());
    if (suf.substr(0, 2) == "on") {
      // Nouns in -ion (sanksion, milion, stacion: sanksionit is sanksion + it,
      // not a verb in -onit) and English place names in -ngton are not verbs.
      if (ends_with(stem, "i") || ends_with(stem, "ngt")) continue;
    }
    // The imperative -o follows a consonant.
    if (suf == "o" && is_vowel(stem.back())) continue;
    // Mediopassive -hem/-het/…: the h follows the stem vowel (punohet, ndihet);
    // after a consonant it is part of a digraph (ndodhet = ndodh + et). For the
    // -oj class the o goes too (punohet → pun, like punoj).
    if (suf[0] == 'h') {
      if (!is_vowel(stem.back())) continue;
      if (stem.back() == 'o' && can_strip(stem, "o")) {
        stem.remove_suffix(1);
        o_class = true;
      }
    }
    // -oj class: punoj, punon, punova, punoi, punuam, punuar, punua(kam).
    if (suf[0] == 'o' || suf[0] == 'u') o_class = true;
    // -jme/-jne (gjejmë, quajnë) only after a vowel: the j is the verb's.
    if ((suf == "jme" || suf == "jne") && !is_vowel(stem.back())) continue;
    s = stem;
    return true;
  }
  return false;
}

// Kosovo Gheg participle of the -oj and -uaj classes: Gheg -ue (punue) is -u
// in north-eastern speech (me shku, kam punu, ka shkru = shkuar, punuar,
// shkruar), so a final -u after a consonant is taken as that participle and
// its stem gets the class's "o" (punu → puno, like punoj). Not after k, g, h,
// where -u is the definite ending of a noun (shoku, zogu, krahu) or the aorist
// of a verb (preku, shprehu), unless the stem has no vowel (shku) or is one of
// the frequent -koj/-guaj verbs below; nor the adverbs in -tu.
constexpr std::string_view kVelarUVerbs[] = {"shik", "kerk", "tak", "ndik", "pag"};
constexpr std::string_view kTuAdverbs[] = {"ashtu", "keshtu", "kshtu", "ketu", "ktu"};

bool is_gheg_u_participle(std::string_view s) {
  if (s.size() < 4 || s.back() != 'u') return false;
  const char c = s[s.size() - 2];
  if (c < 'a' || c > 'z' || is_vowel(c)) return false;
  const std::string_view stem = s.substr(0, s.size() - 1);
  if (cp_len(stem) < kMinStem) return false;
  if (c == 'k' || c == 'g' || c == 'h') {
    if (!has_vowel(stem)) return true;
    for (std::string_view v : kVelarUVerbs)
      if (stem == v) return true;
    return false;
  }
  if (c == 't')
    for (std::string_view a : kTuAdverbs)
      if (ends_with(s, a)) return false;
  return true;
}

// The -yej class (kthej, pëlqej): its participle is -yer (kthyer), Gheg
// -ye (kthye, like the standard aorist u kthye) and north-eastern -y (me u
// kthy). Cutting -er/-era/-ere after consonant + y lets the three meet on
// "kthy", with the aorist plural kthyen. (Measured on STAF train + dev:
// open-class F1 0.7181 → 0.7200, OI unchanged.)
constexpr std::string_view kYer[] = {"yer", "yera", "yere"};

bool strip_yer(std::string_view& s) {
  if (s.back() != 'r' && s.back() != 'a' && s.back() != 'e') return false;
  for (std::string_view suf : kYer) {
    // At least three letters before the y: kryer (done) stays whole, as
    // "kry" is also krye (head), and so do the short thyer, lyer.
    if (!ends_with(s, suf) || cp_len(s) < cp_len(suf) + 3) continue;
    const char c = s[s.size() - suf.size() - 1];
    if (c < 'a' || c > 'z' || is_vowel(c)) return false;
    std::string_view stem = s.substr(0, s.size() - suf.size() + 1);
    s = stem;
    return true;
  }
  return false;
}

// 2. Noun/adjective definite and case endings (one of them).
constexpr std::string_view kCase[] = {
    "ave", "eve", "esh", "ash", "ve", "it", "in", "ut", "un", "et", "at", "en", "es", "ja", "ia", "i", "u", "a",
};

bool strip_case(std::string_view& s) {
  // -së / -në after a feminine -i noun: Rusisë, Rusinë → Rusi.
  if (ends_with(s, "ise") && can_strip(s, "se")) {
    s.remove_suffix(2);
    return true;
  }
  if (ends_with(s, "ine") && !is_ina_noun(s) && can_strip(s, "ne")) {
    s.remove_suffix(2);
    return true;
  }
  // Foreign names in -y take -t and -n after it (Zelenskyt, Kennedyn →
  // Zelensky): the y stays, as the bare name keeps it. (At least four
  // letters before: mbyt, fryn are verbs.)
  if ((ends_with(s, "yt") || ends_with(s, "yn")) && can_strip(s, s.substr(s.size() - 1), kMinStem + 1)) {
    s.remove_suffix(1);
    return true;
  }
  // Dative/ablative plural -ve follows a vowel or consonant, but never o:
  // Kosove is Kosovë, not "Koso" + ve.
  if (ends_with(s, "ove")) return false;
  return strip_first(s, kCase);
}

// 3. One final vowel: plural/indefinite -e (from -e or -ë), -a, feminine -i,
// and -o of foreign names (Kosovo, Kosova and Kosovë meet).
constexpr std::string_view kFinalVowel[] = {"e", "a", "i", "u", "o"};

// 4. Adverbs in -isht (zyrtarisht → zyrtar). Action nouns in -im and -je
// keep their suffix (furnizim, marrëveshj-e → marrevesh); agent nouns in -ues
// still lose -es and -u in steps 2-3 (punues → pun).

}  // namespace

std::string AlbanianStemmer::operator()(const std::string& word) {
  const std::string folded = fold(word);
  // Before the length check: the short forms (ra, tha, pa) are the ones
  // that need the table.
  if (auto irregular = irregular_verb_stem(folded)) return std::string(*irregular);
  std::string_view s(folded);
  if (cp_len(s) <= kMinStem) return folded;
  // Every protected word ends in n, t or s: skip the scan for other words.
  const char last = s.back();
  if (last == 'n' || last == 't' || last == 's')
    for (std::string_view p : kProtected)
      if (p.size() == s.size() && p[0] == s[0] && s == p) return folded;
  if (is_itet_noun(s)) return folded;
  // Hyphenated forms (SHBA-ja) and anything with digits are left to the caller.
  for (char c : s)
    if (c == '-' || (c >= '0' && c <= '9')) return folded;

  // Kosovë/Kosova look like the aorist -ove/-ova of a verb "kosoj".
  const bool maybe_verb = !s.starts_with("kosov");
  if (maybe_verb && is_gheg_u_participle(s)) {
    std::string out(s.substr(0, s.size() - 1));
    out += 'o';
    return out;
  }
  if (strip_yer(s)) return std::string(s);
  bool o_class = false;
  if (maybe_verb && strip_verb(s, o_class)) {
    if (o_class) {
      std::string out(s);
      out += 'o';
      return out;
    }
  } else {
    strip_case(s);
    // Adjectives in -shëm/-shme (i mundshëm, e mundshme) meet on -sh.
    if (ends_with(s, "shem") && can_strip(s, "em")) s.remove_suffix(2);
    strip_first(s, kFinalVowel);
    if (can_strip(s, "isht")) s.remove_suffix(4);
    // Nouns in -je (heshtje, marrëveshje) keep a j before every ending but
    // -ja (heshtja): drop a j left after a consonant.
    // (Not in the digraphs gj, nj: përgjigje keeps its gj.)
    if (s.size() >= 2 && s.back() == 'j' && !is_vowel(s[s.size() - 2]) && s[s.size() - 2] != 'g' &&
        s[s.size() - 2] != 'n' && can_strip(s, "j"))
      s.remove_suffix(1);
    // e mundshme → mundshm → mundsh, to meet i mundshëm.
    if (ends_with(s, "shm") && can_strip(s, "m")) s.remove_suffix(1);
  }
  return std::string(s);
}

}  // namespace kronika::analysis
