// kronika-indexer: article files → Kronika database.
//
//   kronika-indexer --db DIR [--config FILE] PATH...
//
// Exit status: 0 all good; 1 some records were skipped (each reported as
// "file:line: message"); 2 usage, configuration or database error;
// 130 interrupted (what was read so far is committed).

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "articles/article_reader.h"
#include "indexer/index_writer.h"
#include "indexer/progress.h"
#include "util/settings.h"

namespace {

using namespace kronika;

std::atomic<bool> g_interrupted{false};

void on_signal(int) {
  g_interrupted = true;
}

constexpr const char* kUsage =
    "usage: kronika-indexer --db DIR [--config FILE] PATH...\n"
    "  Indexes .txt and .jsonl article files (directories are searched recursively).\n"
    "  --db DIR       database directory (created if missing; default from config)\n"
    "  --config FILE  settings file (default: config/kronika.json if present)\n";

struct Options {
  std::string database;
  std::string config;
  std::vector<std::string> paths;
};

// Returns false (after printing why) when the command line is unusable.
bool parse_arguments(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    auto value = [&](const char* flag) -> const char* {
      if (i + 1 >= argc) {
        std::cerr << "kronika-indexer: " << flag << " needs a value\n" << kUsage;
        return nullptr;
      }
      return argv[++i];
    };
    if (argument == "--help" || argument == "-h") {
      std::cout << kUsage;
      std::exit(0);
    } else if (argument == "--db") {
      const char* v = value("--db");
      if (!v) return false;
      options.database = v;
    } else if (argument == "--config") {
      const char* v = value("--config");
      if (!v) return false;
      options.config = v;
    } else if (argument.rfind("--", 0) == 0) {
      std::cerr << "kronika-indexer: unknown option " << argument << "\n" << kUsage;
      return false;
    } else {
      options.paths.push_back(argument);
    }
  }
  if (options.paths.empty()) {
    std::cerr << "kronika-indexer: no input files given\n" << kUsage;
    return false;
  }
  return true;
}

void report(const articles::ReadProblem& problem) {
  std::cerr << problem.file;
  if (problem.line > 0) std::cerr << ':' << problem.line;
  std::cerr << (problem.fatal_for_record ? ": error: " : ": warning: ") << problem.message
            << (problem.fatal_for_record ? " (skipped)" : "") << '\n';
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
    util::validate(settings);
  } catch (const util::SettingsError& error) {
    std::cerr << "kronika-indexer: " << error.what() << '\n';
    return 2;
  }

  std::size_t problems = 0;
  auto on_problem = [&](const articles::ReadProblem& problem) {
    if (problem.fatal_for_record) ++problems;
    report(problem);
  };
  const auto files = articles::collect_article_files(options.paths, on_problem);
  std::size_t total_bytes = 0;
  for (const auto& file : files) {
    std::error_code error;
    total_bytes += std::filesystem::file_size(file, error);
  }

  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);

  try {
    indexer::IndexWriter writer(settings.database, settings.indexer.batch_size);
    indexer::Progress progress(total_bytes);
    std::map<std::string, std::size_t> per_language;
    std::size_t indexed = 0;
    std::size_t bytes_before_file = 0;
    std::size_t files_read = 0;
    for (const auto& file : files) {
      if (g_interrupted) break;
      std::size_t file_bytes = 0;
      articles::read_article_file(
          file,
          [&](schema::Article&& article) {
            if (g_interrupted) return;  // the rest of the file is left for the next run
            writer.add(article);
            ++per_language[std::string(analysis::code(article.language))];
            ++indexed;
          },
          on_problem,
          [&](std::size_t bytes) {
            file_bytes = bytes;
            progress.update(indexed, bytes_before_file + bytes);
          });
      bytes_before_file += file_bytes;
      ++files_read;
    }
    writer.commit();
    progress.finish();

    const double seconds = progress.elapsed_seconds();
    std::printf("kronika-indexer: indexed %zu articles (", indexed);
    bool first = true;
    for (const auto& [code, count] : per_language) {
      std::printf("%s%s %zu", first ? "" : ", ", code.c_str(), count);
      first = false;
    }
    std::printf("%s) from %zu files in %.2f s (%.1f MB/s); %zu skipped; %s holds %u documents\n", first ? "none" : "",
                files_read, seconds, seconds > 0 ? static_cast<double>(bytes_before_file) / 1e6 / seconds : 0.0,
                problems, settings.database.c_str(), writer.document_count());
    if (g_interrupted) {
      std::fprintf(stderr, "kronika-indexer: interrupted; everything read so far is committed\n");
      return 130;
    }
  } catch (const Xapian::DatabaseLockError& error) {
    std::cerr << "kronika-indexer: " << settings.database
              << ": the database is locked by another indexer: " << error.get_msg() << '\n';
    return 2;
  } catch (const Xapian::Error& error) {
    std::cerr << "kronika-indexer: " << settings.database << ": " << error.get_description() << '\n';
    return 2;
  }
  return problems > 0 ? 1 : 0;
}
