#include "analysis/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <stdexcept>

#include "analysis/latin_word_break.h"

namespace kronika::analysis {

namespace {

// Byte length of an apostrophe at `at`: ' (U+0027), ’ (U+2019) or ʼ (U+02BC).
std::size_t apostrophe_length(std::string_view text, std::size_t at) {
  if (text[at] == '\'') return 1;
  if (text.compare(at, 3, "\u2019") == 0) return 3;
  if (text.compare(at, 2, "\u02BC") == 0) return 2;
  return 0;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// Appends a part unless it is too long to be a word (kMaxWordBytes).
void add_part(std::size_t start, std::size_t end, std::vector<WordSpan>& out) {
  if (end > start && end - start <= Tokenizer::kMaxWordBytes) out.push_back({start, end});
}

// Byte length of a full stop at `at` inside `word` that ends a sentence
// glued to the next, a space lost in the source ("Kosovës.Ministrja",
// "alegerilor.Ce"): a lowercase letter before it, an uppercase one after.
// ICU keeps such a word whole (the full stop joins letters, as in
// "google.com"), so neither half could be found (the real news sets hold
// many). 0 for any other character.
std::size_t glued_stop_length(std::string_view text, std::size_t at, WordSpan word) {
  if (text[at] != '.' || at == word.byte_start || at + 1 >= word.byte_end) return 0;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  auto before_index = static_cast<std::int32_t>(at);
  UChar32 before = 0;
  U8_PREV(bytes, static_cast<std::int32_t>(word.byte_start), before_index, before);
  auto after_index = static_cast<std::int32_t>(at + 1);
  UChar32 after = 0;
  U8_NEXT(bytes, after_index, static_cast<std::int32_t>(word.byte_end), after);
  return u_islower(before) && u_isupper(after) ? 1 : 0;
}

// Splits one ICU word at inner apostrophes ("dell'Estremo" → "dell",
// "Estremo") and glued sentence ends ("Kosovës.Ministrja"). Appends straight
// to `out`: this runs once per word of every text.
void split_word(std::string_view text, WordSpan word, std::vector<WordSpan>& out) {
  std::size_t part_start = word.byte_start;
  for (std::size_t i = word.byte_start; i < word.byte_end;) {
    // Only ' . and the lead bytes of ’ (E2) and ʼ (CA) can start a split.
    const char byte = text[i];
    if (byte != '\'' && byte != '.' && byte != '\xE2' && byte != '\xCA') {
      ++i;
      continue;
    }
    std::size_t length = apostrophe_length(text, i);
    if (length == 0) length = glued_stop_length(text, i, word);
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

Tokenizer::Tokenizer(Rules rules) : rules_(rules) {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !words_) throw std::runtime_error("ICU word break iterator unavailable");
}

Tokenizer::~Tokenizer() = default;

void Tokenizer::split_with_icu(std::string_view text, std::size_t begin, std::size_t end, std::vector<WordSpan>& out) {
  UErrorCode status = U_ZERO_ERROR;
  // UText over the UTF-8 bytes: boundaries come back as byte offsets, no copy.
  UText* utext = utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  if (U_FAILURE(status)) return;
  words_->setText(utext, status);
  if (U_FAILURE(status)) {
    utext_close(utext);
    return;
  }
  int32_t start = words_->first();
  for (int32_t stop = words_->next(); stop != icu::BreakIterator::DONE; start = stop, stop = words_->next()) {
    // Rule status UBRK_WORD_NONE marks spaces and punctuation.
    if (words_->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
    split_word(text, {begin + static_cast<std::size_t>(start), begin + static_cast<std::size_t>(stop)}, out);
  }
  // Detach the iterator from the UText before closing it.
  words_->setText(icu::UnicodeString());
  utext_close(utext);
}

std::vector<WordSpan> Tokenizer::split(std::string_view text) {
  std::vector<WordSpan> out;
  if (rules_ == Rules::IcuOnly) {
    if (!text.empty()) split_with_icu(text, 0, text.size(), out);
    return out;
  }
  out.reserve(text.size() / 6);
  // Words never cross ASCII white space, so each run between spaces is
  // segmented alone: by the Latin rules (latin_word_break.h) when they cover
  // its characters, else by ICU.
  std::vector<WordSpan> run_words;
  std::size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && is_ascii_space(text[at])) ++at;
    const std::size_t run_start = at;
    while (at < text.size() && !is_ascii_space(text[at])) ++at;
    if (run_start == at) break;
    run_words.clear();
    if (latin_words(text, run_start, at, run_words)) {
      for (const WordSpan& word : run_words) split_word(text, word, out);
    } else {
      split_with_icu(text, run_start, at, out);
    }
  }
  return out;
}

}  // namespace kronika::analysis
