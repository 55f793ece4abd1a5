#include "search/shard_set.h"

#include <algorithm>

#include "schema/index_schema.h"

namespace kronika::search {

namespace fs = std::filesystem;

ShardSet::ShardSet(const util::Settings& settings)
    : timeout_ms_(settings.search.shard_timeout_ms), retry_(settings.search.shard_retry_ms) {
  if (!settings.shards.empty()) {
    list_ = List::Configured;
    std::vector<schema::ShardSpec> specs;
    for (const std::string& entry : settings.shards) specs.push_back(schema::parse_shard_spec(entry));
    set_shards(specs);
  } else if (schema::is_sharded_database(settings.database)) {
    list_ = List::Stub;
    stub_directory_ = settings.database;
    rescan_stub();
  } else {
    // A plain database: errors propagate, as for any single database.
    Shard plain;
    plain.spec.name = plain.spec.path = settings.database;
    plain.database.emplace(settings.database);
    shards_.push_back(std::move(plain));
  }
  rebuild();
}

void ShardSet::open(Shard& shard) {
  try {
    shard.database.emplace(shard.spec.remote
                               ? Xapian::Remote::open(shard.spec.host, shard.spec.port, timeout_ms_, timeout_ms_)
                               : Xapian::Database(shard.spec.path));
  } catch (const Xapian::Error&) {
    shard.database.reset();
    shard.next_attempt = Clock::now() + retry_;
  }
}

void ShardSet::set_shards(const std::vector<schema::ShardSpec>& specs) {
  std::vector<Shard> shards;
  for (const schema::ShardSpec& spec : specs) {
    // Shards already open stay open (and keep their connections).
    const auto same =
        std::find_if(shards_.begin(), shards_.end(), [&](const Shard& s) { return s.spec.name == spec.name; });
    if (same != shards_.end()) {
      shards.push_back(std::move(*same));
      shards.back().spec = spec;
      continue;
    }
    Shard shard;
    shard.spec = spec;
    open(shard);
    shards.push_back(std::move(shard));
  }
  shards_ = std::move(shards);
  has_remote_ = std::any_of(shards_.begin(), shards_.end(), [](const Shard& shard) { return shard.spec.remote; });
}

bool ShardSet::rescan_stub() {
  std::error_code error;
  const auto time = fs::last_write_time(fs::path(stub_directory_) / schema::kStubFile, error);
  if (error || time == stub_time_) return false;
  stub_time_ = time;
  std::vector<schema::ShardSpec> specs;
  try {
    specs = schema::read_stub(stub_directory_);
  } catch (const schema::ShardLayoutError&) {
    return false;  // being rewritten or broken: keep searching what we have
  }
  set_shards(specs);
  return true;
}

void ShardSet::rebuild() {
  Xapian::Database combined;
  for (const Shard& shard : shards_) {
    if (shard.database) combined.add_database(*shard.database);
  }
  database_ = combined;
  current_schema_ = other_schema().empty();
}

bool ShardSet::refresh() {
  if (list_ == List::Plain) {
    if (!shards_.front().database->reopen()) return false;
    current_schema_ = other_schema().empty();
    return true;
  }
  bool changed = list_ == List::Stub && rescan_stub();
  const auto now = Clock::now();
  for (Shard& shard : shards_) {
    if (shard.database) {
      try {
        changed = shard.database->reopen() || changed;
      } catch (const Xapian::Error&) {
        // xapian-tcpsrv closes idle connections; a compacted shard is a new
        // directory under the old name: open it afresh (missing if that fails).
        open(shard);
        changed = true;
      }
    } else if (now >= shard.next_attempt) {
      open(shard);
      changed = changed || shard.database.has_value();
    }
  }
  if (changed) rebuild();
  return changed;
}

bool ShardSet::reconnect_remotes() {
  if (list_ == List::Plain) return false;
  bool any = false;
  for (Shard& shard : shards_) {
    if (!shard.database || !shard.spec.remote) continue;
    open(shard);
    any = true;
  }
  rebuild();
  return any;
}

const Xapian::Database& ShardSet::database() const {
  if (database_.size() == 0) {
    std::string names;
    for (const std::string& name : missing()) names += (names.empty() ? "" : ", ") + name;
    throw NoShardAvailable("no shard can be reached (" + names + ")");
  }
  return database_;
}

std::vector<std::string> ShardSet::missing() const {
  std::vector<std::string> names;
  for (const Shard& shard : shards_) {
    if (!shard.database) names.push_back(shard.spec.name);
  }
  return names;
}

std::vector<ShardSet::ShardStatus> ShardSet::status() const {
  std::vector<ShardStatus> out;
  if (!sharded()) return out;
  for (const Shard& shard : shards_) {
    out.push_back({shard.spec.name, shard.database.has_value(), shard.database ? shard.database->get_doccount() : 0});
  }
  return out;
}

std::string ShardSet::last_update() const {
  std::string latest;
  for (const Shard& shard : shards_) {
    if (shard.database) latest = std::max(latest, shard.database->get_metadata(std::string(schema::kLastUpdateKey)));
  }
  return latest;
}

std::vector<std::string> ShardSet::other_schema() const {
  std::vector<std::string> out;
  for (const Shard& shard : shards_) {
    if (!shard.database) continue;
    if (const auto version = schema::other_schema_version(*shard.database))
      out.push_back(shard.spec.name + " (schema " + *version + ")");
  }
  return out;
}

Xapian::rev ShardSet::revision() const {
  Xapian::rev total = 0;
  for (const Shard& shard : shards_) {
    if (!shard.database || shard.spec.remote) continue;
    total += shard.database->get_revision();
  }
  return total;
}

}  // namespace kronika::search
