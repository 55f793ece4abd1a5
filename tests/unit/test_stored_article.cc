#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "schema/stored_article.h"

using namespace kronika;

namespace {

schema::Article full_article() {
  schema::Article article;
  article.id = "sq-001";
  article.title = "Takimi në Vladivostok";
  article.language = analysis::Language::Albanian;
  article.published = "2023-09";
  article.source = "Agjencia";
  article.url = "https://example.org/a?b=1";
  article.text = std::string("Putini takoi Kimin më 13 shtator.\n\nNjë tekst me \"thonjëza\" dhe \\ e \x01.") +
                 std::string(300, 'x');  // a length above one varint byte
  analysis::DateMention day;
  day.text = "13 shtator";
  day.start = 20;
  day.end = 30;
  day.from = day.to = "2023-09-13";
  day.relative = false;
  analysis::DateMention evening;
  evening.text = "nesër në mbrëmje";
  evening.start = 200;
  evening.end = 216;
  evening.from = "2023-09-14";
  evening.to = "2023-09-14";
  evening.granularity = analysis::DateGranularity::Hour;
  evening.time_from = "2023-09-14T18:00";
  evening.time_to = "2023-09-15T00:00";
  evening.relative = true;
  evening.open = analysis::DateOpen::After;
  analysis::DateMention yearless;
  yearless.text = "11 shtator";
  yearless.month_day = "09-11";
  article.dates = {day, evening, yearless};

  entities::ArticleEntity putin;
  putin.id = "vladimir-putin";
  putin.type = entities::EntityType::Person;
  putin.known = true;
  putin.mentions = {{"vladimir-putin", putin.type, true, "", "Putini", 0, 6},
                    {"vladimir-putin", putin.type, true, "", "Putinit", 140, 147}};
  entities::ArticleEntity found;
  found.id = "agjencia-x";
  found.type = entities::EntityType::Organisation;
  found.known = false;
  found.name = "Agjencia X";
  found.mentions = {{"agjencia-x", found.type, false, "Agjencia X", "Agjencisë X", 50, 61}};
  article.entities = {putin, found};
  return article;
}

void check_same(const schema::Article& a, const schema::Article& b) {
  CHECK(a.id == b.id);
  CHECK(a.title == b.title);
  CHECK(a.language == b.language);
  CHECK(a.published == b.published);
  CHECK(a.source == b.source);
  CHECK(a.url == b.url);
  CHECK(a.text == b.text);
  REQUIRE(a.dates.size() == b.dates.size());
  for (std::size_t i = 0; i < a.dates.size(); ++i) {
    CAPTURE(i);
    const auto &x = a.dates[i], &y = b.dates[i];
    CHECK(x.text == y.text);
    CHECK(x.start == y.start);
    CHECK(x.end == y.end);
    CHECK(x.from == y.from);
    CHECK(x.to == y.to);
    CHECK(x.month_day == y.month_day);
    CHECK(x.granularity == y.granularity);
    CHECK(x.relative == y.relative);
    CHECK(x.time_from == y.time_from);
    CHECK(x.time_to == y.time_to);
    CHECK(x.open == y.open);
  }
  REQUIRE(a.entities.size() == b.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    CAPTURE(i);
    const auto &x = a.entities[i], &y = b.entities[i];
    CHECK(x.id == y.id);
    CHECK(x.type == y.type);
    CHECK(x.known == y.known);
    CHECK(x.name == y.name);
    REQUIRE(x.mentions.size() == y.mentions.size());
    for (std::size_t m = 0; m < x.mentions.size(); ++m) {
      CHECK(x.mentions[m].id == y.mentions[m].id);
      CHECK(x.mentions[m].type == y.mentions[m].type);
      CHECK(x.mentions[m].known == y.mentions[m].known);
      CHECK(x.mentions[m].name == y.mentions[m].name);
      CHECK(x.mentions[m].text == y.mentions[m].text);
      CHECK(x.mentions[m].start == y.mentions[m].start);
      CHECK(x.mentions[m].end == y.mentions[m].end);
    }
  }
}

}  // namespace

TEST_CASE("a stored article reads back as it was written") {
  const schema::Article article = full_article();
  const std::string data = schema::serialize_article(article);
  check_same(schema::deserialize_article(data), article);
  check_same(schema::deserialize_article(schema::serialize_article(schema::Article{})), schema::Article{});
}

TEST_CASE("articles stored as JSON by older indexers are still read") {
  // The form databases written before the binary one hold.
  const std::string json =
      R"({"dates":[{"end":30,"from":"2023-09-13","granularity":"day","start":20,"text":"13 shtator","to":"2023-09-13"},)"
      R"({"end":216,"from":"2023-09-14","granularity":"hour","open":"after","relative":true,"start":200,)"
      R"("text":"nesër në mbrëmje","time_from":"2023-09-14T18:00","time_to":"2023-09-15T00:00","to":"2023-09-14"},)"
      R"({"end":0,"granularity":"day","month_day":"09-11","start":0,"text":"11 shtator"}],)"
      R"("entities":[{"id":"vladimir-putin","mentions":[[0,6,"Putini"],[140,147,"Putinit"]],"type":"person"},)"
      R"({"id":"agjencia-x","mentions":[[50,61,"Agjencisë X"]],"name":"Agjencia X","type":"organisation"}],)"
      R"("id":"sq-001","lang":"sq","published":"2023-09","source":"Agjencia","text":"PLACEHOLDER",)"
      R"("title":"Takimi në Vladivostok","url":"https://example.org/a?b=1"})";
  schema::Article expected = full_article();
  expected.text = "Putini takoi Kimin.";
  std::string old = json;
  old.replace(old.find("PLACEHOLDER"), 11, expected.text);
  check_same(schema::deserialize_article(old), expected);
}

TEST_CASE("corrupt stored data throws instead of reading past its end") {
  const std::string data = schema::serialize_article(full_article());
  // Every cut of the data is caught, wherever it falls.
  for (std::size_t cut = 1; cut < data.size(); cut += 7) {
    CAPTURE(cut);
    CHECK_THROWS_AS(schema::deserialize_article(data.substr(0, cut)), std::runtime_error);
  }
  CHECK_THROWS_AS(schema::deserialize_article(data + "x"), std::runtime_error);
  // A huge count or length fails before anything is reserved.
  CHECK_THROWS_AS(schema::deserialize_article(std::string("\x01\xff\xff\xff\xff\x0f", 6)), std::runtime_error);
}
