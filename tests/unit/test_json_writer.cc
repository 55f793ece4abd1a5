#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "util/json_writer.h"

using kronika::util::JsonWriter;
using nlohmann::json;

namespace {

std::string nlohmann_text(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string written(const std::string& text) {
  JsonWriter out;
  out.value(text);
  return out.take();
}

}  // namespace

TEST_CASE("strings are written as nlohmann::json dumps them") {
  for (const std::string& text :
       {std::string("Putinit"), std::string("Rusisë „dhe” Ukrainës"), std::string("a\"b\\c/d"),
        std::string("line\nbreak\ttab\rreturn\bback\fform"), std::string("\x01\x1f\x7f"), std::string("東京 👍"),
        std::string("<mark>x</mark> & …"), std::string(), std::string("nul\0byte", 8)}) {
    CHECK(written(text) == nlohmann_text(text));
  }
}

TEST_CASE("invalid UTF-8 becomes U+FFFD and the text stays valid JSON") {
  for (const std::string text : {"ok\xff", "\xc3", "a\xe2\x80", "\xed\xa0\x80 surrogate", "\xc0\xaf overlong"}) {
    const json parsed = json::parse(written(text));
    REQUIRE(parsed.is_string());
    CHECK(parsed.get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);
  }
}

TEST_CASE("numbers, booleans and null") {
  JsonWriter out;
  out.begin_array()
      .value(0)
      .value(-42)
      .value(std::uint64_t{18446744073709551615ULL})
      .value(3.0)
      .value(5.6164198392822575)
      .value(0.1)
      .value(1e-7)
      .value(std::numeric_limits<double>::quiet_NaN())
      .value(true)
      .value(false)
      .null()
      .end_array();
  const std::string text = out.take();
  const json parsed = json::parse(text);
  CHECK(text.rfind("[0,-42,18446744073709551615,3.0,5.6164198392822575,0.1,", 0) == 0);
  CHECK(parsed[3].is_number_float());
  CHECK(parsed[5].get<double>() == 0.1);
  CHECK(parsed[6].get<double>() == 1e-7);
  CHECK(parsed[7].is_null());
  CHECK(parsed[8] == true);
  CHECK(parsed[10].is_null());
}

TEST_CASE("objects and arrays nest with commas in the right places") {
  JsonWriter out;
  out.begin_object().key("a").begin_array().end_array().key("b").begin_object().key("c").value(1);
  out.key("d").begin_array().value("x").begin_object().end_object().value("y").end_array();
  out.end_object().key("e").string_or_null("").key("f").string_or_null("z").key("g").raw("[1,2]").end_object();
  CHECK(out.take() == R"({"a":[],"b":{"c":1,"d":["x",{},"y"]},"e":null,"f":"z","g":[1,2]})");
}
