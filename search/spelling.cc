#include "search/spelling.h"

#include <algorithm>
#include <vector>

#include "analysis/normalizer.h"
#include "schema/index_schema.h"

namespace kronika::search {

namespace {

// Words shorter than this are not corrected: too many neighbours.
constexpr std::size_t kShortestWord = 4;
// Terms read per unknown word at most: bounds the cost on big indexes.
constexpr unsigned kMaxTermsScanned = 200000;

int allowed_distance(std::size_t length) {
  return length >= 8 ? 2 : 1;
}

// Whether some article of `language` holds `term`.
bool in_language(const Xapian::Database& database, const std::string& term, analysis::Language language) {
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term),
                                  Xapian::Query(schema::language_term(analysis::code(language)))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return !enquire.get_mset(0, 1).empty();
}

// A word is known when it is indexed as written, or when a language's stem
// of it is indexed in that language's articles: stems share one prefix, so
// the Albanian stem of the typo "Ciolacuu" ("ciolac") is in the index from
// Romanian "Ciolacului", yet the Albanian query finds nothing with it.
bool known(const Xapian::Database& database, const analysis::Token& plain, const std::string& written,
           analysis::AnalyzerSet& analyzers) {
  if (database.term_exists(plain.norm)) return true;
  for (analysis::Language language : analysis::kStemmedLanguages) {
    const std::string stem = schema::stem_term(analyzers[language].stem(written));
    if (database.term_exists(stem) && in_language(database, stem, language)) return true;
  }
  return false;
}

std::optional<std::string> closest(const Xapian::Database& database, const std::string& word) {
  const int limit = allowed_distance(word.size());
  std::string best;
  Xapian::doccount best_frequency = 0;
  int best_distance = limit + 1;
  const std::string prefix = word.substr(0, 1);
  unsigned scanned = 0;
  for (auto it = database.allterms_begin(prefix); it != database.allterms_end(prefix) && scanned < kMaxTermsScanned;
       ++it, ++scanned) {
    const std::string term = *it;
    const auto gap = static_cast<int>(term.size()) - static_cast<int>(word.size());
    if (gap > limit || gap < -limit) continue;
    const int distance = edit_distance(word, term, limit);
    if (distance > limit) continue;
    const Xapian::doccount frequency = it.get_termfreq();
    if (distance < best_distance || (distance == best_distance && frequency > best_frequency)) {
      best = term;
      best_distance = distance;
      best_frequency = frequency;
    }
  }
  if (best.empty()) return std::nullopt;
  return best;
}

// Replaces the first case-insensitive occurrence of `word` in `text` at or after `from`.
bool replace_word(std::string& text, const std::string& word, const std::string& replacement, std::size_t& from) {
  const std::string folded_text = analysis::fold_case(text);
  const std::string folded_word = analysis::fold_case(word);
  // Case folding keeps byte lengths for the scripts we serve often but not
  // always: only replace when the folded text lines up with the original.
  if (folded_text.size() != text.size()) return false;
  const std::size_t at = folded_text.find(folded_word, from);
  if (at == std::string::npos) return false;
  text.replace(at, word.size(), replacement);
  from = at + replacement.size();
  return true;
}

}  // namespace

int edit_distance(const std::string& a, const std::string& b, int limit) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    int row_best = limit + 1;
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int value = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = std::min(value, d[i - 2][j - 2] + 1);
      d[i][j] = value;
      row_best = std::min(row_best, value);
    }
    if (row_best > limit) return limit + 1;
  }
  return d[n][m];
}

std::optional<std::string> suggest_spelling(const Xapian::Database& database, const std::string& query,
                                            const ParsedQuery& parsed, analysis::AnalyzerSet& analyzers) {
  std::string suggestion = query;
  std::size_t position = 0;
  bool changed = false;
  for (const auto& group : parsed.required) {
    for (const QueryItem& item : group) {
      if (item.kind != QueryItem::Kind::Word) continue;
      for (const analysis::Token& token : analyzers[analysis::Language::Undetermined].analyze(item.text)) {
        if (token.norm.size() < kShortestWord || std::isdigit(static_cast<unsigned char>(token.norm[0]))) continue;
        if (known(database, token, token.text, analyzers)) continue;
        auto correction = closest(database, token.norm);
        if (!correction) continue;
        // Keep the user's capital: "Putni" → "Putin".
        const char first = token.text[0];
        if (first >= 'A' && first <= 'Z' && (*correction)[0] >= 'a' && (*correction)[0] <= 'z') {
          (*correction)[0] = static_cast<char>((*correction)[0] - 'a' + 'A');
        }
        if (replace_word(suggestion, token.text, *correction, position)) changed = true;
      }
    }
  }
  if (!changed) return std::nullopt;
  return suggestion;
}

}  // namespace kronika::search
