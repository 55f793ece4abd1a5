// The Latin rules must give exactly ICU's words: on generated text over the
// characters they cover (and some they hand to ICU), and on the real news
// of ../shared when it is there.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/latin_word_break.h"
#include "analysis/tokenizer.h"

using kronika::analysis::Tokenizer;
using kronika::analysis::WordSpan;

namespace {

std::vector<std::string> words_of(Tokenizer& tokenizer, const std::string& text) {
  std::vector<std::string> out;
  for (const WordSpan& span : tokenizer.split(text))
    out.push_back(text.substr(span.byte_start, span.byte_end - span.byte_start));
  return out;
}

std::vector<std::string> latin_words_of(const std::string& text, bool& covered) {
  std::vector<WordSpan> spans;
  covered = kronika::analysis::latin_words(text, 0, text.size(), spans);
  std::vector<std::string> out;
  for (const WordSpan& span : spans) out.push_back(text.substr(span.byte_start, span.byte_end - span.byte_start));
  return out;
}

}  // namespace

TEST_CASE("Latin rules: letters, numbers and what joins them") {
  bool covered = false;
  CHECK(latin_words_of("dell'Estremo", covered) == std::vector<std::string>{"dell'Estremo"});
  CHECK(covered);
  CHECK(latin_words_of("10.000,5", covered) == std::vector<std::string>{"10.000,5"});
  CHECK(latin_words_of("a:b", covered) == std::vector<std::string>{"a", "b"});  // ICU's root tailoring
  CHECK(latin_words_of("a,b", covered) == std::vector<std::string>{"a", "b"});
  CHECK(latin_words_of("„Ukrainës”,", covered) == std::vector<std::string>{"Ukrainës"});
  CHECK(latin_words_of("_", covered).empty());
  CHECK(latin_words_of("__", covered) == std::vector<std::string>{"__"});
  CHECK(latin_words_of("x_.y", covered) == std::vector<std::string>{"x_", "y"});
  CHECK(latin_words_of("e.g.", covered) == std::vector<std::string>{"e.g"});
  CHECK(latin_words_of("Șoigu-t", covered) == std::vector<std::string>{"Șoigu", "t"});
}

TEST_CASE("Latin rules hand other characters to ICU") {
  bool covered = true;
  latin_words_of("Ko\u00ADsova", covered);  // a soft hyphen is a format character
  CHECK_FALSE(covered);
  latin_words_of("e\u0301", covered);  // a combining accent
  CHECK_FALSE(covered);
  latin_words_of("東京", covered);
  CHECK_FALSE(covered);
  latin_words_of("ok\xff", covered);  // invalid UTF-8
  CHECK_FALSE(covered);
  Tokenizer latin, icu(Tokenizer::Rules::IcuOnly);
  for (const std::string text :
       {"Ko\u00ADsova dhe Serbia", "caf\u00e9 cafe\u0301 東京 ok", "👍🏽 Rama", "ok\xff ok"})
    CHECK(words_of(latin, text) == words_of(icu, text));
}

TEST_CASE("Latin rules agree with ICU on generated text") {
  // Pieces drawn at random: letters (ASCII, Albanian, Romanian with both
  // comma and cedilla, Italian), digits and every joining or breaking
  // character news text has, plus a few the rules hand to ICU.
  const std::vector<std::string> pieces = {
      "a", "Z",  "ë",  "Ç",      "ș",      "ş",      "Ț",      "à",      "ì",      "ß",      "ñ",      "ø",
      "ŀ", "ǆ",  "0",  "7",      "٣",      ".",      ",",      ";",      ":",      "'",      "’",      "‘",
      "·", "_",  "-",  "–",      "—",      "/",      "\"",     "“",      "”",      "„",      "«",      "»",
      "(", ")",  "!",  "?",      "%",      "€",      "$",      "@",      "#",      "&",      "*",      "+",
      "…", "°",  "º",  "ª",      "²",      "½",      "\u00a0", "\u202f", "\u2009", "\u2024", "\u2027", "\ufe52",
      " ", "\n", "\t", "\u00ad", "\u0301", "\u200d", "\u05d0", "ア",     "ก",      "東",     "🇦",      "👍"};
  std::mt19937 random(20261207);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(1, 12);
  Tokenizer latin, icu(Tokenizer::Rules::IcuOnly);
  std::size_t differing = 0;
  std::string example;
  for (int round = 0; round < 50000; ++round) {
    std::string text;
    for (std::size_t i = length(random); i > 0; --i) text += pieces[pick(random)];
    if (words_of(latin, text) != words_of(icu, text)) {
      if (example.empty()) example = text;
      ++differing;
    }
  }
  INFO("first differing text: [" << example << "]");
  CHECK(differing == 0);
}

TEST_CASE("Latin rules agree with ICU on the real news (when ../shared is there)") {
  namespace fs = std::filesystem;
  const fs::path news = fs::path(KRONIKA_SOURCE_DIR) / ".." / "shared" / "corpus" / "news";
  if (!fs::exists(news)) return;
  Tokenizer latin, icu(Tokenizer::Rules::IcuOnly);
  std::size_t texts = 0, differing = 0;
  std::string example;
  for (const char* file : {"sq_bleta_rss/articles.jsonl", "ro_political_news/articles.jsonl",
                           "it_dice_crime_news/articles_detokenized.jsonl"}) {
    std::ifstream in(news / file);
    std::string line;
    for (int n = 0; n < 2000 && std::getline(in, line); ++n) {
      const auto record = nlohmann::json::parse(line, nullptr, false);
      if (!record.is_object() || !record.contains("text") || !record["text"].is_string()) continue;
      const std::string text = record["text"];
      ++texts;
      if (words_of(latin, text) != words_of(icu, text)) {
        if (example.empty()) example = text.substr(0, 200);
        ++differing;
      }
    }
  }
  INFO("first differing text begins: [" << example << "]");
  CHECK(texts > 3000);
  CHECK(differing == 0);
}
