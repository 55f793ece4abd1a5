// What kronika-indexer can do to a database. Each returns the exit status:
// 0 all good; 1 some input was skipped or not found (each reported as
// "file:line: …" or "id: …"); 2 configuration or database error;
// 130 interrupted (what was read so far is committed).
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "util/settings.h"

namespace kronika::indexer {

// Set by the SIGINT/SIGTERM handler; commands stop at the next record.
extern std::atomic<bool> g_interrupted;

int index_paths(const util::Settings& settings, const std::vector<std::string>& paths);
int delete_ids(const util::Settings& settings, const std::vector<std::string>& ids);
// xapian-compact semantics: a compacted copy replaces the database while the
// write lock is held; running servers move to it on their next request.
// A sharded database: every local shard, or the ones named.
int compact_database(const util::Settings& settings, const std::vector<std::string>& shards);

}  // namespace kronika::indexer
