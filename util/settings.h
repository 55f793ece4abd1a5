// Kronika's settings: defaults, config/kronika.json, then environment
// variables, then command-line flags (each later source wins).
// config/kronika.json documents every key; load_settings() rejects unknown
// keys and wrong types with a message that names the key.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace kronika::util {

struct ServerSettings {
  // (see config/kronika.json for what each one does)
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string web_dir = "web";
  int threads = 16;                     // connections served at once (keep-alive holds one)
  std::size_t max_query_length = 1024;  // characters in q=
  int default_per_page = 10;
  int max_per_page = 100;
  int max_result_window = 10000;                // page * per_page may not exceed this
  std::size_t max_body_bytes = 1 << 20;         // request bodies
  int reload_check_ms = 0;                      // how often (ms) a worker checks for a new revision; 0: every request
  int max_concurrent_requests = 8;              // API requests worked on at once; more get 503 + Retry-After
  int request_timeout_s = 30;                   // socket read/write timeout per request
  std::vector<std::string> cors_allow_origins;  // empty: CORS off; "*" allows any origin
};

struct SearchSettings {
  std::size_t snippet_length = 240;        // characters of context around matches
  unsigned facet_check_at_least = 100000;  // documents examined for exact facet counts
  bool facet_columns = true;               // facet values of a single local database in memory
  bool parallel_count = true;              // count facets on a second thread beside the ranked match
  unsigned wildcard_max_expansion = 200;   // terms a prefix* query may expand to
  unsigned shard_timeout_ms = 5000;        // a remote shard slower than this is left out of the answer
  unsigned shard_retry_ms = 2000;          // how often a missing shard is tried again
};

struct EntitySettings {
  // Relative paths are relative to the config file's folder's parent (the
  // project root for config/kronika.json), or to the working directory when
  // no config file is read.
  std::string directory = "data/entities";  // every *.jsonl in it is loaded
  std::string user_file;                    // the user's own entities, loaded last (may override)
  unsigned facet_size = 10;                 // actors and places listed per facet
};

struct IndexerSettings {
  unsigned batch_size = 1000;     // documents per commit
  unsigned build_threads = 0;     // threads analysing articles (0: one fewer than the cores)
  std::string shard_by = "none";  // "none", "year" or "month" of publication (schema/shards.h)
};

struct Settings {
  std::string database = "build/db";
  // Searched as one instead of `database` when not empty: "auto PATH" (or a
  // path) and "remote HOST:PORT" entries (schema/shards.h).
  std::vector<std::string> shards;
  ServerSettings server;
  SearchSettings search;
  IndexerSettings indexer;
  EntitySettings entities;
};

class SettingsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads `path` (JSON, // comments allowed) over the defaults. An empty path
// means "config/kronika.json if it exists, else defaults". Throws SettingsError.
Settings load_settings(const std::string& path);

// Applies KRONIKA_DB, KRONIKA_SHARDS (comma-separated), KRONIKA_BIND, KRONIKA_PORT, KRONIKA_WEB_DIR, KRONIKA_THREADS,
// KRONIKA_ENTITIES_DIR, KRONIKA_ENTITIES_FILE.
void apply_environment(Settings& settings);

// Throws SettingsError naming the first value out of range.
void validate(const Settings& settings);

}  // namespace kronika::util
