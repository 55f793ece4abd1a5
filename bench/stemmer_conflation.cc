// stemmer_conflation: measures how well a stemmer conflates word forms,
// using the lemmas of a Universal Dependencies (CoNLL-U) treebank as gold.
//
//   stemmer_conflation [--lang sq|ro|it] [--strip-colon] [--show-errors N]
//                      FILE.conllu [FILE.conllu ...]
//
// All files given are pooled into one set of word types. Forms and lemmas go
// through kronika::analysis::fold_case (NFC + case folding), exactly what the
// index does before stemming. A word type is a distinct (form, lemma) pair.
// Two tables are printed: open-class words (UPOS NOUN, PROPN, ADJ, VERB, ADV)
// and all words (every UPOS but PUNCT and SYM). Over all pairs of word types:
//   recall    = pairs with the same lemma that share a stem / pairs with the same lemma
//   precision = pairs sharing a stem that have the same lemma / pairs sharing a stem
//   F1        = harmonic mean of the two
//   merged    = number of pairs sharing a stem (precision is "-" when 0)
//   UI        = Paice's understemming index, GUMT / GDMT (= 1 - recall)
//   OI        = Paice's overstemming index, GWMT / GDNT (wrong merges over
//               desired non-merges, GDNT = sum_g n_g (W - n_g) / 2)
// Pairs are never enumerated: types are grouped by stem, by lemma and by
// (stem, lemma) and pairs counted as n(n-1)/2 per group.
//
// Rows: identity (the folded form), trunc-4/5/6 (the first 4, 5, 6 code
// points of the folded form), for ro/it the references xapian-1.4 (Xapian's
// own Snowball) and snowball-2.2 (libstemmer), and kronika-<lang>, the
// project's stemmer from
// kronika::analysis::make_stemmer applied to the folded form (what the index
// stores). For Romanian it also checks that comma-below (ș ț) and cedilla
// (ş ţ) spellings of each form get the same stem.
//
// --strip-colon removes ':' from forms and lemmas (UD Gheg GPS marks vowel
// length with it). --show-errors N prints, for the project stemmer on open
// class words, the N largest split lemma groups and mixed stem groups. It
// prints treebank words: use it on the tuning split only.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <libstemmer.h>
#include <xapian.h>

#include "analysis/language.h"
#include "analysis/normalizer.h"
#include "analysis/stemmers.h"

namespace {

using WordType = std::pair<std::string, std::string>;  // (form, lemma)

bool is_open_class(std::string_view upos) {
  return upos == "NOUN" || upos == "PROPN" || upos == "ADJ" || upos == "VERB" || upos == "ADV";
}

struct Corpus {
  std::vector<WordType> open, all;  // (form, lemma) of every token, in reading order
};

std::string without_colons(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ':') out += c;
  return out;
}

// Reads word types. Skips comments, multiword token ranges ("1-2"), empty
// nodes ("1.1"), PUNCT/SYM and lines with a missing form or lemma.
bool read_conllu(const std::string& path, bool strip_colon, Corpus& c) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> cols;
    std::string_view rest(line);
    for (int i = 0; i < 4; ++i) {
      size_t tab = rest.find('\t');
      if (tab == std::string_view::npos) {
        cols.push_back(rest);
        rest = {};
        break;
      }
      cols.push_back(rest.substr(0, tab));
      rest.remove_prefix(tab + 1);
    }
    if (cols.size() < 4) continue;
    std::string_view id = cols[0];
    if (id.find('-') != std::string_view::npos || id.find('.') != std::string_view::npos) continue;
    std::string_view upos = cols[3];
    if (upos == "PUNCT" || upos == "SYM") continue;
    if (cols[1].empty() || cols[2].empty() || cols[2] == "_") continue;
    std::string form = strip_colon ? without_colons(cols[1]) : std::string(cols[1]);
    std::string lemma = strip_colon ? without_colons(cols[2]) : std::string(cols[2]);
    if (form.empty() || lemma.empty()) continue;
    WordType t{kronika::analysis::fold_case(form), kronika::analysis::fold_case(lemma)};
    if (is_open_class(upos)) c.open.push_back(t);
    c.all.push_back(std::move(t));
  }
  return true;
}

// First n code points.
std::string truncate_cp(const std::string& s, size_t n) {
  size_t cps = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (cps == n) return s.substr(0, i);
      ++cps;
    }
  }
  return s;
}

enum class TypeMode { kForms, kPairs };

// Word types from tokens. kForms: one type per distinct form, labelled with
// the lemma it carries most often (ties: the one seen first). kPairs: one
// type per distinct (form, lemma) pair.
std::vector<WordType> make_types(const std::vector<WordType>& tokens, TypeMode mode) {
  if (mode == TypeMode::kPairs) {
    std::set<WordType> set(tokens.begin(), tokens.end());
    return {set.begin(), set.end()};
  }
  struct Seen {
    std::map<std::string, std::pair<size_t, size_t>> lemmas;  // lemma -> (count, -first index)
  };
  std::map<std::string, Seen> forms;
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto [it, fresh] = forms[tokens[i].first].lemmas.try_emplace(tokens[i].second, 0, i);
    ++it->second.first;
  }
  std::vector<WordType> out;
  for (auto& [form, seen] : forms) {
    const std::string* best = nullptr;
    std::pair<size_t, size_t> best_key{0, 0};
    for (auto& [lemma, key] : seen.lemmas) {
      if (!best || key.first > best_key.first || (key.first == best_key.first && key.second < best_key.second)) {
        best = &lemma;
        best_key = key;
      }
    }
    out.emplace_back(form, *best);
  }
  return out;
}

inline double pairs(uint64_t n) {
  return 0.5 * static_cast<double>(n) * static_cast<double>(n > 0 ? n - 1 : 0);
}

struct Scores {
  double precision = 0, recall = 0, f1 = 0, ui = 0, oi = 0;
  double merged = 0, desired = 0;  // pairs sharing a stem / sharing a lemma
  size_t stems = 0;
};

Scores score(const std::vector<WordType>& types, const std::vector<std::string>& stems) {
  std::unordered_map<std::string, uint64_t> by_stem, by_lemma, by_both;
  for (size_t i = 0; i < types.size(); ++i) {
    ++by_stem[stems[i]];
    ++by_lemma[types[i].second];
    ++by_both[stems[i] + '\t' + types[i].second];
  }
  double same_stem = 0, same_lemma = 0, same_both = 0, gdnt = 0;
  const double w = static_cast<double>(types.size());
  for (auto& [k, n] : by_stem) same_stem += pairs(n);
  for (auto& [k, n] : by_lemma) {
    same_lemma += pairs(n);
    gdnt += 0.5 * static_cast<double>(n) * (w - static_cast<double>(n));
  }
  for (auto& [k, n] : by_both) same_both += pairs(n);
  Scores s;
  s.stems = by_stem.size();
  s.merged = same_stem;
  s.desired = same_lemma;
  s.precision = same_stem > 0 ? same_both / same_stem : 1.0;
  s.recall = same_lemma > 0 ? same_both / same_lemma : 1.0;
  s.f1 = (s.precision + s.recall) > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  // GUMT = same_lemma - same_both; GWMT = same_stem - same_both.
  s.ui = same_lemma > 0 ? (same_lemma - same_both) / same_lemma : 0;
  s.oi = gdnt > 0 ? (same_stem - same_both) / gdnt : 0;
  return s;
}

void show_errors(const std::vector<WordType>& types, const std::vector<std::string>& stems, size_t n) {
  std::map<std::string, std::vector<size_t>> by_lemma, by_stem;
  for (size_t i = 0; i < types.size(); ++i) {
    by_lemma[types[i].second].push_back(i);
    by_stem[stems[i]].push_back(i);
  }
  struct Group {
    double bad;
    std::string key;
    std::vector<size_t> members;
  };
  std::vector<Group> under, over;
  for (auto& [lemma, idx] : by_lemma) {
    std::map<std::string, uint64_t> c;
    for (size_t i : idx) ++c[stems[i]];
    double ok = 0;
    for (auto& [k, m] : c) ok += pairs(m);
    double bad = pairs(idx.size()) - ok;
    if (bad > 0) under.push_back({bad, lemma, idx});
  }
  for (auto& [stem, idx] : by_stem) {
    std::map<std::string, uint64_t> c;
    for (size_t i : idx) ++c[types[i].second];
    double ok = 0;
    for (auto& [k, m] : c) ok += pairs(m);
    double bad = pairs(idx.size()) - ok;
    if (bad > 0) over.push_back({bad, stem, idx});
  }
  auto by_bad = [](const Group& a, const Group& b) { return a.bad != b.bad ? a.bad > b.bad : a.key < b.key; };
  std::sort(under.begin(), under.end(), by_bad);
  std::sort(over.begin(), over.end(), by_bad);
  std::printf("\nUnderstemmed lemma groups (lemma: form→stem ...):\n");
  for (size_t g = 0; g < under.size() && g < n; ++g) {
    std::printf("  %-16s", under[g].key.c_str());
    for (size_t i : under[g].members) std::printf(" %s→%s", types[i].first.c_str(), stems[i].c_str());
    std::printf("\n");
  }
  std::printf("\nOverstemmed stem groups (stem: form/lemma ...):\n");
  for (size_t g = 0; g < over.size() && g < n; ++g) {
    std::printf("  %-16s", over[g].key.c_str());
    for (size_t i : over[g].members) std::printf(" %s/%s", types[i].first.c_str(), types[i].second.c_str());
    std::printf("\n");
  }
}

struct Row {
  std::string name;
  std::function<std::string(const std::string&)> fn;
};

// Prints one table; returns the project stemmer's stems (the last row).
std::vector<std::string> table(const char* title, const std::vector<WordType>& tokens, TypeMode mode,
                               const std::vector<Row>& rows, std::vector<WordType>& types) {
  types = make_types(tokens, mode);
  std::set<std::string> lemmas;
  for (auto& t : types) lemmas.insert(t.second);
  std::printf("%s: tokens %zu, word types %zu, lemmas %zu\n", title, tokens.size(), types.size(), lemmas.size());
  std::printf("%-18s %7s %8s %9s %7s %7s %7s %9s\n", "stemmer", "stems", "merged", "precision", "recall", "F1", "UI",
              "OI");
  std::vector<std::string> last;
  double desired = 0;
  for (auto& r : rows) {
    std::vector<std::string> stems;
    stems.reserve(types.size());
    for (auto& t : types) stems.push_back(r.fn(t.first));
    Scores s = score(types, stems);
    char prec[16] = "        -";  // undefined when nothing was merged
    if (s.merged > 0) std::snprintf(prec, sizeof prec, "%9.4f", s.precision);
    std::printf("%-18s %7zu %8.0f %s %7.4f %7.4f %7.4f %9.2e\n", r.name.c_str(), s.stems, s.merged, prec, s.recall,
                s.f1, s.ui, s.oi);
    desired = s.desired;
    last = std::move(stems);
  }
  std::printf("(merged = pairs of word types sharing a stem; pairs sharing a lemma: %.0f)\n\n", desired);
  return last;
}

// ș ț (comma below) → ş ţ (cedilla), both cases.
std::string to_cedilla(const std::string& s) {
  std::string out = s;
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    if (static_cast<unsigned char>(out[i]) != 0xC8) continue;
    const unsigned char d = static_cast<unsigned char>(out[i + 1]);
    const char* rep = nullptr;
    if (d == 0x98)
      rep = "\xC5\x9E";  // Ș → Ş
    else if (d == 0x99)
      rep = "\xC5\x9F";  // ș → ş
    else if (d == 0x9A)
      rep = "\xC5\xA2";  // Ț → Ţ
    else if (d == 0x9B)
      rep = "\xC5\xA3";  // ț → ţ
    if (rep) {
      out[i] = rep[0];
      out[i + 1] = rep[1];
      ++i;
    }
  }
  return out;
}

int usage(const char* argv0, int rc) {
  std::fprintf(
      rc ? stderr : stdout,
      "usage: %s [--lang sq|ro|it] [--pairs] [--strip-colon] [--show-errors N] FILE.conllu [FILE.conllu ...]\n", argv0);
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  using kronika::analysis::Language;
  size_t show = 0;
  bool strip_colon = false;
  TypeMode mode = TypeMode::kForms;
  std::string lang = "sq";
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--show-errors" && i + 1 < argc) {
      show = static_cast<size_t>(std::stoul(argv[++i]));
    } else if (a == "--lang" && i + 1 < argc) {
      lang = argv[++i];
    } else if (a == "--pairs") {
      mode = TypeMode::kPairs;
    } else if (a == "--strip-colon") {
      strip_colon = true;
    } else if (a == "-h" || a == "--help") {
      return usage(argv[0], 0);
    } else {
      files.push_back(a);
    }
  }
  Language language;
  if (lang == "sq")
    language = Language::Albanian;
  else if (lang == "ro")
    language = Language::Romanian;
  else if (lang == "it")
    language = Language::Italian;
  else
    return usage(argv[0], 2);
  if (files.empty()) return usage(argv[0], 2);

  Corpus corpus;
  for (const auto& f : files) {
    if (!read_conllu(f, strip_colon, corpus)) {
      std::fprintf(stderr, "cannot read %s\n", f.c_str());
      return 1;
    }
  }
  Xapian::Stem stemmer = kronika::analysis::make_stemmer(language);
  std::vector<Row> rows = {
      {"identity", [](const std::string& s) { return s; }},
      {"trunc-4", [](const std::string& s) { return truncate_cp(s, 4); }},
      {"trunc-5", [](const std::string& s) { return truncate_cp(s, 5); }},
      {"trunc-6", [](const std::string& s) { return truncate_cp(s, 6); }},
  };
  // The public references, accents kept: Xapian 1.4's own Snowball (Romanian
  // fed cedilla ş ţ, the only spelling its Romanian stemmer knows) and plain
  // Snowball 2.2 from libstemmer on the treebank's spelling.
  const char* snowball_language = language == Language::Italian ? "italian" : "romanian";
  Xapian::Stem xapian_snowball(snowball_language);
  std::unique_ptr<sb_stemmer, void (*)(sb_stemmer*)> snowball2(sb_stemmer_new(snowball_language, "UTF_8"),
                                                               sb_stemmer_delete);
  if (language != Language::Albanian) {
    rows.push_back({"xapian-1.4", [&](const std::string& s) { return xapian_snowball(to_cedilla(s)); }});
    rows.push_back({"snowball-2.2", [&](const std::string& s) {
                      const sb_symbol* stem = sb_stemmer_stem(
                          snowball2.get(), reinterpret_cast<const sb_symbol*>(s.data()), static_cast<int>(s.size()));
                      return std::string(reinterpret_cast<const char*>(stem),
                                         static_cast<size_t>(sb_stemmer_length(snowball2.get())));
                    }});
  }
  rows.push_back({"kronika-" + lang, [&](const std::string& s) { return stemmer(s); }});
  std::printf("language %s; files (pooled):", lang.c_str());
  for (auto& f : files) std::printf(" %s", f.c_str());
  std::printf("%s\n\n", strip_colon ? "  [':' removed]" : "");
  std::vector<WordType> open_types, all_types;
  std::vector<std::string> open_stems =
      table("open class (NOUN PROPN ADJ VERB ADV)", corpus.open, mode, rows, open_types);
  table("all words (every UPOS but PUNCT SYM)", corpus.all, mode, rows, all_types);

  if (language == Language::Romanian) {
    // The index sees both spellings; they must reach one stem.
    size_t with = 0, same = 0;
    for (auto& t : all_types) {
      std::string ced = to_cedilla(t.first);
      if (ced == t.first) continue;
      ++with;
      if (stemmer(ced) == stemmer(t.first)) ++same;
    }
    std::printf("comma-below ș ț vs cedilla ş ţ: %zu forms with ș/ț, %zu get the same stem both ways\n\n", with, same);
  }
  if (language != Language::Albanian) {
    // Users type without diacritics: the bare spelling should meet the
    // accented one. Counted for our stemmer and for the plain references.
    size_t with = 0, same = 0, same_xapian = 0;
    for (auto& t : all_types) {
      const std::string bare = kronika::analysis::strip_diacritics(t.first);
      if (bare == t.first) continue;
      ++with;
      if (stemmer(bare) == stemmer(t.first)) ++same;
      if (kronika::analysis::strip_diacritics(xapian_snowball(to_cedilla(bare))) ==
          kronika::analysis::strip_diacritics(xapian_snowball(to_cedilla(t.first))))
        ++same_xapian;
    }
    std::printf("accented vs unaccented spelling: %zu forms with diacritics, same stem: %s %zu, xapian-1.4 %zu\n\n",
                with, ("kronika-" + lang).c_str(), same, same_xapian);
  }
  if (show > 0) {
    show_errors(open_types, open_stems, show);
  }
  return 0;
}
