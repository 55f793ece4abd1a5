// How a Kronika database may be split into shards, and how shards are named.
//
// A sharded database is a directory with one Xapian database per partition
// of publication time ("2024-06" for shard_by month, "2024" for year, and
// "undated" for articles without a date) and a Xapian stub file XAPIANDB
// listing them ("auto 2024-06"). Xapian itself opens such a directory as one
// database, so xapian-delve, xapian-tcpsrv and xapian-compact work on it as
// on a plain one; Kronika reads the stub to handle each shard on its own
// (a missing shard makes an answer partial, not an error).
//
// A shard list (config `shards`, or the lines of a stub) holds one entry per
// line in Xapian's stub syntax: "auto PATH" (or a bare PATH) for a local
// database, "remote HOST:PORT" for one served by xapian-tcpsrv.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kronika::schema {

enum class ShardBy { None, Year, Month };

// "none", "year", "month"; nullopt otherwise.
std::optional<ShardBy> parse_shard_by(std::string_view text);

inline constexpr std::string_view kStubFile = "XAPIANDB";
inline constexpr std::string_view kUndatedShard = "undated";

// The shard an article published on `published` ("YYYY[-MM[-DD]]" or empty)
// belongs to. A year-only date goes to "YYYY" when sharding by month too:
// it cannot be placed in a month.
std::string shard_name(std::string_view published, ShardBy by);

struct ShardSpec {
  std::string name;  // as written in the list; used in messages and `missing_shards`
  bool remote = false;
  std::string path;  // local: the database directory
  std::string host;  // remote
  unsigned port = 0;
};

// A shard list or stub that cannot be read or written, or a database whose
// layout (one database or shards) is not the one asked for.
class ShardLayoutError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One entry of a shard list; relative local paths are taken from `base`.
// Throws ShardLayoutError naming the entry when it cannot be read.
ShardSpec parse_shard_spec(std::string_view line, const std::string& base = {});

// True when `directory` holds a stub file (a sharded database).
bool is_sharded_database(const std::string& directory);
// The shards listed in `directory`'s stub file, in order. Throws ShardLayoutError.
std::vector<ShardSpec> read_stub(const std::string& directory);
// Writes the stub listing `shard_names` (subdirectories of `directory`),
// replacing the old one atomically.
void write_stub(const std::string& directory, const std::vector<std::string>& shard_names);

}  // namespace kronika::schema
