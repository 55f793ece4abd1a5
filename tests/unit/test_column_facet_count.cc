#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/language.h"
#include "schema/index_schema.h"
#include "search/column_facet_count.h"
#include "search/entity_facet_counter.h"
#include "search/facet_columns.h"
#include "temp_directory.h"

using namespace kronika;
using search::FacetColumns;

namespace {

// 400 articles published on one of 12 days (many ties) or on none, in three
// languages, with the language term and slot the indexer writes; some
// deleted.
std::string make_database() {
  const std::string path = testing::temp_directory("column-facet-count");
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  std::mt19937 random(11);
  const std::vector<std::string> languages = {"sq", "ro", "it"};
  for (int i = 0; i < 400; ++i) {
    Xapian::Document doc;
    doc.add_term("word");
    const int day = static_cast<int>(random() % 13);
    if (day < 12)
      doc.add_value(schema::kPublishedSlot, "202406" + std::string(day < 9 ? "0" : "") + std::to_string(day + 1));
    const std::string& language = languages[random() % languages.size()];
    doc.add_boolean_term(schema::language_term(language));
    doc.add_value(schema::kLanguageSlot, language);
    db.add_document(doc);
  }
  for (Xapian::docid docid = 5; docid <= 400; docid += 9) db.delete_document(docid);
  db.commit();
  return path;
}

// Xapian's order for a browse: newest first by the publication slot, then
// relevance (0 for all), then document id.
std::vector<Xapian::docid> xapian_newest(const Xapian::Database& db, const Xapian::Query& query, unsigned size) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_sort_by_value_then_relevance(schema::kPublishedSlot, true);
  const Xapian::MSet mset = enquire.get_mset(0, size);
  std::vector<Xapian::docid> docids;
  for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
  return docids;
}

}  // namespace

TEST_CASE("count_from_columns picks a browse's page newest first, as Xapian's sort by date does") {
  const Xapian::Database db(make_database());
  const FacetColumns columns(db);
  using Column = FacetColumns::Column;
  for (const bool filtered : {false, true}) {
    for (const unsigned size : {1u, 7u, 60u, 500u}) {
      CAPTURE(filtered);
      CAPTURE(size);
      search::SlotFacetCounter timeline(schema::kTimelineSlot, Column::Timeline, &columns);
      search::SlotFacetCounter languages(schema::kLanguageSlot, Column::Language, &columns);
      search::EntityFacetCounter actors(search::EntityFacetCounter::Kind::Actors, false, &columns);
      search::EntityFacetCounter places(search::EntityFacetCounter::Kind::Places, false, &columns);
      const std::vector<analysis::Language> wanted =
          filtered ? std::vector<analysis::Language>{analysis::Language::Romanian} : std::vector<analysis::Language>{};
      // A counting limit of 50: the page still comes from every match.
      const auto counted = search::count_from_columns(db, columns, Xapian::Query(std::string()), wanted, 50,
                                                      {timeline, languages, actors, places}, size);
      REQUIRE(counted);
      CHECK_FALSE(counted->complete);
      const Xapian::Query query = filtered ? Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(std::string()),
                                                           Xapian::Query(schema::language_term("ro")))
                                           : Xapian::Query(std::string());
      CHECK(counted->newest == xapian_newest(db, query, size));
    }
  }
}
