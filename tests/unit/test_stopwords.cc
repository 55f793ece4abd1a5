#include <doctest/doctest.h>

#include "analysis/analyzer.h"
#include "analysis/common_words.h"
#include "analysis/stopwords.h"

using namespace kronika::analysis;

TEST_CASE("function words are stop words of their language, matched without diacritics") {
  CHECK(is_stopword(Language::Albanian, "te"));  // të
  CHECK(is_stopword(Language::Albanian, "ne"));  // në
  CHECK(is_stopword(Language::Albanian, "dhe"));
  CHECK(is_stopword(Language::Romanian, "si"));  // și
  CHECK(is_stopword(Language::Romanian, "in"));  // în
  CHECK(is_stopword(Language::Italian, "della"));
  CHECK(is_stopword(Language::Italian, "dell"));  // elided article after the split
  CHECK_FALSE(is_stopword(Language::Undetermined, "the"));
}

TEST_CASE("content words are not stop words") {
  for (const char* word : {"vend", "mire", "madhe", "putin", "rusi"})
    CHECK_FALSE(is_stopword(Language::Albanian, word));
  for (const char* word : {"an", "zi", "tara"}) CHECK_FALSE(is_stopword(Language::Romanian, word));
  for (const char* word : {"anno", "stato", "governo"}) CHECK_FALSE(is_stopword(Language::Italian, word));
}

TEST_CASE("tokens carry the stop flag") {
  Analyzer albanian(Language::Albanian);
  const auto tokens = albanian.analyze("Koreja e Veriut");
  REQUIRE(tokens.size() == 3);
  CHECK_FALSE(tokens[0].stop);
  CHECK(tokens[1].stop);
}

TEST_CASE("common words are the stop words of any of the three languages and frequent general words") {
  CHECK(is_common_word("sono"));   // Italian
  CHECK(is_common_word("fost"));   // Romanian
  CHECK(is_common_word("eshte"));  // Albanian është, diacritic-free
  CHECK(is_common_word("due"));    // frequent, yet searched for: not a stop word
  CHECK_FALSE(is_stopword(Language::Italian, "due"));
  CHECK(is_common_word("mult"));
  CHECK(is_common_word("shume"));  // shumë
  CHECK_FALSE(is_common_word("vizita"));
  CHECK_FALSE(is_common_word("polizia"));  // topic words stay out
  CHECK_FALSE(is_common_word(""));
}
