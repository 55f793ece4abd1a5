// Writes Articles into a Kronika database, in batches, one commit per batch.
// Xapian guarantees a commit is atomic: a crash or kill between commits
// leaves the last committed state intact.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

#include "indexer/document_builder.h"
#include "schema/article.h"

namespace kronika::indexer {

class IndexWriter {
 public:
  // Creates the database if needed. Throws Xapian::DatabaseLockError when
  // another writer holds it. `entities` (outliving the writer) is needed to
  // add articles, not to delete them.
  IndexWriter(const std::string& path, unsigned batch_size, const entities::EntityBase* entities = nullptr);

  // Adds or replaces (same id) one article; commits every batch_size.
  void add(const schema::Article& article);
  // Deletes one article; false when no article has this id.
  bool remove(const std::string& id);
  // Commits what is pending and stamps the last-update time.
  void commit();

  Xapian::doccount document_count() const { return database_.get_doccount(); }

 private:
  Xapian::WritableDatabase database_;
  std::optional<DocumentBuilder> builder_;
  unsigned batch_size_;
  unsigned pending_ = 0;
};

}  // namespace kronika::indexer
