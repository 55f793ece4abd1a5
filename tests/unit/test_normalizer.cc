#include <doctest/doctest.h>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>

#include "analysis/normalizer.h"
#include "analysis/ro/romanian_letters.h"

using namespace kronika::analysis;

TEST_CASE("fold_case lower-cases any script and composes to NFC") {
  CHECK(fold_case("PUTIN") == "putin");
  CHECK(fold_case("Președintele") == "președintele");
  CHECK(fold_case("RUSISË") == "rusisë");
  CHECK(fold_case("Città") == "città");
  // e + combining diaeresis (NFD) comes out as the single letter ë.
  CHECK(fold_case("Rusise\u0308") == "rusis\u00EB");
}

TEST_CASE("strip_diacritics removes accents of all three languages") {
  CHECK(strip_diacritics("rusisë") == "rusise");
  CHECK(strip_diacritics("çështje") == "ceshtje");
  CHECK(strip_diacritics("președintele") == "presedintele");  // comma below
  CHECK(strip_diacritics("preşedintele") == "presedintele");  // cedilla
  CHECK(strip_diacritics("țară") == "tara");
  CHECK(strip_diacritics("îndepărtat") == "indepartat");
  CHECK(strip_diacritics("città") == "citta");
  CHECK(strip_diacritics("đoković") == "dokovic");
  CHECK(strip_diacritics("plain") == "plain");
}

TEST_CASE("normalize_term: accented and unaccented spellings meet") {
  CHECK(normalize_term("Rusisë") == normalize_term("Rusise"));
  CHECK(normalize_term("PREȘEDINTELE") == normalize_term("preşedintele"));
  CHECK(normalize_term("Armë") == "arme");
}

TEST_CASE("Romanian cedilla letters become the comma-below letters Snowball 2.2 is written with") {
  CHECK(to_comma_below_letters("preşedinte") == "președinte");
  CHECK(to_comma_below_letters("\u0162ara \u015Etefan") == "Țara Ștefan");
  CHECK(to_comma_below_letters("președinte") == "președinte");
  CHECK(to_comma_below_letters("") == "");
}

namespace {

// ICU's own answers, whole words, as the normaliser gave them before its
// table lookups (analysis/normalizer.cc).
std::string icu_fold(const std::string& word) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  text.foldCase(U_FOLD_CASE_DEFAULT);
  std::string out;
  icu::Normalizer2::getNFCInstance(status)->normalize(text, status).toUTF8String(out);
  return out;
}

std::string icu_strip(const std::string& word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString decomposed =
      icu::Normalizer2::getNFDInstance(status)->normalize(icu::UnicodeString::fromUTF8(word), status);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    // The letters whose stroke NFD keeps (normalizer.cc, map_undecomposable).
    switch (c) {
      case 0x0111: stripped.append(UChar32{'d'}); break;
      case 0x0142: stripped.append(UChar32{'l'}); break;
      case 0x00F8: stripped.append(UChar32{'o'}); break;
      case 0x0131: stripped.append(UChar32{'i'}); break;
      case 0x0127: stripped.append(UChar32{'h'}); break;
      default: stripped.append(c);
    }
  }
  std::string out;
  stripped.toUTF8String(out);
  return out;
}

std::string utf8_of(UChar32 c) {
  std::string out;
  icu::UnicodeString(c).toUTF8String(out);
  return out;
}

}  // namespace

TEST_CASE("the Latin letter tables give ICU's folding and stripping for every letter and word") {
  // Every code point the tables hold, alone and inside a word, and the
  // first ones past them, which go to ICU.
  for (UChar32 c = 0x20; c < 0x0300; ++c) {
    if (c >= 0x7F && c < 0xA0) continue;  // controls
    const std::string letter = utf8_of(c);
    CAPTURE(c);
    CHECK(fold_case(letter) == icu_fold(letter));
    CHECK(strip_diacritics(letter) == icu_strip(letter));
    const std::string word = "Ab" + letter + "Ëș";
    CHECK(fold_case(word) == icu_fold(word));
    CHECK(strip_diacritics(word) == icu_strip(word));
  }
  // ß folds to two letters, İ to i and a combining dot; Greek, Cyrillic and
  // decomposed input are ICU's.
  for (const std::string word : {"Straße", "İstanbul", "ŉ", "ſ", "ǅ", "Ελλάδα", "Москва", "Rusise\u0308", "ȘțĂÂÎ",
                                 "ÇËçë", "ÀÈÌÒÙàèìòù", "Łódź", "Đoković", "Ærø", "\xC3", "a\xC3", "\xC3\x28"}) {
    CAPTURE(word);
    CHECK(fold_case(word) == icu_fold(word));
    CHECK(strip_diacritics(word) == icu_strip(word));
  }
}

TEST_CASE("plain_first_letter is how normalize_term begins, for every Latin letter and after a combining mark") {
  for (UChar32 c = 0x20; c < 0x0300; ++c) {
    if (c >= 0x7F && c < 0xA0) continue;  // controls
    const std::string letter = utf8_of(c);
    CAPTURE(c);
    for (const std::string& word : {letter + "Abë", letter + "\u0301x", letter}) {
      const std::optional<std::string_view> first = plain_first_letter(word);
      if (c >= 0x0250) {
        CHECK_FALSE(first.has_value());
        continue;
      }
      const std::string norm = normalize_term(word);
      if (!first) {
        CHECK(norm.empty());  // a code point that normalises to nothing
        continue;
      }
      CHECK(norm.rfind(std::string(*first), 0) == 0);
    }
  }
  CHECK_FALSE(plain_first_letter("").has_value());
  CHECK_FALSE(plain_first_letter("Москва").has_value());
  CHECK(plain_first_letter("Ëșë") == std::optional<std::string_view>("e"));
}
