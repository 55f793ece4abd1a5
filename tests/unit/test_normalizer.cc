#include <doctest/doctest.h>

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
