// kronika-indexer --delete ID... and --compact [SHARD...].
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include <xapian.h>

#include "indexer/commands.h"
#include "indexer/index_writer.h"
#include "schema/shards.h"

namespace kronika::indexer {

int delete_ids(const util::Settings& settings, const std::vector<std::string>& ids) {
  try {
    IndexWriter writer(settings.database, settings.indexer.batch_size);
    std::size_t deleted = 0;
    std::size_t missing = 0;
    for (const std::string& id : ids) {
      if (writer.remove(id)) {
        ++deleted;
      } else {
        std::cerr << id << ": error: no article with this id\n";
        ++missing;
      }
    }
    writer.commit();
    std::cout << "kronika-indexer: deleted " << deleted << " articles; " << missing << " not found; "
              << settings.database << " holds " << writer.document_count() << " documents\n";
    return missing > 0 ? 1 : 0;
  } catch (const schema::ShardLayoutError& error) {
    std::cerr << "kronika-indexer: " << error.what() << '\n';
    return 2;
  } catch (const Xapian::DatabaseLockError& error) {
    std::cerr << "kronika-indexer: " << settings.database << ": the database is locked by another indexer\n";
    return 2;
  } catch (const Xapian::Error& error) {
    std::cerr << "kronika-indexer: " << settings.database << ": " << error.get_description() << '\n';
    return 2;
  }
}

namespace {

namespace fs = std::filesystem;

int compact_one(const fs::path& database) {
  std::string suffix = ".";
  suffix += std::to_string(getpid());
  const fs::path compacted = database.string() + ".compact" + suffix;
  const fs::path previous = database.string() + ".old" + suffix;
  try {
    if (!fs::exists(database / "iamglass")) {
      std::cerr << "kronika-indexer: " << database.string() << ": no database to compact\n";
      return 2;
    }
    const auto size_of = [](const fs::path& dir) {
      std::uintmax_t total = 0;
      for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.is_regular_file()) total += entry.file_size();
      }
      return total;
    };
    const std::uintmax_t before = size_of(database);
    // Holding the write lock keeps other indexers out while we copy and swap.
    Xapian::WritableDatabase locked(database.string(), Xapian::DB_OPEN);
    fs::remove_all(compacted);
    locked.compact(compacted.string(), Xapian::DBCOMPACT_NO_RENUMBER);
    // Two renames: the database path always names a complete database.
    fs::rename(database, previous);
    fs::rename(compacted, database);
    locked.close();
    fs::remove_all(previous);
    std::cout << "kronika-indexer: compacted " << database.string() << " from " << before << " to " << size_of(database)
              << " bytes\n";
    return 0;
  } catch (const Xapian::DatabaseLockError&) {
    std::cerr << "kronika-indexer: " << database.string() << ": the database is locked by another indexer\n";
  } catch (const Xapian::Error& error) {
    std::cerr << "kronika-indexer: " << database.string() << ": " << error.get_description() << '\n';
  } catch (const fs::filesystem_error& error) {
    std::cerr << "kronika-indexer: " << database.string() << ": " << error.what() << '\n';
  }
  std::error_code ignored;
  fs::remove_all(compacted, ignored);
  return 2;
}

}  // namespace

int compact_database(const util::Settings& settings, const std::vector<std::string>& shards) {
  if (!schema::is_sharded_database(settings.database)) {
    if (!shards.empty()) {
      std::cerr << "kronika-indexer: " << settings.database << " is not sharded; --compact takes no shard names\n";
      return 2;
    }
    return compact_one(settings.database);
  }
  // A sharded database: each local shard on its own (a finished month is
  // compacted once; the current one keeps taking writes meanwhile).
  std::vector<std::string> names;
  try {
    for (const schema::ShardSpec& spec : schema::read_stub(settings.database)) {
      if (!spec.remote) names.push_back(fs::path(spec.path).lexically_relative(settings.database).string());
    }
  } catch (const schema::ShardLayoutError& error) {
    std::cerr << "kronika-indexer: " << error.what() << '\n';
    return 2;
  }
  int status = 0;
  for (const std::string& name : shards.empty() ? names : shards) {
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      std::cerr << name << ": error: no such shard in " << settings.database << '\n';
      status = std::max(status, 1);
      continue;
    }
    status = std::max(status, compact_one(fs::path(settings.database) / name));
  }
  return status;
}

}  // namespace kronika::indexer
