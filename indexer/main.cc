// kronika-indexer: article files → Kronika database, and its maintenance.
//
//   kronika-indexer --db DIR [--config FILE] PATH...     index (add or replace)
//   kronika-indexer --db DIR --delete ID...              delete articles
//   kronika-indexer --db DIR --compact [SHARD...]        compact the database (or some shards)
//
// Exit status: see indexer/commands.h.

#include <sys/resource.h>

#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "indexer/commands.h"
#include "util/settings.h"

namespace {

using namespace kronika;

constexpr const char* kUsage =
    "usage: kronika-indexer --db DIR [--config FILE] [--shard-by none|year|month] PATH...\n"
    "       kronika-indexer --db DIR --delete ID...\n"
    "       kronika-indexer --db DIR --compact [SHARD...]\n"
    "  Indexes .txt and .jsonl article files (directories are searched recursively);\n"
    "  an article with a known id replaces it.\n"
    "  --db DIR       database directory (created if missing; default from config, KRONIKA_DB)\n"
    "  --config FILE  settings file (default: config/kronika.json if present)\n"
    "  --delete       the arguments are article ids to delete\n"
    "  --shard-by X   none: one database (default, from config indexer.shard_by);\n"
    "                 year, month: a directory of shards by publication date\n"
    "  --compact      rewrite the database compactly (like xapian-compact), in place;\n"
    "                 of a sharded one, every shard or the SHARDs named (e.g. 2024-06)\n";

enum class Mode { Index, Delete, Compact };

struct Options {
  std::string database;
  std::string config;
  std::string shard_by;
  Mode mode = Mode::Index;
  std::vector<std::string> arguments;
};

// Returns false (after printing why) when the command line is unusable.
bool parse_arguments(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    if (argument == "--help" || argument == "-h") {
      std::cout << kUsage;
      std::exit(0);
    } else if (argument == "--db" || argument == "--config" || argument == "--shard-by") {
      if (i + 1 >= argc) {
        std::cerr << "kronika-indexer: " << argument << " needs a value\n" << kUsage;
        return false;
      }
      (argument == "--db" ? options.database : argument == "--config" ? options.config : options.shard_by) = argv[++i];
    } else if (argument == "--delete") {
      options.mode = Mode::Delete;
    } else if (argument == "--compact") {
      options.mode = Mode::Compact;
    } else if (argument.rfind("--", 0) == 0) {
      std::cerr << "kronika-indexer: unknown option " << argument << "\n" << kUsage;
      return false;
    } else {
      options.arguments.push_back(argument);
    }
  }
  if (options.mode != Mode::Compact && options.arguments.empty()) {
    std::cerr << "kronika-indexer: " << (options.mode == Mode::Delete ? "no ids given" : "no input files given") << "\n"
              << kUsage;
    return false;
  }
  return true;
}

void on_signal(int) {
  indexer::g_interrupted = true;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_arguments(argc, argv, options)) return 2;

  util::Settings settings;
  try {
    settings = util::load_settings(options.config);
    util::apply_environment(settings);
    if (!options.database.empty()) settings.database = options.database;
    if (!options.shard_by.empty()) settings.indexer.shard_by = options.shard_by;
    util::validate(settings);
  } catch (const util::SettingsError& error) {
    std::cerr << "kronika-indexer: " << error.what() << '\n';
    return 2;
  }

  // A sharded database keeps one writable handle (a few files each) per
  // shard touched: allow as many open files as the system lets us.
  if (rlimit limit{}; getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
  }
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  switch (options.mode) {
    case Mode::Index: return indexer::index_paths(settings, options.arguments);
    case Mode::Delete: return indexer::delete_ids(settings, options.arguments);
    case Mode::Compact: return indexer::compact_database(settings, options.arguments);
  }
  return 2;
}
