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
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "util/huge_page_allocator.h"

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

  // Reads the language, timeline and entity list slots (and the publication
  // date, for browsing newest first) of every document of `database`, which
  // must be a single database (revision_of() not nullopt).
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
  // Calls visit(std::uint32_t id) for each value id of a document, as
  // values() lists them, reading a small column's bytes when it has them.
  template <typename Visit>
  void for_each_value(Column column, Xapian::docid docid, Visit&& visit) const {
    const Data& data = columns_[static_cast<unsigned>(column)];
    if (!data.small.empty()) {
      if (docid < data.small.size() && data.small[docid] != kNoSmallValue) visit(std::uint32_t{data.small[docid]});
      return;
    }
    for (std::uint32_t id : values(column, docid)) visit(id);
  }
  // The id of a value in a column; nullopt when no document holds it.
  std::optional<std::uint32_t> value_id(Column column, std::string_view value) const;
  // Whether a document holds value `id` in a column.
  bool holds(Column column, Xapian::docid docid, std::uint32_t id) const {
    const Data& data = columns_[static_cast<unsigned>(column)];
    if (!data.small.empty()) return docid < data.small.size() && data.small[docid] == id;
    for (std::uint32_t held : values(column, docid))
      if (held == id) return true;
    return false;
  }
  // Whether a document holds any of `ids` in a column.
  bool holds_any(Column column, Xapian::docid docid, std::span<const std::uint32_t> ids) const {
    for (std::uint32_t id : ids)
      if (holds(column, docid, id)) return true;
    return false;
  }
  // The publication date slot as a number (YYYYMMDD, "00" for unknown parts:
  // the slot's own order); 0 when an article has none, which sorts last.
  std::uint32_t published(Xapian::docid docid) const { return docid < published_.size() ? published_[docid] : 0; }
  // The largest document id with a row (0 for an empty database).
  Xapian::docid last_docid() const {
    const Data& data = columns_[0];
    return data.starts.size() < 2 ? 0 : static_cast<Xapian::docid>(data.starts.size() - 2);
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
  // The entity id a group's values share (schema::entity_slot_id); the
  // value itself in other columns.
  std::string_view group_id(Column column, std::uint32_t group) const {
    const Data& data = columns_[static_cast<unsigned>(column)];
    if (data.group_ids.empty()) return data.names[group];
    const auto [value, length] = data.group_ids[group];
    return std::string_view(data.names[value]).substr(0, length);
  }
  std::size_t memory_bytes() const;

 private:
  // Compressed rows: document d's value ids are ids[starts[d] .. starts[d+1]).
  struct Data {
    std::vector<std::uint32_t, util::HugePageAllocator<std::uint32_t>> starts;
    std::vector<std::uint32_t, util::HugePageAllocator<std::uint32_t>> ids;
    std::vector<std::string> names;     // value id → value
    std::vector<std::uint32_t> groups;  // value id → group (entity columns)
    // group → its entity id, as (a value id, the id's length in that value)
    std::vector<std::pair<std::uint32_t, std::uint32_t>> group_ids;
    // A column of one value per document and few values (language) also as
    // one byte per document (kNoSmallValue: none): the language filter reads
    // it for every candidate of a query (search/boolean_match.h).
    std::vector<std::uint8_t> small;
  };
  static constexpr std::uint8_t kNoSmallValue = 0xff;
  static void add_small(Data& data);
  static void group_by_entity(Data& data);
  std::array<Data, kColumns> columns_;
  std::vector<std::uint32_t, util::HugePageAllocator<std::uint32_t>> published_;  // by document id
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
  // Counts one matching document, as operator() does for Xapian's matcher
  // (for a caller that finds the matches itself: search/boolean_match.h).
  // No branch on a value's first sighting, which the CPU cannot predict
  // (the values seen are found afterwards by one pass over the counters,
  // seen()): this loop runs for every value of every match.
  void count(Xapian::docid docid) {
    columns_.for_each_value(column_, docid, [this](std::uint32_t id) { ++counts_[id]; });
  }
  // Local only (never serialised to a remote shard); named for Xapian's messages.
  std::string name() const override { return "kronika::ColumnCountSpy"; }

  // Calls visit(const std::string& value, Xapian::doccount count) for every
  // value seen, in no particular order.
  template <typename Visit>
  void for_each(Visit&& visit) const {
    for (std::uint32_t id : seen()) visit(columns_.value(column_, id), counts_[id]);
  }

  // A group seen (FacetColumns::group): the articles holding any of its
  // values, and the value most of them hold (on a tie the smallest, as the
  // server's other ways of counting pick it).
  struct GroupCount {
    std::uint32_t group = 0;
    std::uint32_t value = 0;
    Xapian::doccount count = 0;
  };
  // Calls visit(const GroupCount&) once per group seen. Integer work but
  // for ties inside a group: a common word's matches hold thousands of
  // entities, and reading their strings costs a cache miss each.
  template <typename Visit>
  void for_each_group_id(Visit&& visit) const {
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
      visit(GroupCount{static_cast<std::uint32_t>(group), best, total});
    }
  }
  std::string_view group_id(const GroupCount& group) const { return columns_.group_id(column_, group.group); }
  const std::string& value(const GroupCount& group) const { return columns_.value(column_, group.value); }

 private:
  const FacetColumns& columns_;
  FacetColumns::Column column_;
  // One counter per distinct value, zeroed by calloc (large allocations come
  // as fresh zero pages); seen() reads them all once.
  Xapian::doccount* counts_;
  // The ids with a non-zero count, found once after the counting.
  const std::vector<std::uint32_t>& seen() const;
  mutable std::vector<std::uint32_t> seen_;
  mutable bool seen_found_ = false;
  // seen() as (group << 32 | id), sorted: the values of a group side by side.
  std::vector<std::uint64_t>& group_keys() const;
  mutable std::vector<std::uint64_t> keys_;
};

}  // namespace kronika::search
