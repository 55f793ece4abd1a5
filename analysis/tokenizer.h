// Word segmentation with ICU's Unicode word-break rules (UAX #29), plus the
// two things those rules get wrong for our text. Italian elisions: ICU keeps
// "dell'Estremo" and "l’Ucraina" as single words (the apostrophe is a
// MidLetter); we split them so "Estremo" and "Ucraina" are words of their
// own. Sentences glued by a lost space: ICU keeps "Kosovës.Ministrja" whole
// (the full stop is a MidNumLet); we split where a lowercase letter and an
// uppercase one meet at a full stop.
//
// Runs of Latin text take a faster road to the same words
// (analysis/latin_word_break.h); ICU segments the rest.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

namespace kronika::analysis {

struct WordSpan {
  std::size_t byte_start = 0;  // into the tokenised text
  std::size_t byte_end = 0;
};

// Not thread-safe (the ICU iterator keeps state): one per thread.
class Tokenizer {
 public:
  // Latin: the Latin rules where they apply (the default, same words).
  // IcuOnly: ICU for everything, the reference the tests compare with.
  enum class Rules { Latin, IcuOnly };
  explicit Tokenizer(Rules rules = Rules::Latin);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Letters-or-digits words of `text` (UTF-8), in order; punctuation and
  // spaces are skipped. Words longer than kMaxWordBytes are dropped (Xapian
  // terms have a hard size limit and such "words" are never worth finding).
  std::vector<WordSpan> split(std::string_view text);

  static constexpr std::size_t kMaxWordBytes = 64;

 private:
  // Appends the words ICU's iterator finds in text[begin, end).
  void split_with_icu(std::string_view text, std::size_t begin, std::size_t end, std::vector<WordSpan>& out);

  Rules rules_;
  std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace kronika::analysis
