#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include "schema/entity_slots.h"
#include "schema/index_schema.h"
#include "search/entity_facet_counter.h"
#include "search/facet_column_cache.h"
#include "search/facet_columns.h"
#include "temp_directory.h"

using namespace kronika;
using search::ColumnCountSpy;
using search::FacetColumns;

namespace {

struct Doc {
  std::string word, language, timeline, actors;
};

// A database of `docs` (doc i gets docid i + 1), with the slots the indexer writes.
std::string make_database(const std::string& name, const std::vector<Doc>& docs) {
  const std::string path = testing::temp_directory(name);
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  for (const Doc& d : docs) {
    Xapian::Document doc;
    doc.add_term(d.word);
    doc.add_term("all");
    if (!d.language.empty()) doc.add_value(schema::kLanguageSlot, d.language);
    if (!d.timeline.empty()) doc.add_value(schema::kTimelineSlot, d.timeline);
    if (!d.actors.empty()) doc.add_value(schema::kActorListSlot, d.actors);
    db.add_document(doc);
  }
  db.commit();
  return path;
}

const std::string kSep(1, schema::kEntityListSeparator);

std::map<std::string, Xapian::doccount> count(const FacetColumns& columns, FacetColumns::Column column,
                                              const Xapian::Database& db, const std::string& word) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(word));
  ColumnCountSpy spy(columns, column);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 1, 1000);
  std::map<std::string, Xapian::doccount> counts;
  spy.for_each([&](const std::string& value, Xapian::doccount n) { counts[value] += n; });
  return counts;
}

}  // namespace

TEST_CASE("facet columns count what the value slots hold, per matching document") {
  const std::string path =
      make_database("columns", {{"a", "sq", "2024 2024-06", "putin" + kSep + "kim"},
                                {"b", "ro", "2019", "putin"},
                                {"a", "it", "", ""},  // no dates, no actors
                                {"a", "sq", "2024 2024-06 2024", "kim" + kSep + "found␟person␟Ana Pop"}});
  const Xapian::Database db(path);
  const FacetColumns columns(db);
  CHECK(columns.revision() == FacetColumns::revision_of(db));
  CHECK(columns.values(FacetColumns::Column::Actors, 3).empty());
  CHECK(columns.values(FacetColumns::Column::Actors, 99).empty());

  using Counts = std::map<std::string, Xapian::doccount>;
  CHECK(count(columns, FacetColumns::Column::Actors, db, "a") ==
        Counts{{"putin", 1}, {"kim", 2}, {"found␟person␟Ana Pop", 1}});
  CHECK(count(columns, FacetColumns::Column::Actors, db, "all") ==
        Counts{{"putin", 2}, {"kim", 2}, {"found␟person␟Ana Pop", 1}});
  // A year written twice in one document still counts that document once.
  CHECK(count(columns, FacetColumns::Column::Timeline, db, "a") == Counts{{"2024", 2}, {"2024-06", 2}});
  CHECK(count(columns, FacetColumns::Column::Language, db, "all") == Counts{{"sq", 2}, {"ro", 1}, {"it", 1}});
  CHECK(count(columns, FacetColumns::Column::Actors, db, "none").empty());
  CHECK(columns.memory_bytes() > 0);
}

TEST_CASE("an entity's values count together, under the value most matching articles hold") {
  const std::string u(1, schema::kEntitySlotSeparator);
  const std::string pop = "ana-pop" + u + "person" + u + "Ana Pop";
  const std::string pop_caps = "ana-pop" + u + "person" + u + "Ana POP";
  const std::string path = make_database("columns-groups", {{"a", "sq", "", pop_caps + kSep + "kim"},
                                                            {"a", "ro", "", pop + kSep + "kim"},
                                                            {"a", "ro", "", pop},
                                                            {"b", "it", "", pop_caps},
                                                            {"b", "it", "", pop_caps},
                                                            {"c", "it", "", pop},
                                                            {"c", "it", "", pop_caps}});
  const Xapian::Database db(path);
  const FacetColumns columns(db);
  using Counts = std::map<std::string, Xapian::doccount>;
  // Every way of counting gives one tally per entity: in memory, from the
  // list slot (no columns), and Xapian's spies per slot need the slots the
  // indexer writes, which the integration tests cover.
  for (const bool in_memory : {true, false}) {
    CAPTURE(in_memory);
    auto tallies = [&](const std::string& word, std::string_view except, std::size_t top = 0) {
      Xapian::Enquire enquire(db);
      enquire.set_query(Xapian::Query(word));
      search::EntityFacetCounter counter(search::EntityFacetCounter::Kind::Actors, false,
                                         in_memory ? &columns : nullptr);
      counter.attach(enquire);
      enquire.get_mset(0, 1, 1000);
      Counts counts;
      for (const auto& tally : counter.tally(except, top)) {
        CHECK(counts.count(std::string(tally.id)) == 0);
        counts[std::string(tally.id) + "=" + std::string(tally.value)] = tally.count;
      }
      return counts;
    };
    // Over "a", "Ana Pop" is written so by two articles of three.
    CHECK(tallies("a", {}) == Counts{{"ana-pop=" + pop, 3}, {"kim=kim", 2}});
    // Over everything, "Ana POP" by four of seven.
    CHECK(tallies("all", {}) == Counts{{"ana-pop=" + pop_caps, 7}, {"kim=kim", 2}});
    CHECK(tallies("all", "kim") == Counts{{"ana-pop=" + pop_caps, 7}});
    // A tie goes to the smallest value ("Ana POP" < "Ana Pop").
    CHECK(tallies("c", {}) == Counts{{"ana-pop=" + pop_caps, 2}});
    // A top-1 list holds only the largest count; a top-2 list both, and
    // ties at the last place stay (over "a" with "ana-pop" left out).
    CHECK(tallies("all", {}, 1) == Counts{{"ana-pop=" + pop_caps, 7}});
    CHECK(tallies("all", {}, 2) == Counts{{"ana-pop=" + pop_caps, 7}, {"kim=kim", 2}});
    CHECK(tallies("all", {}, 5) == Counts{{"ana-pop=" + pop_caps, 7}, {"kim=kim", 2}});
    CHECK(tallies("all", "ana-pop", 1) == Counts{{"kim=kim", 2}});
  }
}

TEST_CASE("facet columns are for one database: spies see each sub-database's own document ids") {
  const std::string first = make_database("columns-first", {{"x", "sq", "", "a"}, {"x", "sq", "", "b"}});
  const std::string second = make_database("columns-second", {{"x", "ro", "", "c"}});
  Xapian::Database both(first);
  both.add_database(Xapian::Database(second));
  // Why: the spy is handed docid 1 for the first document of each database.
  struct Docids : Xapian::MatchSpy {
    std::vector<Xapian::docid> seen;
    void operator()(const Xapian::Document& document, double) override { seen.push_back(document.get_docid()); }
  } docids;
  Xapian::Enquire enquire(both);
  enquire.set_query(Xapian::Query("x"));
  enquire.add_matchspy(&docids);
  enquire.get_mset(0, 10, 100);
  std::sort(docids.seen.begin(), docids.seen.end());
  CHECK(docids.seen == std::vector<Xapian::docid>{1, 1, 2});
  // So a combination has no revision of its own, and columns refuse it.
  CHECK_FALSE(FacetColumns::revision_of(both));
  CHECK_FALSE(FacetColumns::revision_of(Xapian::Database()));
  CHECK_THROWS_AS(FacetColumns{both}, Xapian::InvalidOperationError);
}

TEST_CASE("the column cache holds one revision and reads the next one when asked") {
  const std::string path = make_database("columns-cache", {{"x", "sq", "", "a"}});
  search::FacetColumnCache cache([path] { return Xapian::Database(path); });
  const search::DatabaseRevision first = *FacetColumns::revision_of(Xapian::Database(path));
  cache.load_now();
  const auto columns = cache.get(first);
  REQUIRE(columns);
  CHECK(columns->distinct(FacetColumns::Column::Actors) == 1);

  {
    Xapian::WritableDatabase db(path);
    Xapian::Document doc;
    doc.add_term("x");
    doc.add_value(schema::kActorListSlot, "b");
    db.add_document(doc);
    db.commit();
  }
  const search::DatabaseRevision second = *FacetColumns::revision_of(Xapian::Database(path));
  REQUIRE(second != first);
  // Not read yet: null now (a background read starts), the columns soon.
  std::shared_ptr<const FacetColumns> next = cache.get(second);
  for (int i = 0; i < 200 && !next; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    next = cache.get(second);
  }
  REQUIRE(next);
  CHECK(next->distinct(FacetColumns::Column::Actors) == 2);
  // A searcher still at the first revision gets nothing (and no new read).
  CHECK_FALSE(cache.get(first));
}

TEST_CASE("a top-k tally keeps every entity tied at the k-th count") {
  // Built by append: GCC 12's -Wrestrict misfires on "a" + kSep + "b" here (GCC bug 105329).
  const auto list = [](std::string first, const std::string& second) {
    first += kSep;
    first += second;
    return first;
  };
  const std::string path = make_database(
      "columns-top", {{"w", "sq", "", list("a", "b")}, {"w", "sq", "", list("a", "c")}, {"w", "sq", "", "d"}});
  const Xapian::Database db(path);
  const FacetColumns columns(db);
  for (const bool in_memory : {true, false}) {
    CAPTURE(in_memory);
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query("w"));
    search::EntityFacetCounter counter(search::EntityFacetCounter::Kind::Actors, false, in_memory ? &columns : nullptr);
    counter.attach(enquire);
    enquire.get_mset(0, 1, 1000);
    std::set<std::string> ids;
    for (const auto& tally : counter.tally({}, 2)) ids.insert(std::string(tally.id));
    CHECK(ids == std::set<std::string>{"a", "b", "c", "d"});  // a: 2, then b, c, d tied at 1
    ids.clear();
    for (const auto& tally : counter.tally({}, 1)) ids.insert(std::string(tally.id));
    CHECK(ids == std::set<std::string>{"a"});
  }
}
