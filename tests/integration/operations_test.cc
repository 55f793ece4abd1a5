// Operating a running server: delete, compact, metrics, CORS, limits.
#include <doctest/doctest.h>

#include <atomic>
#include <fstream>
#include <thread>

#include "test_server.h"

using namespace kronika::testing;

TEST_CASE("--delete removes articles from a running server's results; unknown ids are reported") {
  const std::string database = fresh_directory("delete-db");
  REQUIRE(run_program({bin("kronika-indexer"), "--db", database, kronika::testing::source("data/sample")}).exit_code ==
          0);
  ServerProcess server(database);
  REQUIRE(get_json(server, "/api/documents/it-03-putin-pyongyang").status == 200);
  const CommandResult deleted =
      run_program({bin("kronika-indexer"), "--db", database, "--delete", "it-03-putin-pyongyang", "no-such-id"});
  CHECK(deleted.exit_code == 1);
  CHECK(deleted.err.find("no-such-id: error: no article with this id") != std::string::npos);
  CHECK(get_json(server, "/api/documents/it-03-putin-pyongyang").status == 404);
  CHECK(get_json(server, "/api/stats").body["documents"] == 26);
}

TEST_CASE("--compact keeps every article and a running server keeps answering") {
  const std::string database = fresh_directory("compact-db");
  REQUIRE(run_program({bin("kronika-indexer"), "--db", database, kronika::testing::source("data/sample")}).exit_code ==
          0);
  ServerProcess server(database);
  const auto before = hit_ids(search(server, {{"q", "Putin"}, {"per_page", "100"}}).body);
  const CommandResult compacted = run_program({bin("kronika-indexer"), "--db", database, "--compact"});
  INFO(compacted.err);
  CHECK(compacted.exit_code == 0);
  CHECK(hit_ids(search(server, {{"q", "Putin"}, {"per_page", "100"}}).body) == before);
  CHECK(get_json(server, "/api/stats").body["documents"] == 27);
  CHECK(run_program({bin("kronika-indexer"), "--db", fresh_directory("empty-db") + "/none", "--compact"}).exit_code ==
        2);
}

TEST_CASE("GET /metrics speaks Prometheus text with routes, not raw paths") {
  const std::string database = fresh_directory("metrics-db");
  REQUIRE(run_program({bin("kronika-indexer"), "--db", database, kronika::testing::source("data/sample")}).exit_code ==
          0);
  ServerProcess server(database);
  search(server, {{"q", "Putin"}});
  get_json(server, "/api/documents/sq-01-kim-vladivostok");
  get_json(server, "/api/documents/missing");
  auto client = server.client();
  const auto metrics = client.Get("/metrics");
  REQUIRE(metrics);
  CHECK(metrics->status == 200);
  CHECK(metrics->get_header_value("Content-Type").find("text/plain") == 0);
  const std::string& text = metrics->body;
  CHECK(text.find("kronika_http_requests_total{route=\"/api/search\",status=\"200\"} 1") != std::string::npos);
  CHECK(text.find("kronika_http_requests_total{route=\"/api/documents/{id}\",status=\"404\"} 1") != std::string::npos);
  CHECK(text.find("kronika_http_request_duration_seconds_bucket{route=\"/api/search\",le=\"+Inf\"} 1") !=
        std::string::npos);
  CHECK(text.find("kronika_documents 27") != std::string::npos);
  CHECK(text.find("kronika_database_revision") != std::string::npos);
  CHECK(text.find("kronika_reloads_total") != std::string::npos);
  CHECK(text.find("kronika_workers_busy") != std::string::npos);
  CHECK(text.find("missing") == std::string::npos);  // no raw paths as labels
}

TEST_CASE("request ids, CORS off by default and on for allowed origins") {
  const std::string database = fresh_directory("cors-db");
  REQUIRE(run_program({bin("kronika-indexer"), "--db", database, kronika::testing::source("data/sample")}).exit_code ==
          0);
  const std::string config = fresh_directory("cors-config") + "/kronika.json";
  std::ofstream(config) << R"({"server": {"cors_allow_origins": ["https://newsroom.example"]}})";
  {
    ServerProcess plain(database);
    auto client = plain.client();
    const auto response = client.Get("/api/stats", {{"Origin", "https://newsroom.example"}, {"X-Request-Id", "r-42"}});
    REQUIRE(response);
    CHECK_FALSE(response->has_header("Access-Control-Allow-Origin"));
    CHECK(response->get_header_value("X-Request-Id") == "r-42");
  }
  ServerProcess server(database, {"--config", config});
  auto client = server.client();
  const auto allowed = client.Get("/api/stats", {{"Origin", "https://newsroom.example"}});
  REQUIRE(allowed);
  CHECK(allowed->get_header_value("Access-Control-Allow-Origin") == "https://newsroom.example");
  CHECK_FALSE(allowed->get_header_value("X-Request-Id").empty());
  const auto other = client.Get("/api/stats", {{"Origin", "https://elsewhere.example"}});
  REQUIRE(other);
  CHECK_FALSE(other->has_header("Access-Control-Allow-Origin"));
  const auto preflight = client.Options("/api/analyze", {{"Origin", "https://newsroom.example"}});
  REQUIRE(preflight);
  CHECK(preflight->status == 204);
  CHECK(preflight->get_header_value("Access-Control-Allow-Methods").find("POST") != std::string::npos);
}

TEST_CASE("requests beyond max_concurrent_requests get 503 with Retry-After, never a failure") {
  const std::string database = fresh_directory("limit-db");
  REQUIRE(run_program({bin("kronika-indexer"), "--db", database, kronika::testing::source("data/sample")}).exit_code ==
          0);
  const std::string config = fresh_directory("limit-config") + "/kronika.json";
  std::ofstream(config) << R"({"server": {"threads": 8, "max_concurrent_requests": 1}})";
  ServerProcess server(database, {"--config", config});
  std::atomic<int> ok{0}, overloaded{0}, other{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 6; ++c) {
    clients.emplace_back([&] {
      auto client = server.client();
      for (int i = 0; i < 40; ++i) {
        const auto response = client.Get("/api/search?q=Putin%20OR%20Kim%20OR%20vizit*&per_page=100");
        if (response && response->status == 200) {
          ++ok;
        } else if (response && response->status == 503 && response->get_header_value("Retry-After") == "1") {
          ++overloaded;
        } else {
          ++other;
        }
      }
    });
  }
  for (auto& thread : clients) thread.join();
  CHECK(ok > 0);
  CHECK(other == 0);
  // With six clients and room for one, some must have been turned away.
  CHECK(overloaded > 0);
}

TEST_CASE("a second server on a port in use fails with a message instead of sharing the port") {
  const SampleServer& sample = sample_server();
  // `timeout`: a server that did start (cpp-httplib's default SO_REUSEPORT
  // lets it) would otherwise run on; it then ends with 124.
  const CommandResult second = run_program({"/usr/bin/timeout", "10", bin("kronika-server"), "--db", sample.database,
                                            "--bind", "127.0.0.1", "--port", std::to_string(sample.server.port()),
                                            "--web", source("web"), "--config", source("config/kronika.json")});
  CHECK(second.exit_code == 2);
  CHECK(second.err.find("cannot listen on 127.0.0.1:" + std::to_string(sample.server.port())) != std::string::npos);
  CHECK(get_json(sample.server, "/api/health").status == 200);
}
