// Word boundaries without ICU's break iterator for the text most articles
// are: Latin letters, digits and the punctuation around them. The rules are
// UAX #29's (WB5–WB13b, which are all that apply to these characters) and
// the character classes are read from ICU once, with ICU's own tailoring
// (its root rules drop the colon from MidLetter and count '@' as a
// letter), so the words are the
// ones ICU finds; tests/unit/test_latin_word_break.cc checks that on
// generated text and, when ../shared is there, on the real news.
//
// Why: ICU's rule-driven iterator segments 45–57 MB/s where these rules do
// 160–172 (build/bin/analysis_speed --words icu|latin), and snippets analyse
// every hit's opening per request (bench/README-speed.md).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "analysis/tokenizer.h"  // WordSpan

namespace kronika::analysis {

// Appends the words of text[begin, end) — the segments ICU's word iterator
// gives a status of UBRK_WORD_NONE_LIMIT or more: letters, numbers, and
// runs joined by '_' — and returns true. Returns false, appending nothing,
// when the range holds a character these rules do not cover (combining
// marks, format characters, Hebrew, Katakana, scripts ICU segments with a
// dictionary, anything from U+2E80 on, invalid UTF-8): the caller then asks ICU.
// The range must not contain ASCII white space, where words always end.
bool latin_words(std::string_view text, std::size_t begin, std::size_t end, std::vector<WordSpan>& words);

}  // namespace kronika::analysis
