#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "entities/entity_base.h"
#include "temp_directory.h"

using namespace kronika;
using kronika::testing::temp_directory;

namespace {

void write(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
}

}  // namespace

TEST_CASE("the user's entity file adds, replaces and removes records") {
  const std::string directory = temp_directory("entities");
  write(directory + "/a.jsonl", R"({"id":"tirana","type":"place","kind":"city","names":{"en":"Tirana","sq":"Tirana"}})"
                                "\n\n"
                                R"({"id":"durres","type":"place","kind":"city","names":{"en":"Durrës"}})"
                                "\n");
  const std::string user = directory + "/mine.json";
  write(user, R"({"id":"tirana","type":"place","kind":"city","names":{"en":"Tirana"},"aliases":["Tiranë"]})"
              "\n"
              R"({"id":"durres","remove":true})"
              "\n"
              R"({"id":"zeri-i-popullit","type":"organisation","names":{"sq":"Zëri i Popullit"}})"
              "\n");
  const auto base = entities::EntityBase::load(directory, user);
  REQUIRE(base.find("tirana") != nullptr);
  CHECK(base.find("tirana")->aliases == std::vector<std::string>{"Tiranë"});
  CHECK(base.find("durres") == nullptr);
  REQUIRE(base.find("zeri-i-popullit") != nullptr);
  CHECK(base.find("zeri-i-popullit")->display_name("en") == "Zëri i Popullit");  // falls back to any name
  analysis::AnalyzerSet analyzers;
  CHECK(base.resolve("Durrës", analyzers).empty());
  CHECK(base.resolve("Tiranës", analyzers).front()->id == "tirana");
}

TEST_CASE("a bad entity record is reported with its file and line") {
  const std::string directory = temp_directory("entities-bad");
  write(directory + "/a.jsonl", R"({"id":"ok","type":"person","names":{"en":"Ok Person"}})"
                                "\n"
                                R"({"id":"broken","type":"person")"
                                "\n");
  try {
    (void)entities::EntityBase::load(directory, "");
    FAIL("no error");
  } catch (const entities::EntityBaseError& error) {
    CHECK(std::string(error.what()).find("a.jsonl:2: ") != std::string::npos);
  }
  CHECK_THROWS_AS((void)entities::EntityBase::load(directory + "/missing", ""), entities::EntityBaseError);
  CHECK_THROWS_AS((void)entities::EntityBase::load("", directory + "/missing.jsonl"), entities::EntityBaseError);
}

TEST_CASE("the project's entity base loads and knows the names news use") {
  const auto base = entities::EntityBase::load(std::string(KRONIKA_SOURCE_DIR) + "/data/entities", "");
  CHECK(base.entities().size() > 1000);
  analysis::AnalyzerSet analyzers;
  auto first = [&](const char* name) {
    const auto found = base.resolve(name, analyzers);
    return found.empty() ? std::string() : found.front()->id;
  };
  CHECK(first("Vlladivostokut") == "vladivostok");
  CHECK(first("Phenianul") == "pyongyang");
  CHECK(first("Shoigu") == first("Șoigu"));
  CHECK(first("Zelenski") == first("Zelensky"));
  CHECK(first("Kremlinului") == "kremlin");
  CHECK(first("OKB") == first("ONU"));
  CHECK(first("SHBA") == first("SUA"));
  CHECK(first("Stati Uniti") == first("SHBA"));
  // An alias in no language ("Rama") still takes Albanian's -ës/-ën for its
  // final -a, and only those: Rami is another name.
  CHECK(first("Ramës") == "edi-rama");
  CHECK(first("Berishën") == "sali-berisha");
  CHECK(first("Rami") != "edi-rama");
  CHECK(first("Ramit") != "edi-rama");
  // Albanian indefinite and genitive forms of places; Romanian genitives of
  // names with an adjective in -eană, -ă, and a root softened before -i.
  CHECK(first("Angli") == "england");
  CHECK(first("Kaliforni") == "california");
  CHECK(first("Britanisë së Madhe") == "united-kingdom");
  CHECK(first("Shteteve të Bashkuara të Amerikës") == "united-states");
  CHECK(first("Europë") == "europe");
  CHECK(first("Uniunii Europene") == "european-union");
  CHECK(first("Comisiei Europene") == "european-commission");
  CHECK(first("Federației Ruse") == "russia");
  CHECK(first("Curții Constituționale") == "romanian-constitutional-court");
  CHECK(first("Marii Britanii") == "united-kingdom");
  CHECK(first("Amerikës") == "united-states");
  CHECK(first("Amerikane") != "united-states");  // American, the adjective
  CHECK(first("Amerikan") != "united-states");
  CHECK(first("Kanadasë") == "canada");  // a stressed -a takes -së
  // Clubs, whose names are not their cities'.
  CHECK(first("Arsenalit") == "arsenal-fc");
  CHECK(first("Inter Miami") == "inter-miami");
}

TEST_CASE("an entity knows the sites that publish under its name") {
  const auto entity = entities::EntityBase::parse_record(
      R"({"id":"libertatea","type":"organisation","kind":"media","names":{"en":"Libertatea"},"aliases":[]})");
  CHECK(entity.is_source("Libertatea"));
  CHECK(entity.is_source("libertatea.ro"));
  CHECK(entity.is_source("www.libertatea.ro"));
  CHECK_FALSE(entity.is_source("digi24.ro"));
  CHECK_FALSE(entity.is_source(""));
  const auto antena = entities::EntityBase::parse_record(
      R"({"id":"antena-3","type":"organisation","kind":"media","names":{"en":"Antena 3"},"aliases":[]})");
  CHECK(antena.is_source("antena3.ro"));
  const auto place = entities::EntityBase::parse_record(
      R"({"id":"pristina","type":"place","kind":"city","names":{"en":"Pristina"},"aliases":[]})");
  CHECK_FALSE(place.is_source("Pristina"));  // only organisations publish
}
