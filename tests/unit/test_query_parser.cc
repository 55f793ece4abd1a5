#include <doctest/doctest.h>

#include "search/query_parser.h"

using namespace kronika::search;
using Kind = QueryItem::Kind;

TEST_CASE("words are AND-ed groups of one") {
  const ParsedQuery parsed = parse_query("putin  kim");
  REQUIRE(parsed.required.size() == 2);
  CHECK(parsed.required[0][0].text == "putin");
  CHECK(parsed.required[1][0].kind == Kind::Word);
  CHECK(parsed.excluded.empty());
}

TEST_CASE("phrases, prefixes and exclusions") {
  const ParsedQuery parsed = parse_query("\"Estremo Oriente\" vizit* -sanksione NOT Moska -\"New York\"");
  REQUIRE(parsed.required.size() == 2);
  CHECK(parsed.required[0][0].kind == Kind::Phrase);
  CHECK(parsed.required[0][0].text == "Estremo Oriente");
  CHECK(parsed.required[1][0].kind == Kind::Prefix);
  CHECK(parsed.required[1][0].text == "vizit");
  REQUIRE(parsed.excluded.size() == 3);
  CHECK(parsed.excluded[0].text == "sanksione");
  CHECK(parsed.excluded[1].text == "Moska");
  CHECK(parsed.excluded[2].kind == Kind::Phrase);
}

TEST_CASE("OR joins the items beside it") {
  const ParsedQuery parsed = parse_query("kim putin OR lavrov");
  REQUIRE(parsed.required.size() == 2);
  CHECK(parsed.required[1].size() == 2);
  CHECK(parsed.required[1][1].text == "lavrov");
  // A leading or dangling OR is ignored; lower-case "or" is a word.
  CHECK(parse_query("OR putin OR").required.size() == 1);
  CHECK(parse_query("putin or kim").required.size() == 3);
}

TEST_CASE("odd input never fails") {
  CHECK(parse_query("").empty());
  CHECK(parse_query("   ").empty());
  CHECK(parse_query("\"unclosed phrase").required[0][0].text == "unclosed phrase");
  CHECK(parse_query("* - \"\" ()").empty());
  CHECK(parse_query("(putin)").required[0][0].text == "putin");
}
