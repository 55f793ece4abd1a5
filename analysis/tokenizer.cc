#include "analysis/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <stdexcept>

namespace kronika::analysis {

namespace {

// Byte length of an apostrophe at `at`: ' (U+0027), ’ (U+2019) or ʼ (U+02BC).
std::size_t apostrophe_length(std::string_view text, std::size_t at) {
  if (text[at] == '\'') return 1;
  if (text.compare(at, 3, "\u2019") == 0) return 3;
  if (text.compare(at, 2, "\u02BC") == 0) return 2;
  return 0;
}

// Appends a part unless it is too long to be a word (kMaxWordBytes).
void add_part(std::size_t start, std::size_t end, std::vector<WordSpan>& out) {
  if (end > start && end - start <= Tokenizer::kMaxWordBytes) out.push_back({start, end});
}

// Splits one ICU word at inner apostrophes: "dell'Estremo" → "dell", "Estremo".
// Appends straight to `out`: this runs once per word of every text.
void split_elisions(std::string_view text, WordSpan word, std::vector<WordSpan>& out) {
  std::size_t part_start = word.byte_start;
  for (std::size_t i = word.byte_start; i < word.byte_end;) {
    const std::size_t length = apostrophe_length(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    add_part(part_start, i, out);
    i += length;
    part_start = i;
  }
  add_part(part_start, word.byte_end, out);
}

}  // namespace

Tokenizer::Tokenizer() {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !words_) throw std::runtime_error("ICU word break iterator unavailable");
}

Tokenizer::~Tokenizer() = default;

std::vector<WordSpan> Tokenizer::split(std::string_view text) {
  std::vector<WordSpan> out;
  if (text.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  // UText over the UTF-8 bytes: boundaries come back as byte offsets, no copy.
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return out;
  words_->setText(utext, status);
  if (U_FAILURE(status)) {
    utext_close(utext);
    return out;
  }
  int32_t start = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; start = end, end = words_->next()) {
    // Rule status UBRK_WORD_NONE marks spaces and punctuation.
    if (words_->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
    split_elisions(text, {static_cast<std::size_t>(start), static_cast<std::size_t>(end)}, out);
  }
  // Detach the iterator from the UText before closing it.
  words_->setText(icu::UnicodeString());
  utext_close(utext);
  return out;
}

}  // namespace kronika::analysis
