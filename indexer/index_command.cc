// kronika-indexer PATH...: article files → database.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include <xapian.h>

#include "articles/article_reader.h"
#include "indexer/commands.h"
#include "indexer/document_pipeline.h"
#include "indexer/index_writer.h"
#include "indexer/progress.h"

namespace kronika::indexer {

std::atomic<bool> g_interrupted{false};

namespace {

// Articles read ahead per analysing thread: enough that a long article does
// not leave a thread idle, few enough to keep memory flat.
constexpr std::size_t kInFlightPerThread = 16;

void report(const articles::ReadProblem& problem) {
  std::cerr << problem.file;
  if (problem.line > 0) std::cerr << ':' << problem.line;
  std::cerr << (problem.fatal_for_record ? ": error: " : ": warning: ") << problem.message
            << (problem.fatal_for_record ? " (skipped)" : "") << '\n';
}

}  // namespace

int index_paths(const util::Settings& settings, const std::vector<std::string>& paths) {
  std::size_t problems = 0;
  auto on_problem = [&](const articles::ReadProblem& problem) {
    if (problem.fatal_for_record) ++problems;
    report(problem);
  };
  const auto files = articles::collect_article_files(paths, on_problem);
  std::size_t total_bytes = 0;
  for (const auto& file : files) {
    std::error_code error;
    total_bytes += std::filesystem::file_size(file, error);
  }

  std::optional<entities::EntityBase> base;
  try {
    base.emplace(entities::EntityBase::load(settings.entities.directory, settings.entities.user_file));
  } catch (const entities::EntityBaseError& error) {
    std::cerr << "kronika-indexer: " << error.what() << '\n';
    return 2;
  }
  try {
    // The pipeline builds the documents: the writer needs no builder of its own.
    IndexWriter writer(settings.database, settings.indexer.batch_size, nullptr,
                       schema::parse_shard_by(settings.indexer.shard_by).value_or(schema::ShardBy::None));
    Progress progress(total_bytes);
    std::map<std::string, std::size_t> per_language;
    std::size_t indexed = 0;
    // Articles are analysed on the pipeline's threads and written here, in
    // the order read (indexer/document_pipeline.h).
    const unsigned threads = DocumentPipeline::threads_for(settings.indexer.build_threads);
    DocumentPipeline pipeline(*base, threads, kInFlightPerThread * std::max(threads, 1U));
    auto write = [&](DocumentPipeline::Built&& built) {
      writer.add(built.article, std::move(built.document));
      ++per_language[std::string(analysis::code(built.article.language))];
      ++indexed;
    };
    std::size_t bytes_before_file = 0;
    std::size_t files_read = 0;
    for (const auto& file : files) {
      if (g_interrupted) break;
      std::size_t file_bytes = 0;
      articles::read_article_file(
          file,
          [&](schema::Article&& article) {
            if (g_interrupted) return;  // the rest of the file is left for the next run
            if (pipeline.full()) write(*pipeline.pop(/*wait=*/true));
            pipeline.push(std::move(article));
            while (auto built = pipeline.pop(/*wait=*/false)) write(std::move(*built));
          },
          on_problem,
          [&](std::size_t bytes) {
            file_bytes = bytes;
            progress.update(indexed, bytes_before_file + bytes);
          });
      bytes_before_file += file_bytes;
      ++files_read;
    }
    // Everything read is written, also when interrupted.
    while (auto built = pipeline.pop(/*wait=*/true)) write(std::move(*built));
    writer.commit();
    progress.finish();

    const double seconds = progress.elapsed_seconds();
    std::printf("kronika-indexer: indexed %zu articles (", indexed);
    bool first = true;
    for (const auto& [code, count] : per_language) {
      std::printf("%s%s %zu", first ? "" : ", ", code.c_str(), count);
      first = false;
    }
    std::printf("%s) from %zu files in %.2f s (%.1f MB/s); %zu skipped; %s holds %u documents%s\n", first ? "none" : "",
                files_read, seconds, seconds > 0 ? static_cast<double>(bytes_before_file) / 1e6 / seconds : 0.0,
                problems, settings.database.c_str(), writer.document_count(), writer.sharded() ? " in shards" : "");
    if (g_interrupted) {
      std::fprintf(stderr, "kronika-indexer: interrupted; everything read so far is committed\n");
      return 130;
    }
  } catch (const schema::ShardLayoutError& error) {
    std::cerr << "kronika-indexer: " << error.what() << '\n';
    return 2;
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

}  // namespace kronika::indexer
