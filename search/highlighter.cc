#include "search/highlighter.h"

#include <algorithm>
#include <unordered_map>

#include "util/utf8.h"

namespace kronika::search {

namespace {

// Context kept before the first match of the chosen window, as a share of
// the snippet length, so the reader sees what leads up to it.
constexpr std::size_t kLeadingContextDivisor = 4;

struct Window {
  std::size_t first = 0;  // token indexes, inclusive
  std::size_t last = 0;
};

// Sliding window over tokens: maximise distinct matched words, then matches.
Window best_window(const std::vector<analysis::Token>& tokens, const std::vector<bool>& matched, std::size_t length) {
  Window best{0, 0};
  std::size_t best_distinct = 0;
  std::size_t best_count = 0;
  std::unordered_map<std::string, std::size_t> in_window;
  std::size_t count = 0;
  std::size_t left = 0;
  for (std::size_t right = 0; right < tokens.size(); ++right) {
    if (matched[right]) {
      ++in_window[tokens[right].stem];
      ++count;
    }
    while (tokens[right].end - tokens[left].start > length) {
      if (matched[left]) {
        if (--in_window[tokens[left].stem] == 0) in_window.erase(tokens[left].stem);
        --count;
      }
      ++left;
    }
    if (in_window.size() > best_distinct || (in_window.size() == best_distinct && count > best_count)) {
      best_distinct = in_window.size();
      best_count = count;
      best = {left, right};
    }
  }
  return best;
}

}  // namespace

namespace {
constexpr std::size_t kOpening = 3;  // bytes of a stem's opening
}  // namespace

void HighlightTerms::add_stem(const std::string& stem) {
  stems_.insert(stem);
  stem_openings_.insert(stem.substr(0, std::min(stem.size(), kOpening)));
}

bool HighlightTerms::may_match(const analysis::Token& token) const {
  if (words.count(token.norm)) return true;
  for (std::size_t length = 1; length <= std::min(token.norm.size(), kOpening); ++length) {
    if (stem_openings_.count(token.norm.substr(0, length))) return true;
  }
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](const std::string& prefix) { return token.norm.rfind(prefix, 0) == 0; });
}

bool HighlightTerms::matches(const analysis::Token& token) const {
  if (words.count(token.norm) || stems_.count(token.stem)) return true;
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](const std::string& prefix) { return token.norm.rfind(prefix, 0) == 0; });
}

std::string make_snippet(std::string_view text, analysis::Analyzer& analyzer, const HighlightTerms& terms,
                         std::size_t length) {
  // Only the tokens that may match are stemmed: most words of an article
  // cannot, and stemming is the dearest step of the analysis.
  std::vector<analysis::Token> tokens = analyzer.analyze(text, analysis::Analyzer::Stems::No);
  if (tokens.empty()) return util::html_escape(text.substr(0, std::min(text.size(), length)));
  std::vector<bool> matched(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!terms.may_match(tokens[i])) continue;
    tokens[i].stem = analyzer.stem_of(tokens[i]);
    matched[i] = terms.matches(tokens[i]);
  }

  const Window window = best_window(tokens, matched, length);
  // Start a little before the window's first match, then fill up to `length`.
  std::size_t first_match = window.first;
  while (first_match < window.last && !matched[first_match]) ++first_match;
  const std::size_t lead = length / kLeadingContextDivisor;
  std::size_t first = first_match;
  while (first > 0 && tokens[first_match].start - tokens[first - 1].start <= lead) --first;
  std::size_t last = first;
  while (last + 1 < tokens.size() && tokens[last + 1].end - tokens[first].start <= length) ++last;

  const std::size_t byte_begin = first == 0 ? 0 : tokens[first].byte_start;
  const std::size_t byte_end = last + 1 == tokens.size() ? text.size() : tokens[last].byte_end;

  std::string out;
  if (byte_begin > 0) out += "\u2026";
  std::size_t cursor = byte_begin;
  for (std::size_t i = first; i <= last; ++i) {
    if (!matched[i]) continue;
    out += util::html_escape(text.substr(cursor, tokens[i].byte_start - cursor));
    out += "<mark>";
    out += util::html_escape(text.substr(tokens[i].byte_start, tokens[i].byte_end - tokens[i].byte_start));
    out += "</mark>";
    cursor = tokens[i].byte_end;
  }
  out += util::html_escape(text.substr(cursor, byte_end - cursor));
  if (byte_end < text.size()) out += "\u2026";
  // Paragraph breaks read as spaces inside a one-line snippet.
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

}  // namespace kronika::search
