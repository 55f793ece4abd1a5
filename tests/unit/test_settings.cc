#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "util/settings.h"

using namespace kronika::util;

namespace {

std::string write_config(const std::string& text) {
  // A scratch file outside the source tree, whatever the working directory.
  const std::string path =
      (std::filesystem::temp_directory_path() / ("kronika-test-settings-" + std::to_string(getpid()) + ".json"))
          .string();
  std::ofstream(path) << text;
  return path;
}

}  // namespace

TEST_CASE("the shipped config/kronika.json is valid and matches the defaults") {
  const Settings shipped = load_settings(std::string(KRONIKA_SOURCE_DIR) + "/config/kronika.json");
  const Settings defaults;
  CHECK(shipped.database == defaults.database);
  CHECK(shipped.server.port == defaults.server.port);
  CHECK(shipped.server.max_per_page == defaults.server.max_per_page);
  CHECK(shipped.server.reload_check_ms == defaults.server.reload_check_ms);
  CHECK(shipped.search.snippet_length == defaults.search.snippet_length);
  CHECK(shipped.indexer.batch_size == defaults.indexer.batch_size);
}

TEST_CASE("comments are allowed and keys override defaults") {
  const Settings settings = load_settings(write_config("// note\n{\"server\": {\"port\": 9090}}"));
  CHECK(settings.server.port == 9090);
  CHECK(settings.server.bind == "127.0.0.1");
}

TEST_CASE("errors name the bad key") {
  CHECK_THROWS_WITH_AS(load_settings(write_config("{\"server\": {\"prot\": 1}}")),
                       doctest::Contains("unknown setting 'server.prot'"), SettingsError);
  CHECK_THROWS_WITH_AS(load_settings(write_config("{\"server\": {\"port\": \"80\"}}")),
                       doctest::Contains("'server.port' has the wrong type"), SettingsError);
  CHECK_THROWS_WITH_AS(load_settings(write_config("{\"server\": {\"max_per_page\": 0}}")),
                       doctest::Contains("server.max_per_page"), SettingsError);
  CHECK_THROWS_WITH_AS(load_settings(write_config("{\"indexer\": {\"batch_size\": -5}}")),
                       doctest::Contains("indexer.batch_size"), SettingsError);
  CHECK_THROWS_AS(load_settings(write_config("{broken")), SettingsError);
  CHECK_THROWS_AS(load_settings("/nonexistent/kronika.json"), SettingsError);
}

TEST_CASE("environment variables override the file") {
  Settings settings;
  setenv("KRONIKA_PORT", "7070", 1);
  setenv("KRONIKA_DB", "/tmp/somewhere", 1);
  apply_environment(settings);
  CHECK(settings.server.port == 7070);
  CHECK(settings.database == "/tmp/somewhere");
  setenv("KRONIKA_PORT", "seventy", 1);
  CHECK_THROWS_AS(apply_environment(settings), SettingsError);
  unsetenv("KRONIKA_PORT");
  unsetenv("KRONIKA_DB");
}

TEST_CASE("shard settings: the layout, the shard list and its timeouts") {
  const Settings settings = load_settings(write_config(
      R"({"shards": ["remote 10.0.0.1:7000", "auto /srv/2024"], "indexer": {"shard_by": "month"},
          "search": {"shard_timeout_ms": 800, "shard_retry_ms": 100}})"));
  CHECK(settings.shards == std::vector<std::string>{"remote 10.0.0.1:7000", "auto /srv/2024"});
  CHECK(settings.indexer.shard_by == "month");
  CHECK(settings.search.shard_timeout_ms == 800);
  CHECK_THROWS_WITH_AS(load_settings(write_config(R"({"indexer": {"shard_by": "week"}})")),
                       doctest::Contains("indexer.shard_by"), SettingsError);
  // A stalled shard must not eat the whole request.
  CHECK_THROWS_WITH_AS(load_settings(write_config(R"({"search": {"shard_timeout_ms": 20000}})")),
                       doctest::Contains("search.shard_timeout_ms"), SettingsError);
  CHECK_THROWS_WITH_AS(load_settings(write_config(R"({"shards": ["  "]})")), doctest::Contains("shards"),
                       SettingsError);

  Settings from_environment;
  setenv("KRONIKA_SHARDS", "remote a:1, remote b:2,,", 1);
  apply_environment(from_environment);
  unsetenv("KRONIKA_SHARDS");
  CHECK(from_environment.shards == std::vector<std::string>{"remote a:1", " remote b:2"});
}
