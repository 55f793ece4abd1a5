// The real indexer and server over data/sample, checked over HTTP.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <thread>

#include "test_server.h"

using namespace kronika::testing;
using nlohmann::json;

namespace {

// HTML of escaped text and <mark> back to the text.
std::string without_markup(std::string html) {
  for (const std::string tag : {"<mark>", "</mark>"})
    for (std::size_t at = html.find(tag); at != std::string::npos; at = html.find(tag)) html.erase(at, tag.size());
  const std::pair<std::string, std::string> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, text] : entities)
    for (std::size_t at = html.find(entity); at != std::string::npos; at = html.find(entity, at + text.size()))
      html.replace(at, entity.size(), text);
  return html;
}

}  // namespace

namespace {

constexpr int kSampleArticles = 27;  // 18 .txt files + 9 JSON Lines records

SampleServer& sample() {
  return sample_server();
}

std::vector<std::string> languages_of(const json& response) {
  std::vector<std::string> languages;
  for (const auto& hit : response["hits"]) languages.push_back(hit["lang"].get<std::string>());
  return languages;
}

bool all_equal(const std::vector<std::string>& values, const std::string& expected) {
  return !values.empty() && std::all_of(values.begin(), values.end(), [&](const auto& v) { return v == expected; });
}

}  // namespace

TEST_CASE("the sample corpus indexes cleanly") {
  const CommandResult& indexed = sample().indexed;
  INFO(indexed.err);
  CHECK(indexed.exit_code == 0);
  CHECK(indexed.out.find("indexed 27 articles (it 9, ro 9, sq 9)") != std::string::npos);
  const JsonResponse stats = get_json(sample().server, "/api/stats");
  REQUIRE(stats.status == 200);
  CHECK(stats.body["documents"] == kSampleArticles);
  CHECK(stats.body["languages"]["sq"] == 9);
  CHECK(stats.body["languages"]["ro"] == 9);
  CHECK(stats.body["languages"]["it"] == 9);
  CHECK(stats.body["last_update"].is_string());
}

TEST_CASE("health") {
  const JsonResponse health = get_json(sample().server, "/api/health");
  CHECK(health.status == 200);
  CHECK(health.body["status"] == "ok");
}

TEST_CASE("search returns the documented shape") {
  const JsonResponse response = search(sample().server, {{"q", "Putin"}});
  REQUIRE(response.status == 200);
  const json& body = response.body;
  CHECK(body["total"].get<int>() >= 9);
  CHECK(body["page"] == 1);
  CHECK(body["per_page"] == 10);
  CHECK(body["took_ms"].is_number());
  REQUIRE(body["hits"].size() == 10);
  int marked_titles = 0;
  for (const auto& hit : body["hits"]) {
    for (const char* key : {"id", "title", "lang", "published", "source", "url", "score", "snippet", "title_html"}) {
      CHECK_MESSAGE(hit.contains(key), key);
    }
    CHECK(hit["snippet"].get<std::string>().find("<mark>") != std::string::npos);
    // The title, escaped, its matched words marked.
    const std::string title = hit["title"].is_string() ? hit["title"].get<std::string>() : "";
    const std::string title_html = hit["title_html"].get<std::string>();
    CHECK(without_markup(title_html) == title);
    marked_titles += title_html.find("<mark>Putin") != std::string::npos;
  }
  // (Not "Putinin": a form the name terms keep apart, found through the
  // entity, whose mentions in titles are not stored.)
  CHECK(marked_titles >= 7);
  // Putin is news in all three languages.
  for (const char* language : {"sq", "ro", "it"}) CHECK(body["facets"]["lang"][language].get<int>() >= 3);
}

TEST_CASE("inflected, unaccented and cedilla forms find their articles") {
  const auto& server = sample().server;
  SUBCASE("Albanian Putinit and Rusise") {
    const JsonResponse putinit = search(server, {{"q", "Putinit"}, {"lang", "sq"}});
    CHECK(putinit.body["total"].get<int>() >= 4);
    const JsonResponse rusise = search(server, {{"q", "Rusise"}});
    CHECK(all_equal(languages_of(rusise.body), "sq"));
    // Every hit shows a match in its snippet, and the unaccented query marks
    // the accented inflected form (the first passage with a match is shown,
    // so the form marked varies: "rusë", "Rusia", "Rusisë").
    bool accented_marked = false;
    for (const auto& hit : rusise.body["hits"]) {
      const std::string snippet = hit["snippet"].get<std::string>();
      CHECK(snippet.find("<mark>") != std::string::npos);
      accented_marked = accented_marked || snippet.find("<mark>Rusis\u00EB</mark>") != std::string::npos;
    }
    CHECK(accented_marked);
  }
  SUBCASE("Romanian Phenianul, with or without diacritics, either ş/ș spelling") {
    const JsonResponse phenian = search(server, {{"q", "Phenianul"}, {"lang", "ro"}});
    CHECK(phenian.body["total"].get<int>() >= 3);
    const auto cedilla = hit_ids(search(server, {{"q", "pre\u015Fedintele"}, {"lang", "ro"}}).body);
    const auto comma = hit_ids(search(server, {{"q", "pre\u0219edintele"}, {"lang", "ro"}}).body);
    const auto plain = hit_ids(search(server, {{"q", "presedintele"}, {"lang", "ro"}}).body);
    CHECK(cedilla.size() >= 4);
    CHECK(cedilla == comma);
    CHECK(cedilla == plain);
  }
  SUBCASE("Italian elision: Estremo inside dell’Estremo") {
    const JsonResponse estremo = search(server, {{"q", "\"Estremo Oriente\""}});
    REQUIRE(estremo.body["total"].get<int>() >= 1);
    CHECK(all_equal(languages_of(estremo.body), "it"));
    CHECK(estremo.body["hits"][0]["snippet"].get<std::string>().find("<mark>Estremo</mark>") != std::string::npos);
  }
}

TEST_CASE("a query is interpreted in every language") {
  const JsonResponse response = search(sample().server, {{"q", "vizita"}, {"per_page", "100"}});
  const auto languages = languages_of(response.body);
  CHECK(std::count(languages.begin(), languages.end(), "sq") >= 2);
  CHECK(std::count(languages.begin(), languages.end(), "ro") >= 2);
}

TEST_CASE("query syntax: phrase, prefix, exclusion, OR") {
  const auto& server = sample().server;
  const int putin = search(server, {{"q", "Putin"}}).body["total"];
  const int putin_not_kim = search(server, {{"q", "Putin -Kim"}}).body["total"];
  const int putin_kim = search(server, {{"q", "Putin Kim"}}).body["total"];
  CHECK(putin_not_kim + putin_kim == putin);
  CHECK(putin_kim > 0);
  CHECK(search(server, {{"q", "Meloni OR Rama"}}).body["total"] >= search(server, {{"q", "Meloni"}}).body["total"]);
  CHECK(search(server, {{"q", "Vladivost*"}}).body["total"].get<int>() >= 3);
  CHECK(search(server, {{"q", "\"Putin Kim Meloni Rama\""}}).body["total"] == 0);
}

TEST_CASE("a query of prefixes alone lists its matches newest first") {
  const JsonResponse response = search(sample().server, {{"q", "Vladivost*"}, {"per_page", "100"}});
  std::vector<std::string> published;  // "" for none: those come last
  for (const auto& hit : response.body["hits"])
    published.push_back(hit["published"].is_string() ? hit["published"].get<std::string>() : "");
  REQUIRE(published.size() >= 3);
  CHECK(std::is_sorted(published.rbegin(), published.rend()));
  CHECK(published.front() > published.back());  // not all of one day
}

TEST_CASE("language filter and facets") {
  const JsonResponse response = search(sample().server, {{"q", "Putin"}, {"lang", "it"}});
  CHECK(all_equal(languages_of(response.body), "it"));
  // Facets still count the other languages, so a UI can offer them.
  CHECK(response.body["facets"]["lang"]["sq"].get<int>() >= 1);
  const JsonResponse two = search(sample().server, {{"q", "Putin"}, {"lang", "it,ro"}, {"per_page", "100"}});
  for (const auto& language : languages_of(two.body)) CHECK((language == "it" || language == "ro"));
}

TEST_CASE("paging walks through all results without repeats") {
  const auto& server = sample().server;
  std::vector<std::string> seen;
  for (int page = 1; page <= 10; ++page) {
    const auto ids = hit_ids(search(server, {{"q", ""}, {"per_page", "4"}, {"page", std::to_string(page)}}).body);
    seen.insert(seen.end(), ids.begin(), ids.end());
  }
  CHECK(seen.size() == kSampleArticles);
  std::sort(seen.begin(), seen.end());
  CHECK(std::unique(seen.begin(), seen.end()) == seen.end());
  // last_page: the page a pager may offer last, and the server serves it.
  const JsonResponse first = search(server, {{"q", ""}, {"per_page", "4"}});
  const int last = static_cast<int>((kSampleArticles + 3) / 4);
  CHECK(first.body["last_page"] == last);
  const JsonResponse at_last = search(server, {{"q", ""}, {"per_page", "4"}, {"page", std::to_string(last)}});
  CHECK(at_last.status == 200);
  CHECK(hit_ids(at_last.body).size() == kSampleArticles - 4 * (last - 1));
  CHECK(search(server, {{"q", "qqqzzzxxx"}}).body["last_page"] == 1);
}

TEST_CASE("documents by id") {
  const auto& server = sample().server;
  const JsonResponse document = get_json(server, "/api/documents/sq-01-kim-vladivostok");
  REQUIRE(document.status == 200);
  CHECK(document.body["lang"] == "sq");
  CHECK(document.body["published"] == "2019-04-26");
  CHECK(document.body["title"].get<std::string>().find("Vladivostok") != std::string::npos);
  CHECK(document.body["text"].get<std::string>().size() > 500);
  const JsonResponse html = get_json(server, "/api/documents/jl-it-03");
  CHECK(html.body["text"].get<std::string>().find('<') == std::string::npos);  // markup stripped
  const JsonResponse missing = get_json(server, "/api/documents/no-such-article");
  CHECK(missing.status == 404);
  CHECK(missing.body["error"]["code"] == "not_found");
}

TEST_CASE("bad requests get JSON errors and the server keeps serving") {
  const auto& server = sample().server;
  auto expect_error = [&](const JsonResponse& response, int status) {
    CHECK(response.status == status);
    CHECK(response.body["error"]["message"].is_string());
  };
  expect_error(search(server, {{"q", "x"}, {"per_page", "0"}}), 400);
  expect_error(search(server, {{"q", "x"}, {"per_page", "101"}}), 400);
  expect_error(search(server, {{"q", "x"}, {"page", "abc"}}), 400);
  expect_error(search(server, {{"q", "x"}, {"page", "-1"}}), 400);
  expect_error(search(server, {{"q", "x"}, {"page", "100000"}}), 400);
  expect_error(search(server, {{"q", "x"}, {"lang", "en"}}), 400);
  expect_error(search(server, {{"q", std::string(1100, 'a')}}), 414);
  expect_error(search(server, {{"q", "\xC3\x28"}}), 400);
  expect_error(get_json(server, "/api/nothing-here"), 404);
  expect_error(get_json(server, "/api/search?q=" + std::string(20000, 'a')), 414);
  auto client = server.client();
  const auto big = client.Post("/api/search", std::string(2 << 20, 'x'), "application/json");
  REQUIRE(big);
  CHECK(big->status == 413);
  CHECK(get_json(server, "/api/health").status == 200);
}

TEST_CASE("the page is served at /") {
  auto client = sample().server.client();
  const auto page = client.Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("<html") != std::string::npos);
}

TEST_CASE("re-indexing replaces, bad records are reported and skipped, the server sees commits live") {
  const std::string database = fresh_directory("live-db");
  REQUIRE(run_program({bin("kronika-indexer"), "--db", database, source("data/sample")}).exit_code == 0);
  ServerProcess server(database);
  CHECK(get_json(server, "/api/stats").body["documents"] == kSampleArticles);

  const std::string input = fresh_directory("live-input") + "/update.jsonl";
  {
    std::ofstream out(input, std::ios::binary);
    out << R"({"id": "sq-01-kim-vladivostok", "lang": "sq", "title": "Versioni i ri", "text": "Zorkaviq u takua me delegacionin 5 < 6 & 7."})"
        << "\n"
        << "{broken json\n"
        << "{\"id\": \"bad-utf8\", \"text\": \"\xC3\x28\"}\n"
        << R"({"id": "empty", "lang": "it", "text": "   "})"
        << "\n"
        << R"({"id": "new-1", "lang": "ro", "text": "Articol nou despre Zorkaviq."})"
        << "\n";
  }
  const CommandResult update = run_program({bin("kronika-indexer"), "--db", database, input});
  CHECK(update.exit_code == 1);
  CHECK(update.err.find(input + ":2: error: broken JSON") != std::string::npos);
  CHECK(update.err.find(input + ":3: error: invalid UTF-8") != std::string::npos);
  CHECK(update.err.find(input + ":4: error: empty text") != std::string::npos);

  // Replaced, not duplicated: one new id, and nothing already indexed lost.
  json found;
  for (int attempt = 0; attempt < 50; ++attempt) {
    found = search(server, {{"q", "Zorkaviq"}}).body;
    if (found["total"] == 2) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  CHECK(found["total"] == 2);
  CHECK(get_json(server, "/api/stats").body["documents"] == kSampleArticles + 1);
  const JsonResponse replaced = get_json(server, "/api/documents/sq-01-kim-vladivostok");
  CHECK(replaced.body["title"] == "Versioni i ri");
  // Text is stored as given and escaped in snippets.
  const auto snippet =
      search(server, {{"q", "Zorkaviq"}, {"lang", "sq"}}).body["hits"][0]["snippet"].get<std::string>();
  CHECK(snippet.find("5 &lt; 6 &amp; 7") != std::string::npos);
  CHECK(server.stop() == 0);
}

TEST_CASE("indexer command-line errors name the problem") {
  const CommandResult no_input = run_program({bin("kronika-indexer"), "--db", fresh_directory("cli-db")});
  CHECK(no_input.exit_code == 2);
  const CommandResult missing =
      run_program({bin("kronika-indexer"), "--db", fresh_directory("cli-db2"), "/nonexistent/x.txt"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("/nonexistent/x.txt: error: no such file or directory") != std::string::npos);
}

TEST_CASE("POST /api/analyze shows the analysis chain") {
  auto client = sample().server.client();
  const auto analysed =
      client.Post("/api/analyze", R"({"text": "Vizita e Putinit në SHBA-në", "lang": "sq"})", "application/json");
  REQUIRE(analysed);
  CHECK(analysed->status == 200);
  const json body = json::parse(analysed->body);
  CHECK(body["lang"] == "sq");
  REQUIRE(body["tokens"].size() == 5);
  const json& putinit = body["tokens"][2];
  CHECK(putinit["text"] == "Putinit");
  CHECK(putinit["start"] == 9);
  CHECK(putinit["end"] == 16);
  CHECK(putinit["norm"] == "putinit");
  CHECK(putinit["stem"] == "putin");
  CHECK(putinit["stop"] == false);
  CHECK(body["tokens"][1]["stop"] == true);
  CHECK(body["tokens"][4]["norm"] == "shba");

  const auto detected =
      client.Post("/api/analyze", R"({"text": "Președintele a vizitat Phenianul și Moscova."})", "application/json");
  REQUIRE(detected);
  CHECK(json::parse(detected->body)["lang"] == "ro");

  for (const char* bad : {"{not json", "[]", R"({"text": 5})", R"({"text": "x", "lang": "en"})"}) {
    const auto rejected = client.Post("/api/analyze", bad, "application/json");
    REQUIRE(rejected);
    CHECK_MESSAGE(rejected->status == 400, bad);
    CHECK(json::parse(rejected->body)["error"]["message"].is_string());
  }
}

TEST_CASE("dates: ranges, publication filters, sorting, timeline facet, dates in hits and documents") {
  const auto& server = sample().server;
  // sq-01 (published 2019-04-26) tells of the 25 April 2019 meeting.
  const JsonResponse meeting = search(server, {{"from", "2019-04-25"}, {"to", "2019-04-25"}, {"per_page", "100"}});
  REQUIRE(meeting.status == 200);
  const auto ids = hit_ids(meeting.body);
  CHECK(std::find(ids.begin(), ids.end(), "sq-01-kim-vladivostok") != ids.end());
  const json& timeline = meeting.body["facets"]["timeline"];
  CHECK(timeline["years"]["2019"].get<int>() == static_cast<int>(ids.size()));
  CHECK(timeline["months"]["2019-04"].get<int>() >= 1);
  bool listed = false;
  for (const auto& hit : meeting.body["hits"]) {
    for (const auto& date : hit["dates"]) {
      for (const char* key : {"text", "start", "end", "granularity"}) CHECK(date.contains(key));
      listed = listed || (date.value("from", "") <= "2019-04-25" && date.value("to", "") >= "2019-04-25");
    }
  }
  CHECK(listed);

  // Publication date alone, and newest first.
  const JsonResponse published = search(
      server, {{"published_from", "2024-06"}, {"published_to", "2024-06"}, {"sort", "date"}, {"per_page", "100"}});
  REQUIRE(published.status == 200);
  REQUIRE(published.body["hits"].size() >= 2);
  std::string previous = "9999";
  for (const auto& hit : published.body["hits"]) {
    const std::string date = hit["published"];
    CHECK(date.rfind("2024-06", 0) == 0);
    CHECK(date <= previous);
    previous = date;
  }

  // The document view carries offsets that point at the expression.
  const JsonResponse document = get_json(server, "/api/documents/sq-01-kim-vladivostok");
  REQUIRE(document.body["dates"].size() >= 1);
  CHECK(document.body["dates"][0]["end"].get<int>() > document.body["dates"][0]["start"].get<int>());

  for (const auto& bad :
       std::vector<std::vector<std::pair<std::string, std::string>>>{{{"from", "2024-13-01"}},
                                                                     {{"from", "2024"}, {"to", "2023"}},
                                                                     {{"to", "last week"}},
                                                                     {{"published_from", "2024-02-30"}},
                                                                     {{"sort", "oldest"}}}) {
    const JsonResponse rejected = search(server, bad);
    CHECK(rejected.status == 400);
    CHECK(rejected.body["error"]["message"].is_string());
  }
}
