#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <xapian.h>

#include "entities/entity_base.h"
#include "indexer/index_writer.h"
#include "schema/index_schema.h"
#include "schema/shards.h"
#include "search/shard_set.h"
#include "temp_directory.h"
#include "util/settings.h"

using namespace kronika;
using kronika::testing::temp_directory;

namespace {

schema::Article article(const std::string& id, const std::string& published) {
  schema::Article a;
  a.id = id;
  a.title = "Titull";
  a.language = analysis::Language::Albanian;
  a.published = published;
  a.text = "Kryeministri foli sot për buxhetin e vitit.";
  return a;
}

Xapian::doccount count(const std::string& database) {
  return Xapian::Database(database).get_doccount();
}

}  // namespace

TEST_CASE("an article's shard is its publication month or year; undated ones have their own") {
  using schema::ShardBy;
  CHECK(schema::shard_name("2024-06-17", ShardBy::Month) == "2024-06");
  CHECK(schema::shard_name("2024-06", ShardBy::Month) == "2024-06");
  CHECK(schema::shard_name("2024", ShardBy::Month) == "2024");  // cannot be placed in a month
  CHECK(schema::shard_name("2024-06-17", ShardBy::Year) == "2024");
  CHECK(schema::shard_name("", ShardBy::Month) == "undated");
  CHECK(schema::shard_name("sometime", ShardBy::Year) == "undated");
  CHECK(schema::parse_shard_by("month") == ShardBy::Month);
  CHECK_FALSE(schema::parse_shard_by("week").has_value());
}

TEST_CASE("shard list entries use Xapian's stub syntax") {
  const schema::ShardSpec remote = schema::parse_shard_spec(" remote 10.0.0.7:7001 ");
  CHECK(remote.remote);
  CHECK(remote.host == "10.0.0.7");
  CHECK(remote.port == 7001);
  CHECK(remote.name == "remote 10.0.0.7:7001");
  const schema::ShardSpec local = schema::parse_shard_spec("auto 2024-06", "/srv/db");
  CHECK_FALSE(local.remote);
  CHECK(local.path == "/srv/db/2024-06");
  CHECK(schema::parse_shard_spec("/srv/x").path == "/srv/x");
  CHECK(schema::parse_shard_spec("glass /srv/y").path == "/srv/y");
  CHECK_THROWS_AS(schema::parse_shard_spec("remote nohost"), schema::ShardLayoutError);
  CHECK_THROWS_AS(schema::parse_shard_spec("remote host:99999"), schema::ShardLayoutError);
  CHECK_THROWS_AS(schema::parse_shard_spec("chert /old"), schema::ShardLayoutError);
  CHECK_THROWS_AS(schema::parse_shard_spec("  "), schema::ShardLayoutError);
}

TEST_CASE("a stub lists the shards; Xapian opens the directory as one database") {
  const std::string directory = temp_directory("stub");
  CHECK_FALSE(schema::is_sharded_database(directory));
  for (const char* name : {"2023", "2024"}) {
    Xapian::WritableDatabase shard(directory + "/" + name, Xapian::DB_CREATE_OR_OPEN);
    Xapian::Document document;
    document.add_boolean_term(schema::id_term(name));
    shard.add_document(document);
    shard.commit();
  }
  schema::write_stub(directory, {"2023", "2024"});
  CHECK(schema::is_sharded_database(directory));
  const auto shards = schema::read_stub(directory);
  REQUIRE(shards.size() == 2);
  CHECK(shards[1].path == directory + "/2024");
  CHECK(count(directory) == 2);
}

TEST_CASE("re-indexing an article with a new date moves it to its new shard, never leaving two copies") {
  const auto base = entities::EntityBase::load(std::string(KRONIKA_SOURCE_DIR) + "/data/entities", "");
  const std::string directory = temp_directory("sharded-writer") + "/db";
  {
    indexer::IndexWriter writer(directory, 1000, &base, schema::ShardBy::Month);
    writer.add(article("a", "2024-06-02"));
    writer.add(article("b", "2024-06-03"));
    writer.add(article("c", ""));
    writer.add(article("b", "2023-01-09"));  // moves within the batch
    writer.commit();
    CHECK(writer.document_count() == 3);
  }
  CHECK(count(directory + "/2024-06") == 1);
  CHECK(count(directory + "/2023-01") == 1);
  CHECK(count(directory + "/undated") == 1);
  {
    // A later run: the old shard is found from the index itself.
    indexer::IndexWriter writer(directory, 1000, &base, schema::ShardBy::Month);
    writer.add(article("a", "2025-02-01"));
    writer.add(article("c", "2025-02-01"));
    CHECK(writer.remove("b"));
    CHECK_FALSE(writer.remove("b"));
    writer.commit();
  }
  CHECK(count(directory + "/2024-06") == 0);
  CHECK(count(directory + "/2023-01") == 0);
  CHECK(count(directory + "/undated") == 0);
  CHECK(count(directory + "/2025-02") == 2);
  CHECK(count(directory) == 2);

  // The layout cannot change under an existing database.
  CHECK_THROWS_AS(indexer::IndexWriter(directory, 1000, &base, schema::ShardBy::None), schema::ShardLayoutError);
  const std::string plain = temp_directory("plain-writer") + "/db";
  { indexer::IndexWriter writer(plain, 1000, &base, schema::ShardBy::None); }
  CHECK_THROWS_AS(indexer::IndexWriter(plain, 1000, &base, schema::ShardBy::Year), schema::ShardLayoutError);
  // Deleting needs no layout: it takes the one on disk.
  indexer::IndexWriter deleter(directory, 1000);
  CHECK(deleter.sharded());
  CHECK(deleter.remove("a"));
  deleter.commit();
  CHECK(count(directory) == 1);
}

TEST_CASE("a database built by another analysis is refused, not mixed into") {
  const std::string path = temp_directory("old-schema") + "/db";
  {
    Xapian::WritableDatabase old(path, Xapian::DB_CREATE_OR_OPEN);
    old.set_metadata(std::string(schema::kSchemaVersionKey), "2");
    old.commit();
  }
  CHECK_THROWS_AS(indexer::IndexWriter(path, 1000), schema::ShardLayoutError);
  // A database of the current schema opens.
  {
    Xapian::WritableDatabase current(path, Xapian::DB_CREATE_OR_OPEN);
    current.set_metadata(std::string(schema::kSchemaVersionKey), std::string(schema::kSchemaVersion));
    current.commit();
  }
  CHECK_NOTHROW(indexer::IndexWriter(path, 1000));
}

TEST_CASE("the searcher names the databases built by another schema") {
  const std::string path = temp_directory("other-schema") + "/db";
  {
    Xapian::WritableDatabase old(path, Xapian::DB_CREATE_OR_OPEN);
    old.set_metadata(std::string(schema::kSchemaVersionKey), "2");
    old.commit();
  }
  util::Settings settings;
  settings.database = path;
  search::ShardSet shards(settings);
  REQUIRE(shards.other_schema().size() == 1);
  CHECK(shards.other_schema().front().find("(schema 2)") != std::string::npos);
  CHECK_FALSE(shards.current_schema());  // so queries ask it for plain phrases, not bigram terms
  {
    Xapian::WritableDatabase current(path, Xapian::DB_CREATE_OR_OPEN);
    current.set_metadata(std::string(schema::kSchemaVersionKey), std::string(schema::kSchemaVersion));
    current.commit();
  }
  CHECK(search::ShardSet(settings).other_schema().empty());
  CHECK(search::ShardSet(settings).current_schema());
  // A running server sees the change on its next refresh.
  CHECK(shards.refresh());
  CHECK(shards.current_schema());
}
