// The analysis chain, shared by the indexer and the query side so the two can
// never disagree:
//
//   text ─► ICU words (+ elision split) ─► language rules (Albanian "SHBA-ja")
//        ─► fold_case ─► stem (per language, diacritic-free)
//                     └► strip_diacritics (the plain term) ─► stop word?
//
// Offsets are reported in code points of the original text (for the API) and
// in bytes (for highlighting).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analysis/language.h"
#include "analysis/tokenizer.h"

namespace kronika::analysis {

struct Token {
  std::string text;       // as written in the source
  std::size_t start = 0;  // code point offsets into the analysed text
  std::size_t end = 0;
  std::size_t byte_start = 0;  // byte offsets into the analysed text
  std::size_t byte_end = 0;
  std::string norm;       // case-folded, diacritic-free: the plain index term
  std::string stem;       // diacritic-free stem; equals norm for Undetermined
  bool stop = false;      // a function word of the language (analysis/stopwords.h)
  unsigned position = 0;  // 0-based word position
};

// Not thread-safe (owns an ICU iterator and a Xapian::Stem): one per thread
// and language. Cheap to keep, costly to create: reuse it.
class Analyzer {
 public:
  explicit Analyzer(Language language);

  Language language() const { return language_; }
  // Stems::No leaves Token::stem empty, for callers that need the stems of a
  // few tokens only (stem_of): stemming is the dearest step per token.
  enum class Stems { Yes, No };
  std::vector<Token> analyze(std::string_view text, Stems stems = Stems::Yes);
  // The stem analyze() gives this token.
  std::string stem_of(const Token& token);

  // The cheap pass for reading many words and stemming few (snippets):
  // appends the tokens of `text` to `out` with offsets plus the given ones
  // (text may be a part of a longer one) and `norm`, leaving text, stem
  // and stop empty. `position` counts the tokens in `out`. With `wanted`,
  // only the words (as written) it accepts get their norm; the others keep
  // an empty one: normalising is most of the pass's cost.
  void scan(std::string_view text, std::size_t byte_offset, std::size_t char_offset, std::vector<Token>& out,
            const std::function<bool(std::string_view)>& wanted = {});
  // The stem of a scanned token; `text` is the whole text its offsets index.
  std::string stem_of(std::string_view text, const Token& token);

  // Stem of one word (any case, accents optional), diacritic-free.
  std::string stem(std::string_view word);

 private:
  // Albanian attaches case endings to acronyms and foreign names with a
  // hyphen ("SHBA-ja", "OKB-së", "Kim Il Sung-ut"); the ending is grammar, not
  // a word, so it is folded into the name's token.
  void merge_albanian_hyphen_endings(std::string_view text, std::vector<WordSpan>& words) const;

  std::string stem_of(const std::string& folded, const std::string& norm);
  // Segments `text` and calls visit(span, start, end, written) per word:
  // code point offsets and the word as written (the base alone for
  // "SHBA-ja", whose terms come from it). analyze() and scan() share it,
  // so they cannot differ.
  template <typename Visit>
  void each_word(std::string_view text, Visit&& visit);

  Language language_;
  Tokenizer tokenizer_;
  Xapian::Stem stemmer_;
};

// One Analyzer per language, for code that must analyse in all of them
// (query interpretation, highlighting). Not thread-safe.
class AnalyzerSet {
 public:
  AnalyzerSet();
  Analyzer& operator[](Language language);

 private:
  std::vector<std::unique_ptr<Analyzer>> analyzers_;  // indexed like kAllLanguages
};

}  // namespace kronika::analysis
