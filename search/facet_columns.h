// The facet values of every article of one local database, held in memory by
// document id ("doc values", as Lucene and Elasticsearch keep them for
// aggregations). Counting a match is then a few array reads, where Xapian's
// value spies read a value from disk (pread, B-tree lookups) and split it for
// every match: the largest cost of a search with facets (bench/README-speed.md).
//
// Read once per revision of the database and immutable after: worker threads
// share one copy, and each uses it only while its own Database is at that
// revision (revision()). Only for a single local database: over several,
// Xapian hands match spies each sub-database's own document ids, which do not
// tell the databases apart (tests/unit/test_facet_columns.cc shows it).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <xapian.h>

namespace kronika::search {

// One revision of one database.
struct DatabaseRevision {
  std::string uuid;
  Xapian::rev revision = 0;
  bool operator==(const DatabaseRevision&) const = default;
};

class FacetColumns {
 public:
  // The value slots kept, each split into its values (schema/index_schema.h).
  enum class Column : unsigned { Language, Timeline, Actors, Places };
  static constexpr unsigned kColumns = 4;

  // Reads the language, timeline and entity list slots of every document of
  // `database`, which must be a single database (revision_of() not nullopt).
  explicit FacetColumns(const Xapian::Database& database);

  // The revision of a single database; nullopt for a combination of several.
  static std::optional<DatabaseRevision> revision_of(const Xapian::Database& database);
  const DatabaseRevision& revision() const { return revision_; }

  // The value ids of a document in a column; empty when it has none.
  std::span<const std::uint32_t> values(Column column, Xapian::docid docid) const {
    const Data& data = columns_[static_cast<unsigned>(column)];
    if (docid + 1 >= data.starts.size()) return {};
    return {data.ids.data() + data.starts[docid], data.ids.data() + data.starts[docid + 1]};
  }
  const std::string& value(Column column, std::uint32_t id) const {
    return columns_[static_cast<unsigned>(column)].names[id];
  }
  std::size_t distinct(Column column) const { return columns_[static_cast<unsigned>(column)].names.size(); }
  // The entity columns' values of one entity id ("id", or "id\x1ftype\x1fname"
  // for an entity found in text, whose name articles may write differently)
  // share a group: facets count entities, not values. Other columns: one
  // group per value.
  std::uint32_t group(Column column, std::uint32_t id) const {
    const Data& data = columns_[static_cast<unsigned>(column)];
    return data.groups.empty() ? id : data.groups[id];
  }
  std::size_t memory_bytes() const;

 private:
  // Compressed rows: document d's value ids are ids[starts[d] .. starts[d+1]).
  struct Data {
    std::vector<std::uint32_t> starts;
    std::vector<std::uint32_t> ids;
    std::vector<std::string> names;     // value id → value
    std::vector<std::uint32_t> groups;  // value id → group (entity columns)
  };
  static void group_by_entity(Data& data);
  std::array<Data, kColumns> columns_;
  DatabaseRevision revision_;
};

// Counts one column's values over the matches of an Enquire, as
// Xapian::ValueCountMatchSpy counts a slot's: each document once per value.
class ColumnCountSpy : public Xapian::MatchSpy {
 public:
  // `columns` must outlive the spy.
  ColumnCountSpy(const FacetColumns& columns, FacetColumns::Column column);
  ~ColumnCountSpy() override;
  ColumnCountSpy(const ColumnCountSpy&) = delete;
  ColumnCountSpy& operator=(const ColumnCountSpy&) = delete;

  void operator()(const Xapian::Document& document, double weight) override;
  // Local only (never serialised to a remote shard); named for Xapian's messages.
  std::string name() const override { return "kronika::ColumnCountSpy"; }

  // Calls visit(const std::string& value, Xapian::doccount count) for every
  // value seen, in no particular order.
  template <typename Visit>
  void for_each(Visit&& visit) const {
    for (std::uint32_t id : seen_) visit(columns_.value(column_, id), counts_[id]);
  }

  // Calls visit(const std::string& value, Xapian::doccount count) once per
  // group seen (FacetColumns::group): the articles holding any of its
  // values, and the value most of them hold (on a tie the smallest, as the
  // server's other ways of counting pick it). Integer work only: a common
  // word's matches hold thousands of entities.
  template <typename Visit>
  void for_each_group(Visit&& visit) const {
    const std::vector<std::uint64_t>& keys = group_keys();
    for (std::size_t i = 0; i < keys.size();) {
      const std::uint64_t group = keys[i] >> 32;
      Xapian::doccount total = 0, best_count = 0;
      std::uint32_t best = 0;
      for (; i < keys.size() && keys[i] >> 32 == group; ++i) {
        const auto id = static_cast<std::uint32_t>(keys[i]);
        total += counts_[id];
        if (counts_[id] > best_count ||
            (counts_[id] == best_count && columns_.value(column_, id) < columns_.value(column_, best))) {
          best = id;
          best_count = counts_[id];
        }
      }
      visit(columns_.value(column_, best), total);
    }
  }

 private:
  const FacetColumns& columns_;
  FacetColumns::Column column_;
  // One counter per distinct value, zeroed lazily by calloc: a query touches
  // few of them, and large allocations come as untouched zero pages.
  Xapian::doccount* counts_;
  std::vector<std::uint32_t> seen_;  // ids with a non-zero count
  // seen_ as (group << 32 | id), sorted: the values of a group side by side.
  std::vector<std::uint64_t>& group_keys() const;
  mutable std::vector<std::uint64_t> keys_;
};

}  // namespace kronika::search
