// Actors and places over data/sample through the real indexer and server:
// filters by any name or form, facets, autocomplete, entity pages, and the
// 4xx answers to bad parameters.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <string>

#include <unicode/unistr.h>

#include "test_server.h"

using namespace kronika::testing;
using nlohmann::json;

namespace {

SampleServer& sample() {
  return sample_server();
}

std::set<std::string> languages_of(const json& body) {
  std::set<std::string> languages;
  for (const auto& hit : body["hits"]) languages.insert(hit["lang"].get<std::string>());
  return languages;
}

const json* find_item(const json& list, const std::string& id) {
  for (const auto& item : list) {
    if (item["id"] == id) return &item;
  }
  return nullptr;
}

// The code points [start, end) of a UTF-8 text.
std::string slice(const std::string& text, std::size_t start, std::size_t end) {
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  std::string out;
  const int32_t from = unicode.moveIndex32(0, static_cast<int32_t>(start));
  const int32_t to = unicode.moveIndex32(0, static_cast<int32_t>(end));
  unicode.tempSubStringBetween(from, to).toUTF8String(out);
  return out;
}

}  // namespace

TEST_CASE("actor= and place= take any name, inflected form or id, in any language") {
  const auto& server = sample().server;
  REQUIRE(sample().indexed.exit_code == 0);
  const JsonResponse by_id = search(server, {{"actor", "vladimir-putin"}, {"per_page", "100"}});
  REQUIRE(by_id.status == 200);
  CHECK(by_id.body["total"].get<int>() >= 6);
  CHECK(languages_of(by_id.body) == std::set<std::string>{"it", "ro", "sq"});
  for (const char* form : {"Putin", "Putinit", "putinit", "Vladimir Putin"}) {
    CAPTURE(form);
    CHECK(hit_ids(search(server, {{"actor", form}, {"per_page", "100"}}).body) == hit_ids(by_id.body));
  }
  const JsonResponse pyongyang = search(server, {{"place", "Phenian"}, {"per_page", "100"}});
  CHECK(pyongyang.body["total"].get<int>() >= 3);
  CHECK(hit_ids(search(server, {{"place", "Pyongyang"}, {"per_page", "100"}}).body) == hit_ids(pyongyang.body));
  // Filters are AND-ed.
  const JsonResponse both = search(server, {{"actor", "Putin"}, {"place", "Phenian"}, {"per_page", "100"}});
  CHECK(both.body["total"].get<int>() <= pyongyang.body["total"].get<int>());
  for (const auto& hit : both.body["hits"]) {
    CHECK(find_item(hit["actors"], "vladimir-putin") != nullptr);
    CHECK(find_item(hit["places"], "pyongyang") != nullptr);
  }
}

TEST_CASE("a query naming an entity finds it however each language writes it") {
  const auto& server = sample().server;
  const JsonResponse response = search(server, {{"q", "Pyongyang"}, {"per_page", "100"}});
  REQUIRE(response.status == 200);
  CHECK(languages_of(response.body) == std::set<std::string>{"it", "ro", "sq"});
  REQUIRE(!response.body["query_entities"].empty());
  CHECK(response.body["query_entities"][0]["id"] == "pyongyang");
  // Titles mark the entity as they write it ("Putini në Phenian").
  bool title_marked = false;
  for (const auto& hit : response.body["hits"])
    title_marked = title_marked || hit["title_html"].get<std::string>().find("<mark>Phenian") != std::string::npos;
  CHECK(title_marked);
  // So does a case form written as a name, which the articles bear out:
  // Romanian "Phenianul" finds the Albanian and Italian articles too.
  const JsonResponse form = search(server, {{"q", "Phenianul"}, {"per_page", "100"}});
  REQUIRE(!form.body["query_entities"].empty());
  CHECK(form.body["query_entities"][0]["id"] == "pyongyang");
  CHECK(languages_of(form.body) == std::set<std::string>{"it", "ro", "sq"});
  // In lower case it is the Romanian word only.
  CHECK(languages_of(search(server, {{"q", "phenianul"}, {"per_page", "100"}}).body) == std::set<std::string>{"ro"});
  // So does one among alternatives, whose mentions are marked as well.
  const JsonResponse either = search(server, {{"q", "Pyongyang OR Vilnius"}, {"per_page", "100"}});
  REQUIRE(either.status == 200);
  CHECK(find_item(either.body["query_entities"], "pyongyang") != nullptr);
  CHECK(either.body["total"].get<int>() >= response.body["total"].get<int>());
  for (const auto& hit : either.body["hits"]) {
    CAPTURE(hit["id"]);
    CHECK(hit["snippet"].get<std::string>().find("<mark>") != std::string::npos);
  }
  // An elided article is no part of the name: "l'Ucraina" names Ukraine.
  const JsonResponse elided = search(server, {{"q", "l'Ucraina"}});
  REQUIRE(!elided.body["query_entities"].empty());
  CHECK(elided.body["query_entities"][0]["id"] == "ukraine");
  CHECK(elided.body["total"] == search(server, {{"q", "Ucraina"}}).body["total"]);
  const JsonResponse capitalised = search(server, {{"q", "L'Ucraina"}});  // as a phone writes it
  REQUIRE(!capitalised.body["query_entities"].empty());
  CHECK(capitalised.body["query_entities"][0]["id"] == "ukraine");
}

TEST_CASE("leaving out a named entity leaves it out in every language; a function word names only the entity") {
  const auto& server = sample().server;
  const auto named = hit_ids(search(server, {{"q", "Pyongyang"}, {"per_page", "100"}}).body);
  const auto others = hit_ids(search(server, {{"q", "-Pyongyang"}, {"per_page", "100"}}).body);
  REQUIRE(!named.empty());
  for (const std::string& id : named) CHECK(std::find(others.begin(), others.end(), id) == others.end());
  CHECK(named.size() + others.size() == search(server, {{"q", ""}}).body["total"].get<std::size_t>());
  // "SUA" (Romanian for the USA) is Italian "sua" (her): in Italian articles
  // it finds the United States, not every "sua".
  const auto sua = hit_ids(search(server, {{"q", "SUA"}, {"lang", "it"}, {"per_page", "100"}}).body);
  const auto usa = hit_ids(search(server, {{"place", "united-states"}, {"lang", "it"}, {"per_page", "100"}}).body);
  CHECK(std::set<std::string>(sua.begin(), sua.end()) == std::set<std::string>(usa.begin(), usa.end()));
  // In lower case it is the function word: dropped beside another word, as any other.
  const JsonResponse elections = search(server, {{"q", "elezioni"}, {"lang", "it"}});
  REQUIRE(elections.body["total"].get<int>() > 0);
  CHECK(search(server, {{"q", "sua elezioni"}, {"lang", "it"}}).body["total"] == elections.body["total"]);
  // A name with an apostrophe is itself before any elided article: "l'Aia" is The Hague.
  const JsonResponse hague = search(server, {{"q", "l'Aia"}});
  REQUIRE(!hague.body["query_entities"].empty());
  CHECK(hague.body["query_entities"][0]["id"] == "the-hague");
}

TEST_CASE("facets count articles per actor and place over all matches") {
  const auto& server = sample().server;
  const JsonResponse response = search(server, {{"q", ""}, {"per_page", "1"}});
  REQUIRE(response.status == 200);
  const json& actors = response.body["facets"]["actor"];
  REQUIRE(!actors.empty());
  for (const auto& item : actors) {
    CHECK(item.contains("name"));
    CHECK(item["type"].is_string());
    // Each count is the number of articles a filter on that entity finds.
    const JsonResponse filtered = search(server, {{"actor", item["id"].get<std::string>()}, {"per_page", "1"}});
    CHECK(filtered.body["total"] == item["count"]);
  }
  const json* putin = find_item(actors, "vladimir-putin");
  REQUIRE(putin != nullptr);
  CHECK((*putin)["name"] == "Vladimir Putin");
  CHECK(find_item(response.body["facets"]["place"], "north-korea") != nullptr);
}

TEST_CASE("a name found in text is one entity in all its case forms, across articles") {
  // Articles the test writes: an unknown person and an unknown court, each in
  // the nominative in one article and in the genitive alone in another.
  const std::string input = fresh_directory("case-forms-input") + "/articles.jsonl";
  {
    std::ofstream out(input);
    out << R"({"id": "cf-1", "lang": "sq", "title": "Zgjedhjet në Gjakovë", "text": "Arbër Zeqiri fitoi )"
           R"(zgjedhjet për kryetar të Gjakovës. Zeqiri tha se do të punojë për të gjithë qytetarët."})"
           "\n"
        << R"({"id": "cf-2", "lang": "sq", "title": "Kërkesë për rinumërim", "text": "Kundërshtarët e )"
           R"(Arbër Zeqirit kërkuan rinumërimin e votave në Gjakovë."})"
           "\n"
        << R"({"id": "cf-3", "lang": "sq", "title": "Ankesa e opozitës", "text": "Gjykata Kushtetuese e )"
           R"(shqyrtoi ankesën e opozitës të martën."})"
           "\n"
        << R"({"id": "cf-4", "lang": "sq", "title": "Vendimi u publikua", "text": "Vendimi i Gjykatës )"
           R"(Kushtetuese u publikua të hënën në mbrëmje."})"
           "\n";
  }
  const std::string database = fresh_directory("case-forms-db");
  REQUIRE(run_program({bin("kronika-indexer"), "--db", database, input}).exit_code == 0);
  ServerProcess server(database);

  const JsonResponse all = search(server, {{"q", ""}, {"per_page", "10"}});
  REQUIRE(all.status == 200);
  const json* person = find_item(all.body["facets"]["actor"], "arber-zeqir");
  REQUIRE(person != nullptr);
  CHECK((*person)["count"] == 2);
  CHECK((*person)["name"] == "Arbër Zeqiri");  // the nominative, though one article has the genitive only
  const json* court = find_item(all.body["facets"]["actor"], "gjykata-kushtetuese");
  REQUIRE(court != nullptr);
  CHECK((*court)["count"] == 2);
  CHECK((*court)["type"] == "organisation");
  CHECK((*court)["name"] == "Gjykata Kushtetuese");
  // Any of its forms, or its id, filters to both articles.
  for (const char* form : {"arber-zeqir", "Arbër Zeqiri", "Arbër Zeqirit", "Arber Zeqirit"}) {
    CAPTURE(form);
    std::vector<std::string> ids = hit_ids(search(server, {{"actor", form}}).body);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<std::string>{"cf-1", "cf-2"});
  }
  CHECK(search(server, {{"actor", "Gjykatës Kushtetuese"}}).body["total"] == 2);
  // The entity page and autocomplete find it by any form too, under one id.
  const JsonResponse by_form = get_json(server, "/api/entities/Gjykat%C3%ABs%20Kushtetuese");
  REQUIRE(by_form.status == 200);
  CHECK(by_form.body["id"] == "gjykata-kushtetuese");
  CHECK(by_form.body["count"] == 2);
  CHECK(by_form.body["name"] == "Gjykata Kushtetuese");
  const JsonResponse by_name = get_json(server, "/api/entities?q=Arb%C3%ABr%20Zeqirit");
  const json* full = find_item(by_name.body["entities"], "arber-zeqir");
  REQUIRE(full != nullptr);
  CHECK((*full)["count"] == 2);
}

TEST_CASE("entity names follow ui_lang") {
  const auto& server = sample().server;
  const JsonResponse sq = search(server, {{"place", "north-korea"}, {"ui_lang", "sq"}});
  const json* place = find_item(sq.body["facets"]["place"], "north-korea");
  REQUIRE(place != nullptr);
  CHECK((*place)["name"] == "Koreja e Veriut");
  const JsonResponse ro = search(server, {{"place", "north-korea"}, {"ui_lang", "ro"}});
  CHECK((*find_item(ro.body["facets"]["place"], "north-korea"))["name"] == "Coreea de Nord");
  CHECK(search(server, {{"q", "x"}, {"ui_lang", "de"}}).status == 400);
}

TEST_CASE("documents list their actors and places with the offsets of every mention") {
  const auto& server = sample().server;
  const JsonResponse hit = search(server, {{"actor", "Kim Jong Un"}, {"lang", "sq"}, {"per_page", "1"}});
  REQUIRE(hit.body["hits"].size() == 1);
  const std::string id = hit.body["hits"][0]["id"];
  const JsonResponse document = get_json(server, "/api/documents/" + id);
  REQUIRE(document.status == 200);
  const std::string text = document.body["text"];
  int mentions = 0;
  for (const char* kind : {"actors", "places"}) {
    for (const auto& entity : document.body[kind]) {
      for (const auto& mention : entity["mentions"]) {
        CHECK(slice(text, mention["start"], mention["end"]) == mention["text"].get<std::string>());
        ++mentions;
      }
    }
  }
  CHECK(mentions > 3);
  CHECK(find_item(document.body["actors"], "kim-jong-un") != nullptr);
}

TEST_CASE("autocomplete over every name, accents optional, with article counts") {
  const auto& server = sample().server;
  const JsonResponse phen = get_json(server, "/api/entities?q=phen");
  REQUIRE(phen.status == 200);
  const json* pyongyang = find_item(phen.body["entities"], "pyongyang");
  REQUIRE(pyongyang != nullptr);
  CHECK((*pyongyang)["count"].get<int>() >= 3);
  // A word of the name will do; most articles first.
  const JsonResponse put = get_json(server, "/api/entities?q=put&type=person");
  REQUIRE(!put.body["entities"].empty());
  CHECK(put.body["entities"][0]["id"] == "vladimir-putin");
  const JsonResponse places = get_json(server, "/api/entities?q=mos&type=place&limit=3");
  CHECK(places.body["entities"].size() <= 3);
  for (const auto& item : places.body["entities"]) CHECK(item["type"] == "place");
  CHECK(get_json(server, "/api/entities?q=ki&type=thing").status == 400);
  CHECK(get_json(server, "/api/entities?q=ki&limit=0").status == 400);
  CHECK(get_json(server, "/api/entities?q=%C3%A7&limit=5").status == 200);
}

TEST_CASE("an entity page: names per language, count, company, first and last date") {
  const auto& server = sample().server;
  const JsonResponse putin = get_json(server, "/api/entities/vladimir-putin");
  REQUIRE(putin.status == 200);
  CHECK(putin.body["type"] == "person");
  CHECK(putin.body["names"]["ro"] == "Vladimir Putin");
  CHECK(putin.body["count"].get<int>() >= 6);
  CHECK(find_item(putin.body["actors"], "kim-jong-un") != nullptr);
  CHECK(find_item(putin.body["actors"], "vladimir-putin") == nullptr);
  CHECK(putin.body["first_seen"].is_string());
  CHECK(putin.body["last_seen"].is_string());
  CHECK(putin.body["first_seen"].get<std::string>() <= putin.body["last_seen"].get<std::string>());
  // Any name works too.
  CHECK(get_json(server, "/api/entities/Phenian").body["id"] == "pyongyang");
  CHECK(get_json(server, "/api/entities/no-such-entity-anywhere").status == 404);
}

TEST_CASE("bad actor and place values get a clear 4xx or an empty result, never a 500") {
  const auto& server = sample().server;
  const JsonResponse unknown = search(server, {{"actor", "Nobody Anybody"}});
  CHECK(unknown.status == 200);
  CHECK(unknown.body["total"] == 0);
  CHECK(unknown.body["unresolved"] == json::array({"Nobody Anybody"}));
  CHECK(search(server, {{"actor", ""}}).status == 400);
  CHECK(search(server, {{"place", "   "}}).status == 400);
  CHECK(search(server, {{"actor", std::string(201, 'a')}}).status == 400);
  CHECK(search(server, {{"actor", std::string(10000, 'a')}}).status / 100 == 4);
  CHECK(search(server, {{"place", "\xff\xfe"}}).status == 400);
  std::vector<std::pair<std::string, std::string>> many;
  for (int i = 0; i < 11; ++i) many.emplace_back("actor", "Putin " + std::to_string(i));
  CHECK(search(server, many).status == 400);
}

TEST_CASE("events: dated sentences naming the requested actors and places, by date") {
  const auto& server = sample().server;
  const JsonResponse all = get_json(server, "/api/events?limit=500");
  REQUIRE(all.status == 200);
  REQUIRE(all.body["total"].get<int>() > 5);
  std::string previous;
  for (const auto& event : all.body["events"]) {
    CHECK(previous <= event["date"]["from"].get<std::string>());
    previous = event["date"]["from"];
    CHECK(!event["sentence"].get<std::string>().empty());
    CHECK(event["actors"].size() + event["places"].size() > 0);
    CHECK(event["article"]["id"].is_string());
  }
  const JsonResponse putin = get_json(server, "/api/events?actor=Putinit&from=2024&to=2024");
  REQUIRE(putin.status == 200);
  REQUIRE(!putin.body["events"].empty());
  for (const auto& event : putin.body["events"]) {
    CHECK(find_item(event["actors"], "vladimir-putin") != nullptr);
    CHECK(event["date"]["to"].get<std::string>() >= "2024-01-01");
    CHECK(event["date"]["from"].get<std::string>() <= "2024-12-31");
  }
  CHECK(get_json(server, "/api/events?limit=2").body["events"].size() == 2);
}

TEST_CASE("events: bad parameters get a clear 4xx, unknown names an empty answer") {
  const auto& server = sample().server;
  CHECK(get_json(server, "/api/events?from=2024-13-01").status == 400);
  CHECK(get_json(server, "/api/events?from=2025&to=2024").status == 400);
  CHECK(get_json(server, "/api/events?limit=0").status == 400);
  CHECK(get_json(server, "/api/events?limit=abc").status == 400);
  CHECK(get_json(server, "/api/events?actor=").status == 400);
  CHECK(get_json(server, "/api/events?lang=xx").status == 400);
  const JsonResponse unknown = get_json(server, "/api/events?place=Atlantis%20Nowhere");
  CHECK(unknown.status == 200);
  CHECK(unknown.body["total"] == 0);
  CHECK(unknown.body["unresolved"].size() == 1);
}

TEST_CASE("did you mean: a misspelt word gets a suggestion, known words none") {
  const auto& server = sample().server;
  const JsonResponse misspelt = search(server, {{"q", "Vladivostock"}});
  REQUIRE(misspelt.status == 200);
  CHECK(misspelt.body["suggestion"] == "Vladivostok");
  CHECK(!search(server, {{"q", "Vladivostok"}}).body.contains("suggestion"));
}
