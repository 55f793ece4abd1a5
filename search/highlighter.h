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
  std::vector<std::string> prefixes;      // from prefix* items
  bool empty() const { return words.empty() && stems_.empty() && prefixes.empty() && phrases_.empty(); }
  // Plain terms that match only together, in this order ("Edi Rama" in quotes).
  void add_phrase(std::vector<std::string> phrase);
  const std::vector<std::vector<std::string>>& phrases() const { return phrases_; }
  // A word the query stems: it matches as written and by its stem.
  void add_stemmed_word(const std::string& norm, const std::string& stem);
  // `token.stem` must be set.
  bool matches(const analysis::Token& token) const;
  // Whether the token might match: true for every token that matches, and
  // false for most others without knowing its stem. A stem shares its
  // first letters with its word (Snowball and our Albanian stemmer cut
  // endings; both sides are diacritic-free), so a word whose opening is no
  // stem's opening cannot match by stem.
  bool may_match(const analysis::Token& token) const;
  void add_stem(const std::string& stem);  // a stem (diacritic-free) to mark
  // A query word written as a name (QueryBuilder::only_as_name): its form
  // and stem match only where the text writes them with a capital and as
  // that name (one of `name_terms`, schema::name_terms), so "Putin" does not
  // light up Romanian "puțin", nor "Nordio" the "Nord" of "Modena Nord".
  void mark_only_as_name(const std::string& norm, const std::string& stem, const std::vector<std::string>& name_terms);
  bool only_as_name(const analysis::Token& token) const {
    return !names_only_.empty() && (names_only_.count(token.norm) || names_only_.count(token.stem));
  }
  // Whether `term` (schema::name_term) is one of the marked names'.
  bool is_marked_name(const std::string& term) const { return name_terms_.count(term) > 0; }
  // The first letters (UTF-8) a matching token's norm can begin with: those
  // of the words, stems and prefixes. An empty one (an empty stem or prefix)
  // lets every token through.
  std::vector<std::string> first_letters() const;
  // How many distinct matched words a passage can show at most, as far as
  // the terms tell: one per stem and prefix, one per plain word that is not
  // a stemmed word's own form. Distinct stems may fold together in a text,
  // so a passage may show fewer.
  std::size_t targets() const;

 private:
  std::unordered_set<std::string> stems_;
  std::vector<std::string> stem_openings_;         // first ≤ 3 bytes of each stem (a query has few)
  std::unordered_set<std::string> stemmed_words_;  // words added with their stem
  std::vector<std::vector<std::string>> phrases_;
  std::unordered_set<std::string> phrase_words_;  // words of the phrases: their first letters are normalised
  std::unordered_set<std::string> names_only_;    // norms and stems of mark_only_as_name
  std::unordered_set<std::string> name_terms_;    // and their name terms
};

// A stretch of text marked whatever its words are: a mention of an entity the
// query names, as the article wrote it ("Phenianit" for "Pyongyang").
// Code point offsets; `key` tells one entity's mentions from another's.
struct MarkedSpan {
  std::size_t start = 0, end = 0;
  std::string key;
};

// At most about `length` characters of `text`, preferring the window with the
// most distinct matched words (then the most matches); "…" marks cuts.
// Without matches, the opening. The text is analysed from its start in
// growing parts, and the first part that holds a passage with every target
// (HighlightTerms::targets) gives the snippet: hits mostly match in their
// opening lines, and analysing whole articles was the dearest step of a
// search (bench/README-speed.md).
// Words inside `marked` (sorted by start, not overlapping) are matches too,
// one target per key, standing for `marked_words` of the query's words (the
// words of the names the marked entities were named by: "North Korea" is
// two, shown by one mention of the country).
std::string make_snippet(std::string_view text, analysis::Analyzer& analyzer, const HighlightTerms& terms,
                         std::size_t length, const std::vector<MarkedSpan>& marked = {}, std::size_t marked_words = 0);

// The whole of a short `text` (a title), HTML-escaped, with <mark> around
// every matched word or word inside `marked`, as make_snippet marks them.
std::string mark_matches(std::string_view text, analysis::Analyzer& analyzer, const HighlightTerms& terms,
                         const std::vector<MarkedSpan>& marked = {});

}  // namespace kronika::search
