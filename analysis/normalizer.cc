#include "analysis/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

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

}  // namespace

std::string fold_case(std::string_view word) {
  if (is_ascii(word)) return ascii_lower(word);
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

std::string strip_diacritics(std::string_view word) {
  if (is_ascii(word)) return std::string(word);
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

std::string normalize_term(std::string_view word) {
  return strip_diacritics(fold_case(word));
}

}  // namespace kronika::analysis
