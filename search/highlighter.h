// Snippets: the best passage of an article for a query, HTML-escaped, with
// <mark> around every matched word. Built on the shared analysis chain (not
// Xapian's snippet tokenizer), so inflected, unaccented and elided matches
// ("Rusise" → "Rusisë", "Estremo" in "dell’Estremo") light up exactly when
// they matched.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analysis/analyzer.h"

namespace kronika::search {

// What counts as a match in one language's interpretation of the query.
struct HighlightTerms {
  std::unordered_set<std::string> words;  // plain terms (normalised)
  std::unordered_set<std::string> stems;  // stems (diacritic-free)
  std::vector<std::string> prefixes;      // from prefix* items
  bool empty() const { return words.empty() && stems.empty() && prefixes.empty(); }
  bool matches(const analysis::Token& token) const;
};

// At most about `length` characters of `text`, preferring the window with the
// most distinct matched words; "…" marks cuts. Without matches, the opening.
std::string make_snippet(std::string_view text, analysis::Analyzer& analyzer, const HighlightTerms& terms,
                         std::size_t length);

}  // namespace kronika::search
