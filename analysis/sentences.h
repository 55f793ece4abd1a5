// Sentence boundaries of a text, from ICU's sentence break rules (which know
// abbreviations like "Dr." only partly; news sentences are long enough that
// this rarely matters for co-occurrence).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kronika::analysis {

struct Sentence {
  std::size_t start = 0;  // code point offsets into the text, end exclusive, trailing space trimmed
  std::size_t end = 0;
  std::string text;
  bool paragraph_start = false;  // first sentence of the text or after a line break
};

// Not thread-safe: one per thread (owns an ICU iterator).
class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  std::vector<Sentence> split(std::string_view text);

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace kronika::analysis
