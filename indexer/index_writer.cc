#include "indexer/index_writer.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <utility>

#include "schema/index_schema.h"

namespace kronika::indexer {

namespace fs = std::filesystem;

namespace {

std::string utc_now_iso8601() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

bool is_plain_database(const std::string& path) {
  std::error_code ignored;
  return fs::exists(fs::path(path) / "iamglass", ignored);
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, unsigned batch_size, const entities::EntityBase* entities,
                         std::optional<schema::ShardBy> shard_by)
    : path_(path), batch_size_(batch_size) {
  const bool on_disk_sharded = schema::is_sharded_database(path);
  const bool on_disk_plain = is_plain_database(path);
  if (shard_by) {
    const bool want_shards = *shard_by != schema::ShardBy::None;
    if (want_shards && on_disk_plain) {
      throw schema::ShardLayoutError(path + " is a single database; sharding (indexer.shard_by) needs a new directory");
    }
    if (!want_shards && on_disk_sharded) {
      throw schema::ShardLayoutError(path + " is a sharded database (" + std::string(schema::kStubFile) +
                                     "); set indexer.shard_by to year or month to index into it");
    }
    sharded_ = want_shards;
    shard_by_ = *shard_by;
  } else {
    sharded_ = on_disk_sharded;
  }
  if (entities) builder_.emplace(*entities);
  if (!sharded_) {
    shard("");  // opens (or creates) it now: a lock error shows before any work
    return;
  }
  fs::create_directories(path);
  if (on_disk_sharded) {
    for (const schema::ShardSpec& spec : schema::read_stub(path)) {
      if (spec.remote) throw schema::ShardLayoutError(path + ": a remote shard cannot be written: " + spec.name);
      shard_names_.push_back(fs::path(spec.path).lexically_relative(path).string());
      before_.add_database(Xapian::Database(spec.path));
      before_names_.push_back(shard_names_.back());
    }
  } else {
    schema::write_stub(path, {});
  }
}

Xapian::WritableDatabase& IndexWriter::shard(const std::string& name) {
  if (auto found = open_.find(name); found != open_.end()) return found->second;
  const std::string location = name.empty() ? path_ : (fs::path(path_) / name).string();
  Xapian::WritableDatabase opened(location, Xapian::DB_CREATE_OR_OPEN);
  // Terms made by another analysis (an older stemmer) would no longer meet
  // the queries: adding to such a database would mix two vocabularies.
  if (const auto version = schema::other_schema_version(opened))
    throw schema::ShardLayoutError(location + " was built with index schema " + *version +
                                   "; this indexer writes schema " + std::string(schema::kSchemaVersion) +
                                   " (the analysis changed): index into a new database and swap it in");
  auto& database = open_.emplace(name, std::move(opened)).first->second;
  if (!name.empty() && std::find(shard_names_.begin(), shard_names_.end(), name) == shard_names_.end()) {
    shard_names_.push_back(name);
    std::sort(shard_names_.begin(), shard_names_.end());
    schema::write_stub(path_, shard_names_);
  }
  return database;
}

std::optional<std::string> IndexWriter::shard_holding(const std::string& id_term) {
  if (!sharded_) return std::string();
  if (auto found = placed_.find(id_term); found != placed_.end()) {
    if (found->second.empty()) return std::nullopt;
    return found->second;
  }
  if (before_names_.empty()) return std::nullopt;
  for (int attempt = 0;; ++attempt) {
    try {
      Xapian::PostingIterator posting = before_.postlist_begin(id_term);
      if (posting == before_.postlist_end(id_term)) return std::nullopt;
      // Xapian interleaves the docids of shards searched as one.
      return before_names_[(*posting - 1) % before_names_.size()];
    } catch (const Xapian::DatabaseModifiedError&) {
      // Our own commits overtook the snapshot; what moved is in placed_.
      if (attempt > 0) throw;
      before_.reopen();
    }
  }
}

void IndexWriter::counted_change() {
  if (++pending_ >= batch_size_) commit();
}

void IndexWriter::add(const schema::Article& article) {
  if (!builder_) throw std::logic_error("IndexWriter::add needs the entity base");
  add(article, builder_->build(article));
}

void IndexWriter::add(const schema::Article& article, Xapian::Document document) {
  const std::string id_term = schema::id_term(article.id);
  const std::string target = sharded_ ? schema::shard_name(article.published, shard_by_) : std::string();
  if (sharded_) {
    if (const auto old = shard_holding(id_term); old && *old != target) {
      shard(*old).delete_document(id_term);
      touched_.insert(*old);
    }
    placed_[id_term] = target;
  }
  shard(target).replace_document(id_term, document);
  touched_.insert(target);
  counted_change();
}

bool IndexWriter::remove(const std::string& id) {
  const std::string id_term = schema::id_term(id);
  const auto holder = shard_holding(id_term);
  if (!holder) return false;
  Xapian::WritableDatabase& database = shard(*holder);
  if (!database.term_exists(id_term)) return false;
  database.delete_document(id_term);
  touched_.insert(*holder);
  if (sharded_) placed_[id_term] = "";
  counted_change();
  return true;
}

void IndexWriter::commit() {
  if (!sharded_) touched_.insert("");
  const std::string now = utc_now_iso8601();
  for (const std::string& name : touched_) {
    Xapian::WritableDatabase& database = shard(name);
    database.set_metadata(std::string(schema::kSchemaVersionKey), std::string(schema::kSchemaVersion));
    database.set_metadata(std::string(schema::kLastUpdateKey), now);
    database.commit();
  }
  touched_.clear();
  pending_ = 0;
}

Xapian::doccount IndexWriter::document_count() const {
  if (!sharded_) return open_.at("").get_doccount();
  Xapian::doccount total = 0;
  for (const std::string& name : shard_names_) {
    const auto found = open_.find(name);
    total += found != open_.end() ? found->second.get_doccount()
                                  : Xapian::Database((fs::path(path_) / name).string()).get_doccount();
  }
  return total;
}

}  // namespace kronika::indexer
