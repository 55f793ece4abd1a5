#include "indexer/index_writer.h"

#include <stdexcept>

#include <chrono>
#include <ctime>

#include "schema/index_schema.h"

namespace kronika::indexer {

namespace {

std::string utc_now_iso8601() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, unsigned batch_size, const entities::EntityBase* entities)
    : database_(path, Xapian::DB_CREATE_OR_OPEN), batch_size_(batch_size) {
  if (entities) builder_.emplace(*entities);
}

void IndexWriter::add(const schema::Article& article) {
  const std::string id_term = schema::id_term(article.id);
  if (!builder_) throw std::logic_error("IndexWriter::add needs the entity base");
  database_.replace_document(id_term, builder_->build(article));
  if (++pending_ >= batch_size_) commit();
}

bool IndexWriter::remove(const std::string& id) {
  const std::string id_term = schema::id_term(id);
  if (!database_.term_exists(id_term)) return false;
  database_.delete_document(id_term);
  if (++pending_ >= batch_size_) commit();
  return true;
}

void IndexWriter::commit() {
  database_.set_metadata(std::string(schema::kSchemaVersionKey), std::string(schema::kSchemaVersion));
  database_.set_metadata(std::string(schema::kLastUpdateKey), utc_now_iso8601());
  database_.commit();
  pending_ = 0;
}

}  // namespace kronika::indexer
