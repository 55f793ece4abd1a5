#include "util/settings.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "util/parse_int.h"

namespace kronika::util {

namespace {

using nlohmann::json;

constexpr const char* kDefaultConfigPath = "config/kronika.json";

// Reads one key into `target` when present, checking its JSON type.
template <typename T>
void read_key(const json& object, const std::string& section, const char* key, T& target) {
  const auto found = object.find(key);
  if (found == object.end()) return;
  const std::string name = section.empty() ? key : section + "." + key;
  try {
    if constexpr (std::is_same_v<T, std::string>) {
      if (!found->is_string()) throw SettingsError("");
    } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
      if (!found->is_array()) throw SettingsError("");
      for (const auto& item : *found) {
        if (!item.is_string()) throw SettingsError("");
      }
    } else if constexpr (std::is_same_v<T, bool>) {
      if (!found->is_boolean()) throw SettingsError("");
    } else if constexpr (std::is_integral_v<T>) {
      if (!found->is_number_integer()) throw SettingsError("");
      if constexpr (std::is_unsigned_v<T>) {
        if (found->get<long long>() < 0) throw SettingsError("");
      }
    }
    target = found->get<T>();
  } catch (const std::exception&) {
    throw SettingsError("setting '" + name + "' has the wrong type: " + found->dump());
  }
}

// Rejects keys a section does not know, so a typo never silently does nothing.
void reject_unknown(const json& object, const std::string& section, std::initializer_list<const char*> known) {
  if (!object.is_object()) {
    throw SettingsError("setting '" + section + "' must be an object");
  }
  for (const auto& [key, value] : object.items()) {
    bool ok = false;
    for (const char* name : known) ok = ok || key == name;
    if (!ok) throw SettingsError("unknown setting '" + (section.empty() ? key : section + "." + key) + "'");
  }
}

void read_server(const json& object, ServerSettings& server) {
  reject_unknown(object, "server",
                 {"bind", "port", "web_dir", "threads", "max_query_length", "default_per_page", "max_per_page",
                  "max_result_window", "max_body_bytes", "reload_check_ms", "max_concurrent_requests",
                  "request_timeout_s", "cors_allow_origins"});
  read_key(object, "server", "bind", server.bind);
  read_key(object, "server", "port", server.port);
  read_key(object, "server", "web_dir", server.web_dir);
  read_key(object, "server", "threads", server.threads);
  read_key(object, "server", "max_query_length", server.max_query_length);
  read_key(object, "server", "default_per_page", server.default_per_page);
  read_key(object, "server", "max_per_page", server.max_per_page);
  read_key(object, "server", "max_result_window", server.max_result_window);
  read_key(object, "server", "max_body_bytes", server.max_body_bytes);
  read_key(object, "server", "reload_check_ms", server.reload_check_ms);
  read_key(object, "server", "max_concurrent_requests", server.max_concurrent_requests);
  read_key(object, "server", "request_timeout_s", server.request_timeout_s);
  read_key(object, "server", "cors_allow_origins", server.cors_allow_origins);
}

void read_search(const json& object, SearchSettings& search) {
  reject_unknown(object, "search",
                 {"snippet_length", "facet_check_at_least", "facet_columns", "parallel_count", "wildcard_max_expansion",
                  "shard_timeout_ms", "shard_retry_ms"});
  read_key(object, "search", "snippet_length", search.snippet_length);
  read_key(object, "search", "facet_check_at_least", search.facet_check_at_least);
  read_key(object, "search", "facet_columns", search.facet_columns);
  read_key(object, "search", "parallel_count", search.parallel_count);
  read_key(object, "search", "wildcard_max_expansion", search.wildcard_max_expansion);
  read_key(object, "search", "shard_timeout_ms", search.shard_timeout_ms);
  read_key(object, "search", "shard_retry_ms", search.shard_retry_ms);
}

void read_indexer(const json& object, IndexerSettings& indexer) {
  reject_unknown(object, "indexer", {"batch_size", "build_threads", "shard_by"});
  read_key(object, "indexer", "batch_size", indexer.batch_size);
  read_key(object, "indexer", "build_threads", indexer.build_threads);
  read_key(object, "indexer", "shard_by", indexer.shard_by);
}

void read_entities(const json& object, EntitySettings& entities) {
  reject_unknown(object, "entities", {"directory", "user_file", "facet_size"});
  read_key(object, "entities", "directory", entities.directory);
  read_key(object, "entities", "user_file", entities.user_file);
  read_key(object, "entities", "facet_size", entities.facet_size);
}

// Entity files ship with the project: a relative path in config/kronika.json
// means "from the project root", wherever the program is started.
std::string relative_to_config(const std::string& value, const std::string& config_file) {
  if (value.empty() || std::filesystem::path(value).is_absolute()) return value;
  const auto root = std::filesystem::path(config_file).parent_path().parent_path();
  return (root / value).lexically_normal().string();
}

}  // namespace

Settings load_settings(const std::string& path) {
  Settings settings;
  std::string file = path;
  if (file.empty()) {
    if (!std::filesystem::exists(kDefaultConfigPath)) return settings;
    file = kDefaultConfigPath;
  }
  std::ifstream in(file);
  if (!in) throw SettingsError("cannot read config file " + file);
  std::stringstream buffer;
  buffer << in.rdbuf();
  json root;
  try {
    root = json::parse(buffer.str(), nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/true);
  } catch (const json::parse_error& error) {
    throw SettingsError(file + ": invalid JSON: " + error.what());
  }
  try {
    reject_unknown(root, "", {"database", "shards", "server", "search", "indexer", "entities"});
    read_key(root, "", "database", settings.database);
    read_key(root, "", "shards", settings.shards);
    if (root.contains("server")) read_server(root["server"], settings.server);
    if (root.contains("search")) read_search(root["search"], settings.search);
    if (root.contains("indexer")) read_indexer(root["indexer"], settings.indexer);
    if (root.contains("entities")) read_entities(root["entities"], settings.entities);
    settings.entities.directory = relative_to_config(settings.entities.directory, file);
    settings.entities.user_file = relative_to_config(settings.entities.user_file, file);
    validate(settings);
  } catch (const SettingsError& error) {
    throw SettingsError(file + ": " + error.what());
  }
  return settings;
}

namespace {

int parse_int_variable(const char* name, const char* value) {
  if (const auto number = parse_int(value)) return *number;
  throw SettingsError(std::string("environment variable ") + name + " must be an integer, got '" + value + "'");
}

}  // namespace

void apply_environment(Settings& settings) {
  if (const char* value = std::getenv("KRONIKA_DB")) settings.database = value;
  if (const char* value = std::getenv("KRONIKA_SHARDS")) {
    settings.shards.clear();
    std::string_view rest = value;
    while (!rest.empty()) {
      const std::size_t comma = std::min(rest.find(','), rest.size());
      if (const std::string entry(rest.substr(0, comma)); entry.find_first_not_of(' ') != std::string::npos) {
        settings.shards.push_back(entry);
      }
      rest.remove_prefix(std::min(comma + 1, rest.size()));
    }
  }
  if (const char* value = std::getenv("KRONIKA_BIND")) settings.server.bind = value;
  if (const char* value = std::getenv("KRONIKA_PORT")) settings.server.port = parse_int_variable("KRONIKA_PORT", value);
  if (const char* value = std::getenv("KRONIKA_WEB_DIR")) settings.server.web_dir = value;
  if (const char* value = std::getenv("KRONIKA_ENTITIES_DIR")) settings.entities.directory = value;
  if (const char* value = std::getenv("KRONIKA_ENTITIES_FILE")) settings.entities.user_file = value;
  if (const char* value = std::getenv("KRONIKA_THREADS")) {
    settings.server.threads = parse_int_variable("KRONIKA_THREADS", value);
  }
}

void validate(const Settings& settings) {
  auto require = [](bool ok, const std::string& message) {
    if (!ok) throw SettingsError(message);
  };
  const ServerSettings& server = settings.server;
  require(!settings.database.empty(), "setting 'database' must not be empty");
  require(server.port >= 0 && server.port <= 65535, "setting 'server.port' must be 0..65535");
  require(server.threads >= 1 && server.threads <= 256, "setting 'server.threads' must be 1..256");
  require(server.max_per_page >= 1, "setting 'server.max_per_page' must be at least 1");
  require(server.default_per_page >= 1 && server.default_per_page <= server.max_per_page,
          "setting 'server.default_per_page' must be 1..max_per_page");
  require(server.max_result_window >= server.max_per_page,
          "setting 'server.max_result_window' must be at least max_per_page");
  require(server.max_query_length >= 1, "setting 'server.max_query_length' must be at least 1");
  require(server.reload_check_ms >= 0, "setting 'server.reload_check_ms' must not be negative");
  require(server.max_concurrent_requests >= 1, "setting 'server.max_concurrent_requests' must be at least 1");
  require(server.request_timeout_s >= 1, "setting 'server.request_timeout_s' must be at least 1");
  require(settings.search.snippet_length >= 20, "setting 'search.snippet_length' must be at least 20");
  require(settings.indexer.batch_size >= 1, "setting 'indexer.batch_size' must be at least 1");
  require(settings.indexer.shard_by == "none" || settings.indexer.shard_by == "year" ||
              settings.indexer.shard_by == "month",
          "setting 'indexer.shard_by' must be \"none\", \"year\" or \"month\"");
  // A stalled shard costs up to twice its timeout (the request, then the
  // reconnection): that must fit in a request, so the others still answer.
  require(settings.search.shard_timeout_ms >= 1 &&
              2ull * settings.search.shard_timeout_ms < 1000ull * static_cast<unsigned>(server.request_timeout_s),
          "setting 'search.shard_timeout_ms' must be at least 1 and under half of server.request_timeout_s");
  for (const std::string& shard : settings.shards) {
    require(shard.find_first_not_of(" \t") != std::string::npos, "setting 'shards' has an empty entry");
  }
  require(settings.entities.facet_size >= 1 && settings.entities.facet_size <= 100,
          "setting 'entities.facet_size' must be 1..100");
}

}  // namespace kronika::util
