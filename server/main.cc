// kronika-server: the JSON search API and the page, over one database or its shards.
//
//   kronika-server --db DIR [--port 8080] [--bind 127.0.0.1] [--web DIR]
//                  [--config FILE] [--threads N] [--check-config]
//
// --port 0 picks a free port; the "listening on" line on stdout names it.

#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <thread>

#include <httplib.h>
#include <xapian.h>

#include "schema/index_schema.h"
#include "schema/shards.h"
#include "search/shard_set.h"
#include "server/routes.h"
#include "util/parse_int.h"
#include "util/settings.h"

namespace {

using namespace kronika;

constexpr const char* kUsage =
    "usage: kronika-server --db DIR [--port 8080] [--bind 127.0.0.1] [--web DIR]\n"
    "                      [--config FILE] [--threads N] [--check-config]\n"
    "  Settings come from config/kronika.json (or --config), then KRONIKA_* environment\n"
    "  variables, then these flags. --check-config validates them and exits.\n";

struct Options {
  std::string config;
  std::string database, bind, web_dir;
  int port = -1;
  int threads = -1;
  bool check_config = false;
};

int parse_int(const std::string& flag, const std::string& text) {
  if (const auto value = util::parse_int(text)) return *value;
  throw util::SettingsError(flag + " must be an integer, got '" + text + "'");
}

Options parse_arguments(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw util::SettingsError(argument + " needs a value");
      return argv[++i];
    };
    if (argument == "--help" || argument == "-h") {
      std::cout << kUsage;
      std::exit(0);
    } else if (argument == "--db") {
      options.database = value();
    } else if (argument == "--port") {
      options.port = parse_int(argument, value());
    } else if (argument == "--bind") {
      options.bind = value();
    } else if (argument == "--web") {
      options.web_dir = value();
    } else if (argument == "--config") {
      options.config = value();
    } else if (argument == "--threads") {
      options.threads = parse_int(argument, value());
    } else if (argument == "--check-config") {
      options.check_config = true;
    } else {
      throw util::SettingsError("unknown argument " + argument);
    }
  }
  return options;
}

util::Settings resolve_settings(const Options& options) {
  util::Settings settings = util::load_settings(options.config);
  util::apply_environment(settings);
  if (!options.database.empty()) settings.database = options.database;
  if (!options.bind.empty()) settings.server.bind = options.bind;
  if (!options.web_dir.empty()) settings.server.web_dir = options.web_dir;
  if (options.port >= 0) settings.server.port = options.port;
  if (options.threads >= 0) settings.server.threads = options.threads;
  util::validate(settings);
  return settings;
}

// A server started before its first indexing run serves an empty database
// rather than failing; the indexer's commits show up as they land.
void ensure_database(const std::string& path) {
  if (std::filesystem::exists(std::filesystem::path(path) / "iamglass")) return;
  Xapian::WritableDatabase created(path, Xapian::DB_CREATE_OR_OPEN);
  created.close();
}

}  // namespace

int main(int argc, char** argv) {
  util::Settings settings;
  Options options;
  try {
    options = parse_arguments(argc, argv);
  } catch (const util::SettingsError& error) {
    std::cerr << "kronika-server: " << error.what() << '\n' << kUsage;
    return 2;
  }
  try {
    settings = resolve_settings(options);
  } catch (const util::SettingsError& error) {
    std::cerr << "kronika-server: " << error.what() << '\n';
    return 2;
  }
  std::optional<entities::EntityBase> base;
  try {
    base.emplace(entities::EntityBase::load(settings.entities.directory, settings.entities.user_file));
  } catch (const entities::EntityBaseError& error) {
    std::cerr << "kronika-server: " << error.what() << '\n';
    return 2;
  }
  if (options.check_config) {
    std::cout << "kronika-server: configuration is valid (" << base->entities().size() << " entities)\n";
    return 0;
  }
  std::string serving = settings.database;
  try {
    if (settings.shards.empty() && !schema::is_sharded_database(settings.database)) ensure_database(settings.database);
    search::ShardSet probe(settings);  // fail now, not on the first request
    for (const std::string& old : probe.other_schema()) {
      std::cerr << "kronika-server: warning: " << old << " was built by another version (this one writes schema "
                << schema::kSchemaVersion << "): re-index it (README, \"Indexing your own articles\")\n";
    }
    if (probe.sharded()) {
      serving = settings.shards.empty() ? settings.database + " (sharded)" : "the shards of 'shards'";
      for (const std::string& missing : probe.missing()) {
        std::cerr << "kronika-server: warning: shard " << missing << " cannot be reached; answers are partial\n";
      }
    }
  } catch (const schema::ShardLayoutError& error) {
    std::cerr << "kronika-server: " << error.what() << '\n';
    return 2;
  } catch (const Xapian::Error& error) {
    std::cerr << "kronika-server: cannot open database " << settings.database << ": " << error.get_description()
              << '\n';
    return 2;
  }

  // Signals are taken by one thread with sigwait(), which may safely call
  // stop(); a plain handler may not. Blocked here, before any thread starts,
  // so every worker inherits the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  httplib::Server server;
  const int threads = settings.server.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  server.set_payload_max_length(settings.server.max_body_bytes);
  // httplib writes a response's headers and body separately: with Nagle's
  // algorithm the body waits for the client's delayed ACK, about 40 ms per
  // request on a keep-alive connection (bench/shards_bench.py --smoke: p50
  // 44 ms on 27 articles). Send at once.
  server.set_tcp_nodelay(true);
  // Facet values in memory for a single local database, read in the
  // background (until then facets count from the database's value slots).
  std::optional<search::FacetColumnCache> facet_columns;
  if (settings.search.facet_columns) {
    facet_columns.emplace([&settings] {
      const search::ShardSet shards(settings);
      return shards.has_remote() ? Xapian::Database() : shards.database();
    });
    facet_columns->preload();
  }
  server::ServerContext context{settings, *base, {}, facet_columns ? &*facet_columns : nullptr};
  server::register_routes(server, context);

  // Not cpp-httplib's default SO_REUSEPORT: with it a second server on a
  // port in use starts as well and silently takes part of its connections.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  int port = settings.server.port;
  if (port == 0) {
    port = server.bind_to_any_port(settings.server.bind);
  } else if (!server.bind_to_port(settings.server.bind, port)) {
    port = -1;
  }
  if (port < 0) {
    std::cerr << "kronika-server: cannot listen on " << settings.server.bind << ":" << settings.server.port
              << " (is another server using the port?)\n";
    return 2;
  }
  std::thread signal_waiter([&server, signals] {
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
  });
  std::cout << "kronika-server: serving " << serving << " on http://" << settings.server.bind << ":" << port
            << "/ (listening on " << settings.server.bind << ":" << port << ")\n"
            << std::flush;
  const bool clean = server.listen_after_bind();
  // Wake the signal thread if the server stopped for another reason.
  pthread_kill(signal_waiter.native_handle(), SIGTERM);
  signal_waiter.join();
  std::cout << "kronika-server: stopped\n";
  return clean ? 0 : 1;
}
