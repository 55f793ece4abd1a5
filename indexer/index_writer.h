// Writes Articles into a Kronika database, in batches, one commit per batch.
// Xapian guarantees a commit is atomic: a crash or kill between commits
// leaves the last committed state intact.
//
// The database is either one Xapian database or a directory of shards by
// publication time (schema/shards.h). With shards, an article re-indexed
// with another date moves: it is deleted from its old shard in the same
// batch, so it is never found twice once the batch is committed. Xapian
// commits shard by shard, so a crash inside one batch's commit may leave it
// in both until that article is indexed again.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "indexer/document_builder.h"
#include "schema/article.h"
#include "schema/shards.h"

namespace kronika::indexer {

class IndexWriter {
 public:
  // Creates the database if needed, with the layout `shard_by` asks for;
  // nullopt takes the layout found at `path` (plain when there is none).
  // Throws schema::ShardLayoutError when `path` holds the other layout or
  // its shard list cannot be read, and
  // Xapian::DatabaseLockError when another writer holds it. `entities`
  // (outliving the writer) is needed by add(article) alone, which builds
  // the document itself; not to add built documents or delete.
  IndexWriter(const std::string& path, unsigned batch_size, const entities::EntityBase* entities = nullptr,
              std::optional<schema::ShardBy> shard_by = std::nullopt);

  // Adds or replaces (same id) one article; commits every batch_size.
  void add(const schema::Article& article);
  // The same with its document built already (DocumentBuilder::build of
  // this article, as indexer/document_pipeline.h builds them).
  void add(const schema::Article& article, Xapian::Document document);
  // Deletes one article; false when no article has this id.
  bool remove(const std::string& id);
  // Commits what is pending and stamps the last-update time.
  void commit();

  // Articles in the database as last committed.
  Xapian::doccount document_count() const;
  bool sharded() const { return sharded_; }

 private:
  // The open writable shard `name` ("" when not sharded), created if new.
  Xapian::WritableDatabase& shard(const std::string& name);
  // The shard holding the article with this id term, if any.
  std::optional<std::string> shard_holding(const std::string& id_term);
  void counted_change();

  std::string path_;
  bool sharded_ = false;
  schema::ShardBy shard_by_ = schema::ShardBy::None;
  std::optional<DocumentBuilder> builder_;
  unsigned batch_size_;
  unsigned pending_ = 0;

  std::map<std::string, Xapian::WritableDatabase> open_;  // by shard name ("" when not sharded)
  std::set<std::string> touched_;                         // changed since the last commit
  std::vector<std::string> shard_names_;                  // every shard, as the stub lists them
  // Where articles were before this run (read-only, shards as opened) and
  // where this run put them ("" when it deleted one): an article's old shard.
  Xapian::Database before_;
  std::vector<std::string> before_names_;
  std::unordered_map<std::string, std::string> placed_;
};

}  // namespace kronika::indexer
