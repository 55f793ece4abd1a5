#include <doctest/doctest.h>

#include "analysis/month_names.h"
#include "articles/dateline.h"

using namespace kronika::articles;
using kronika::analysis::month_from_name;

TEST_CASE("month names in sq, ro, it and en, with or without accents") {
  CHECK(month_from_name("qershor") == 6);
  CHECK(month_from_name("nëntor") == 11);
  CHECK(month_from_name("nentor") == 11);
  CHECK(month_from_name("Iunie") == 6);
  CHECK(month_from_name("septembrie") == 9);
  CHECK(month_from_name("giugno") == 6);
  CHECK(month_from_name("sett.") == 9);
  CHECK(month_from_name("June") == 6);
  CHECK_FALSE(month_from_name("Putin"));
  CHECK_FALSE(month_from_name(""));
}

TEST_CASE("parse_date normalises the usual forms") {
  CHECK(parse_date("2024-06-17") == "2024-06-17");
  CHECK(parse_date("2024-06-17T08:30:00Z") == "2024-06-17");
  CHECK(parse_date("2023-09") == "2023-09");
  CHECK(parse_date("17.06.2024") == "2024-06-17");
  CHECK(parse_date("17/06/2024") == "2024-06-17");
  CHECK(parse_date("17 qershor 2024") == "2024-06-17");
  CHECK(parse_date("17 iunie 2024") == "2024-06-17");
  CHECK(parse_date("17 giugno 2024") == "2024-06-17");
  CHECK(parse_date("June 17, 2024") == "2024-06-17");
  CHECK(parse_date("iunie 2024") == "2024-06");
}

TEST_CASE("parse_date rejects what is not one calendar date") {
  CHECK_FALSE(parse_date("31 qershor 2024"));
  CHECK_FALSE(parse_date("29.02.2023"));
  CHECK(parse_date("29.02.2024") == "2024-02-29");
  CHECK_FALSE(parse_date("2024-13-01"));
  CHECK_FALSE(parse_date("17 Putin 2024"));
  CHECK_FALSE(parse_date("10.000 ushtarë"));
  CHECK_FALSE(parse_date(""));
  CHECK_FALSE(parse_date("0001-01-01"));
}

TEST_CASE("read_dateline: the inline form of the seed corpus") {
  const std::string text = " date 2023-09 Kremlini tha sot se";
  const auto dateline = read_dateline(text);
  REQUIRE(dateline);
  CHECK(dateline->published == "2023-09");
  CHECK(text.substr(dateline->consumed) == "Kremlini tha sot se");
}

TEST_CASE("read_dateline: a line that is only a date") {
  const std::string text = "June 17, 2024\n\nLa 13 septembrie 2023, președintele";
  const auto dateline = read_dateline(text);
  REQUIRE(dateline);
  CHECK(dateline->published == "2024-06-17");
  CHECK(text.substr(dateline->consumed).rfind("La 13", 0) == 0);
}

TEST_CASE("read_dateline: place, date and dash; attribution and dash") {
  const auto placed = read_dateline("TIRANË, 17 qershor 2024 – Kryeministri tha");
  REQUIRE(placed);
  CHECK(placed->published == "2024-06-17");
  const std::string attributed_text = "AgenPress – Il dittatore coreano";
  const auto attributed = read_dateline(attributed_text);
  REQUIRE(attributed);
  CHECK(attributed->source == "AgenPress");
  CHECK(attributed->published.empty());
  CHECK(attributed_text.substr(attributed->consumed) == "Il dittatore coreano");
}

TEST_CASE("read_dateline leaves ordinary openings alone") {
  CHECK_FALSE(read_dateline("Shtetet e Bashkuara kanë paralajmëruar Korenë e Veriut."));
  CHECK_FALSE(read_dateline("La 13 septembrie 2023, președintele rus a vizitat cosmodromul."));
  CHECK_FALSE(read_dateline(""));
}
