// The databases a search runs over, opened as one Xapian::Database (one
// ranking with global statistics, correct totals): a plain database, the
// shards of a sharded one (schema/shards.h), or the configured `shards`,
// local or served by xapian-tcpsrv.
//
// A shard that cannot be reached is left out and named by missing(), so
// the answer comes from the others and says it is partial; it is tried
// again every shard_retry_ms. A plain `database` is not a shard list: if it
// cannot be read, that is an error, as it always was.
//
// Like every Xapian handle, not thread-safe: one per worker thread.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/shards.h"
#include "util/settings.h"

namespace kronika::search {

// No shard of the list can be reached: there is nothing to answer from.
class NoShardAvailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ShardSet {
 public:
  // Throws schema::ShardLayoutError for an unreadable shard list, and
  // Xapian::Error when a plain database cannot be opened.
  explicit ShardSet(const util::Settings& settings);

  // Throws NoShardAvailable when every shard is missing.
  const Xapian::Database& database() const;

  // Moves every shard to its latest commit, picks up shards added to (or
  // retired from) a stub file, and tries missing shards again when their
  // time has come. True when what is searched changed.
  bool refresh();
  // After a Xapian::NetworkError: connects to every remote shard afresh (a
  // request that failed half-way leaves the others' connections with unread
  // replies) and leaves out those that do not answer. False when there is
  // no remote shard, so nothing to redo the work with.
  bool reconnect_remotes();
  std::size_t size() const { return shards_.size(); }

  // Shards left out of the current answer, as named in the shard list.
  std::vector<std::string> missing() const;
  bool sharded() const { return list_ != List::Plain; }
  bool has_remote() const { return has_remote_; }

  struct ShardStatus {
    std::string name;
    bool reachable = false;
    Xapian::doccount documents = 0;
  };
  // Each shard of a sharded set-up, in list order (empty for a plain database).
  std::vector<ShardStatus> status() const;

  // Over the shards searched: the latest kronika.last_update, and the sum
  // of revisions (grows with every commit anywhere; 0 for remote shards).
  std::string last_update() const;
  Xapian::rev revision() const;
  // The databases searched that were built with another index schema
  // (schema/index_schema.h), as "NAME (schema N)": their terms may not meet
  // this version's queries.
  std::vector<std::string> other_schema() const;
  // Every database searched has this version's schema, so its terms are the
  // ones this version's queries ask for (the bigram terms of schema 5:
  // search/query_builder.h). Checked when the databases change.
  bool current_schema() const { return current_schema_; }

 private:
  using Clock = std::chrono::steady_clock;
  enum class List { Plain, Stub, Configured };
  struct Shard {
    schema::ShardSpec spec;
    std::optional<Xapian::Database> database;  // nullopt: missing
    Clock::time_point next_attempt{};
  };

  void open(Shard& shard);
  void set_shards(const std::vector<schema::ShardSpec>& specs);
  void rebuild();
  bool rescan_stub();

  List list_ = List::Plain;
  std::string stub_directory_;
  std::filesystem::file_time_type stub_time_{};
  unsigned timeout_ms_;
  std::chrono::milliseconds retry_;
  std::vector<Shard> shards_;
  bool has_remote_ = false;
  bool current_schema_ = false;
  Xapian::Database database_;
};

}  // namespace kronika::search
