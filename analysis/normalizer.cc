#include "analysis/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace kronika::analysis {

namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Letters whose "diacritic" is part of the glyph, so NFD does not separate it.
UChar32 map_undecomposable(UChar32 c) {
  switch (c) {
    case 0x0111: return 'd';  // đ (Serbian/Croatian names)
    case 0x0142: return 'l';  // ł (Polish names)
    case 0x00F8: return 'o';  // ø
    case 0x0131: return 'i';  // dotless ı
    case 0x0127: return 'h';  // ħ (Maltese)
    default: return c;
  }
}

// Folding and stripping through ICU, whole words.
std::string icu_fold_case(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  // Fold first, then compose: case folding can produce decomposed sequences.
  text.foldCase(U_FOLD_CASE_DEFAULT);
  icu::UnicodeString composed = nfc->normalize(text, status);
  if (U_FAILURE(status)) return to_utf8(text);
  return to_utf8(composed);
}

std::string icu_strip_diacritics(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  const icu::UnicodeString decomposed = nfd->normalize(text, status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    stripped.append(map_undecomposable(c));
  }
  return to_utf8(stripped);
}

// What ICU makes of each code point below kTableEnd (Latin-1 and Latin
// Extended-A and -B: every letter of Albanian, Romanian and Italian, and
// most of the names in their news), folded and folded-then-stripped. A
// word of only such letters is folded by table lookups: ICU's converters
// cost more than the rest of the analysis for the accented words (about one
// in four in our news). Both steps work code point by code point for these
// letters (no combining marks among them, none that compose), so the
// tables give ICU's answer; tests/unit/test_normalizer.cc checks every one.
constexpr UChar32 kTableEnd = 0x0250;

struct LatinTables {
  std::array<std::string, kTableEnd> folded, stripped, plain;  // plain: stripped after folded
  LatinTables() {
    for (UChar32 c = 0; c < kTableEnd; ++c) {
      std::string utf8;
      icu::UnicodeString(c).toUTF8String(utf8);
      folded[static_cast<std::size_t>(c)] = icu_fold_case(utf8);
      stripped[static_cast<std::size_t>(c)] = icu_strip_diacritics(utf8);
      plain[static_cast<std::size_t>(c)] = icu_strip_diacritics(folded[static_cast<std::size_t>(c)]);
    }
  }
};

const LatinTables& latin_tables() {
  static const LatinTables tables;
  return tables;
}

// The code point at word[at] (`at` < word.size()) when the tables hold it,
// with its length in bytes; 0 for any other (a later code point, invalid
// UTF-8). Two-byte sequences reach U+07FF; the tables end at U+024F.
std::size_t table_code_point(std::string_view word, std::size_t at, UChar32& c) {
  const auto lead = static_cast<unsigned char>(word[at]);
  if (lead < 0x80) {
    c = lead;
    return 1;
  }
  if ((lead & 0xE0) != 0xC0 || at + 1 >= word.size()) return 0;
  const auto trail = static_cast<unsigned char>(word[at + 1]);
  if ((trail & 0xC0) != 0x80) return 0;
  c = static_cast<UChar32>(((lead & 0x1F) << 6) | (trail & 0x3F));
  return c < 0x80 || c >= kTableEnd ? 0 : 2;
}

// Maps each code point of `word` through `table`; false (with `out`
// unspecified) when one lies outside it.
bool map_latin(std::string_view word, const std::array<std::string, kTableEnd>& table, std::string& out) {
  out.clear();
  out.reserve(word.size());
  UChar32 c = 0;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t length = table_code_point(word, i, c);
    if (length == 0) return false;
    out += table[static_cast<std::size_t>(c)];
    i += length;
  }
  return true;
}

}  // namespace

std::string fold_case(std::string_view word) {
  if (is_ascii(word)) return ascii_lower(word);
  std::string out;
  if (map_latin(word, latin_tables().folded, out)) return out;
  return icu_fold_case(word);
}

std::string strip_diacritics(std::string_view word) {
  if (is_ascii(word)) return std::string(word);
  std::string out;
  if (map_latin(word, latin_tables().stripped, out)) return out;
  return icu_strip_diacritics(word);
}

bool has_capital(std::string_view word) {
  for (std::int32_t offset = 0; offset < static_cast<std::int32_t>(word.size());) {
    const auto byte = static_cast<unsigned char>(word[static_cast<std::size_t>(offset)]);
    if (byte < 0x80) {  // most letters of the three languages
      if (byte >= 'A' && byte <= 'Z') return true;
      ++offset;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), offset, static_cast<std::int32_t>(word.size()), c);
    if (c > 0 && (u_isupper(c) || u_istitle(c))) return true;
  }
  return false;
}

std::string normalize_term(std::string_view word) {
  return strip_diacritics(fold_case(word));
}

std::optional<std::string_view> plain_first_letter(std::string_view word) {
  UChar32 c = 0;
  if (word.empty() || table_code_point(word, 0, c) == 0) return std::nullopt;
  const std::string& plain = latin_tables().plain[static_cast<std::size_t>(c)];
  if (plain.empty()) return std::nullopt;
  return std::string_view(plain);
}

}  // namespace kronika::analysis
