// stemmer_conflation: measures how well a stemmer conflates word forms,
// using the lemmas of a Universal Dependencies (CoNLL-U) treebank as gold.
//
//   stemmer_conflation [--show-errors N] FILE.conllu [FILE.conllu ...]
//
// Word types are the distinct (lower-cased form, lower-cased lemma) pairs of
// open-class tokens (UPOS NOUN, PROPN, ADJ, VERB, ADV). Over all pairs of
// word types:
//   recall    = pairs with the same lemma that share a stem / pairs with the same lemma
//   precision = pairs sharing a stem that have the same lemma / pairs sharing a stem
//   F1        = harmonic mean of the two
//   merged    = number of pairs sharing a stem (precision is "-" when 0)
//   UI        = Paice's understemming index, GUMT / GDMT (unachieved merges over
//               desired merges; equals 1 - recall)
//   OI        = Paice's overstemming index, GWMT / GDNT (wrong merges over
//               desired non-merges, GDNT = sum_g n_g (W - n_g) / 2)
// Pairs are never enumerated: we group types by stem, by lemma and by
// (stem, lemma) and count pairs as n(n-1)/2 per group.
//
// Three stemmers are compared: identity (the form itself), "fold" (only
// ë→e and ç→c) and the Kronika Albanian stemmer. The same form annotated with
// two lemmas is two word types, so even identity is not 100 % precise.
//
// --show-errors N prints, for the Albanian stemmer, the N largest lemma groups
// that were split (understemming) and the N largest stem groups that mix
// lemmas (overstemming). It prints treebank words: use it on the tuning split.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "analysis/sq/albanian_stemmer.h"

namespace {

using WordType = std::pair<std::string, std::string>;  // (form, lemma)

std::string lower_nfc(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString n = nfc->normalize(u, status);
    if (U_SUCCESS(status)) u = n;
  }
  u.toLower(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool is_open_class(std::string_view upos) {
  return upos == "NOUN" || upos == "PROPN" || upos == "ADJ" || upos == "VERB" || upos == "ADV";
}

// Reads open-class (form, lemma) word types. Skips comments, multiword token
// ranges ("1-2"), empty nodes ("1.1") and lines with missing form or lemma.
bool read_conllu(const std::string& path, std::set<WordType>& types, size_t& tokens) {
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
    if (!is_open_class(cols[3])) continue;
    if (cols[1].empty() || cols[2].empty() || cols[2] == "_") continue;
    types.emplace(lower_nfc(std::string(cols[1])), lower_nfc(std::string(cols[2])));
    ++tokens;
  }
  return true;
}

// ë→e, ç→c (and the capitals) only.
std::string fold_only(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if (d == 0xAB || d == 0x8B) {
        out += 'e';
        ++i;
        continue;
      }
      if (d == 0xA7 || d == 0x87) {
        out += 'c';
        ++i;
        continue;
      }
    }
    out += static_cast<char>(c);
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

}  // namespace

int main(int argc, char** argv) {
  size_t show = 0;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--show-errors" && i + 1 < argc) {
      show = static_cast<size_t>(std::stoul(argv[++i]));
    } else if (a == "-h" || a == "--help") {
      std::printf("usage: %s [--show-errors N] FILE.conllu [FILE.conllu ...]\n", argv[0]);
      return 0;
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: %s [--show-errors N] FILE.conllu [FILE.conllu ...]\n", argv[0]);
    return 2;
  }
  std::set<WordType> type_set;
  size_t tokens = 0;
  for (const auto& f : files) {
    if (!read_conllu(f, type_set, tokens)) {
      std::fprintf(stderr, "cannot read %s\n", f.c_str());
      return 1;
    }
  }
  std::vector<WordType> types(type_set.begin(), type_set.end());
  std::set<std::string> lemmas;
  for (auto& t : types) lemmas.insert(t.second);

  kronika::analysis::AlbanianStemmer stemmer;
  struct Row {
    std::string name;
    std::function<std::string(const std::string&)> fn;
  };
  std::vector<Row> rows = {
      {"identity", [](const std::string& s) { return s; }},
      {"fold ë/ç", [](const std::string& s) { return fold_only(s); }},
      {"kronika-albanian", [&](const std::string& s) { return stemmer(s); }},
  };
  std::printf("files:");
  for (auto& f : files) std::printf(" %s", f.c_str());
  std::printf("\nopen-class tokens %zu, word types %zu, lemmas %zu\n\n", tokens, types.size(), lemmas.size());
  std::printf("%-18s %7s %8s %9s %7s %7s %7s %7s\n", "stemmer", "stems", "merged", "precision", "recall", "F1", "UI",
              "OI");
  std::vector<std::string> last;
  double desired = 0;
  for (auto& r : rows) {
    std::vector<std::string> stems;
    stems.reserve(types.size());
    for (auto& t : types) stems.push_back(r.fn(t.first));
    Scores s = score(types, stems);
    // "fold ë/ç" has a 2-byte ë in its name; pad by display width.
    std::string name = r.name;
    int pad = 18 - static_cast<int>(name.size()) + (name == "fold ë/ç" ? 2 : 0);
    // Precision is undefined when nothing was merged; print "-".
    char prec[16] = "        -";
    if (s.merged > 0) std::snprintf(prec, sizeof prec, "%9.4f", s.precision);
    std::printf("%s%*s %7zu %8.0f %s %7.4f %7.4f %7.4f %7.5f\n", name.c_str(), pad, "", s.stems, s.merged, prec,
                s.recall, s.f1, s.ui, s.oi);
    desired = s.desired;
    last = std::move(stems);
  }
  std::printf("(merged = pairs of word types sharing a stem; pairs sharing a lemma: %.0f)\n", desired);
  if (show > 0) show_errors(types, last, show);
  return 0;
}
