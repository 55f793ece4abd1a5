#include "analysis/latin_word_break.h"

#include <unicode/uchar.h>

#include <array>
#include <cstdint>

#include "util/utf8.h"

namespace kronika::analysis {

namespace {

// UAX #29 word-break classes that matter here; Unsupported sends the text to ICU.
enum class Break : std::uint8_t {
  Other,  // breaks on both sides (punctuation, symbols, spaces other than ASCII)
  Letter,
  Numeric,
  MidLetter,
  MidNum,
  MidNumLet,
  SingleQuote,
  ExtendNumLet,
  Unsupported,
};

// Code points below this have a class in the table; all others are Unsupported.
constexpr UChar32 kTableEnd = 0x2E80;

Break class_from_icu(UChar32 c) {
  // ICU's root word rules count '@' as a letter ("a@b.com" is one word).
  if (c == '@') return Break::Letter;
  // ICU segments these scripts with dictionaries, not with the rules below.
  if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return Break::Unsupported;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER: return Break::Letter;
    case U_WB_NUMERIC: return Break::Numeric;
    case U_WB_MIDLETTER:
      // ICU's root word rules take the colon out of MidLetter ("a:b" is two words).
      return c == ':' ? Break::Other : Break::MidLetter;
    case U_WB_MIDNUM: return Break::MidNum;
    case U_WB_MIDNUMLET: return Break::MidNumLet;
    case U_WB_SINGLE_QUOTE: return Break::SingleQuote;
    case U_WB_EXTENDNUMLET: return Break::ExtendNumLet;
    case U_WB_OTHER:
    case U_WB_WSEGSPACE:
    case U_WB_NEWLINE:
    case U_WB_CR:
    case U_WB_LF:
    case U_WB_DOUBLE_QUOTE:  // joins only after Hebrew letters, which are Unsupported
      return Break::Other;
    default:  // Extend, Format, ZWJ, Katakana, Hebrew_Letter, Regional_Indicator, emoji classes
      return Break::Unsupported;
  }
}

const std::array<Break, kTableEnd>& break_table() {
  static const std::array<Break, kTableEnd> table = [] {
    std::array<Break, kTableEnd> classes{};
    for (UChar32 c = 0; c < kTableEnd; ++c) classes[static_cast<std::size_t>(c)] = class_from_icu(c);
    return classes;
  }();
  return table;
}

bool is_letter_or_number(Break b) {
  return b == Break::Letter || b == Break::Numeric;
}

// Letters, digits and '_' join whatever of them follows: WB5, WB8, WB9,
// WB10 (letters and digits), WB13a, WB13b (ExtendNumLet).
bool joins(Break before, Break after) {
  const auto part = [](Break b) { return is_letter_or_number(b) || b == Break::ExtendNumLet; };
  return part(before) && part(after);
}

// A character that joins two letters (WB6, WB7: "dell'Estremo", "U.S") or
// two digits (WB11, WB12: "10.000", "3,5").
bool joins_across(Break before, Break middle) {
  if (before == Break::Letter)
    return middle == Break::MidLetter || middle == Break::MidNumLet || middle == Break::SingleQuote;
  if (before == Break::Numeric)
    return middle == Break::MidNum || middle == Break::MidNumLet || middle == Break::SingleQuote;
  return false;
}

// The class of the code point at text[at] and its length in bytes.
struct Classified {
  Break type;
  std::size_t length;
};

Classified classify(std::string_view text, std::size_t at, std::size_t end, const std::array<Break, kTableEnd>& table) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return {table[lead], 1};
  char32_t c = 0;
  const std::size_t length = util::decode_utf8(text.substr(0, end), at, c);
  // Invalid UTF-8 (ICU reads it as U+FFFD) and code points past the table are ICU's.
  if (length == 0 || c >= static_cast<char32_t>(kTableEnd)) return {Break::Unsupported, 0};
  return {table[c], length};
}

}  // namespace

bool latin_words(std::string_view text, std::size_t begin, std::size_t end, std::vector<WordSpan>& words) {
  const std::array<Break, kTableEnd>& table = break_table();
  const std::size_t words_before = words.size();
  const auto unsupported = [&] {
    words.resize(words_before);
    return false;
  };
  for (std::size_t at = begin; at < end;) {
    const Classified first = classify(text, at, end, table);
    if (first.type == Break::Unsupported) return unsupported();
    const std::size_t start = at;
    at += first.length;
    if (!joins(first.type, first.type)) continue;  // a segment of its own, never a word
    Break last = first.type;
    std::size_t code_points = 1;
    while (at < end) {
      const Classified next = classify(text, at, end, table);
      if (next.type == Break::Unsupported) return unsupported();
      if (joins(last, next.type)) {
        last = next.type;
        at += next.length;
        ++code_points;
        continue;
      }
      if (!joins_across(last, next.type) || at + next.length >= end) break;
      const Classified after = classify(text, at + next.length, end, table);
      if (after.type == Break::Unsupported) return unsupported();
      if (after.type != last) break;
      at += next.length + after.length;
      code_points += 2;
    }
    // A lone ExtendNumLet ("_") is no word; every other segment here is one.
    if (code_points > 1 || first.type != Break::ExtendNumLet) words.push_back({start, at});
  }
  return true;
}

}  // namespace kronika::analysis
