// Small UTF-8 helpers used across the tree. Offsets in the public API are in
// code points ("characters"), because that is what JavaScript clients expect
// for non-ASCII text; internally we work in bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kronika::util {

// The well-formed UTF-8 sequence at text[at]: its length (1 to 4) with its
// code point in `code_point`, or 0 when the bytes there are not one
// (overlong, surrogate, past U+10FFFF, cut short). `at` < text.size().
std::size_t decode_utf8(std::string_view text, std::size_t at, char32_t& code_point);

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF).
bool is_valid_utf8(std::string_view text);

// Byte offset of the first invalid sequence, or std::string_view::npos.
std::size_t first_invalid_utf8(std::string_view text);

// Number of code points in a valid UTF-8 string.
std::size_t count_code_points(std::string_view text);

// Escapes & < > " ' for safe insertion into HTML.
std::string html_escape(std::string_view text);

// Trims ASCII and Unicode whitespace (NBSP and friends) from both ends.
std::string_view trim(std::string_view text);

// Collapses runs of spaces/tabs to one space and runs of 3+ newlines to two,
// keeping paragraph breaks; also trims.
std::string tidy_whitespace(std::string_view text);

}  // namespace kronika::util
