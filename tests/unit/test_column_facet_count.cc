#include <doctest/doctest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/language.h"
#include "schema/index_schema.h"
#include "search/boolean_match.h"
#include "search/column_facet_count.h"
#include "search/count_thread.h"
#include "search/entity_facet_counter.h"
#include "search/facet_columns.h"
#include "temp_directory.h"

using namespace kronika;
using search::FacetColumns;

namespace {

// One of the three languages at random, as the indexer writes it: the
// filter term and the facet slot.
void add_random_language(Xapian::Document& doc, std::mt19937& random) {
  static const std::vector<std::string> languages = {"sq", "ro", "it"};
  const std::string& language = languages[random() % languages.size()];
  doc.add_boolean_term(schema::language_term(language));
  doc.add_value(schema::kLanguageSlot, language);
}

// 400 articles published on one of 12 days (many ties) or on none, in three
// languages, with the language term and slot the indexer writes; some
// deleted.
std::string make_database() {
  const std::string path = testing::temp_directory("column-facet-count");
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  std::mt19937 random(11);
  for (int i = 0; i < 400; ++i) {
    Xapian::Document doc;
    doc.add_term("word");
    const int day = static_cast<int>(random() % 13);
    if (day < 12)
      doc.add_value(schema::kPublishedSlot, "202406" + std::string(day < 9 ? "0" : "") + std::to_string(day + 1));
    add_random_language(doc, random);
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

namespace {

// 300 articles in three languages holding "alpha" and "beta": adjacent (the
// phrase) in some, apart in others; each phrase article also holds the term
// "Zphrase", which BooleanMatch reads, so both ways of counting can be asked
// for the same matches.
std::string make_phrase_database() {
  const std::string path = testing::temp_directory("column-facet-count-phrase");
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  std::mt19937 random(5);
  for (int i = 0; i < 300; ++i) {
    Xapian::Document doc;
    const bool phrase = random() % 3 != 0;
    doc.add_posting("alpha", 1);
    doc.add_posting("beta", phrase ? 2 : 4);
    // Other wdfs and lengths, so that BM25 ranks the articles apart.
    doc.add_term("alpha", static_cast<Xapian::termcount>(random() % 4));
    doc.add_term("filler", static_cast<Xapian::termcount>(random() % 9));
    if (phrase) doc.add_boolean_term("Zphrase");
    add_random_language(doc, random);
    doc.add_value(schema::kTimelineSlot, "20" + std::to_string(10 + random() % 5));
    db.add_document(doc);
  }
  for (Xapian::docid docid = 3; docid <= 300; docid += 11) db.delete_document(docid);
  db.commit();
  return path;
}

using Page = std::vector<std::pair<Xapian::docid, double>>;

Page page_of(const Xapian::MSet& mset) {
  Page page;
  for (auto it = mset.begin(); it != mset.end(); ++it) page.emplace_back(*it, it.get_weight());
  return page;
}

struct Counted {
  search::ColumnCount count;
  std::map<std::string, Xapian::doccount> languages, timeline;
  std::size_t page = 0;
  Page hits;  // ids and weights
};

// The page Xapian ranks for `filtered` with nothing else going on.
Page xapian_page(const Xapian::Database& db, const Xapian::Query& filtered) {
  Xapian::Enquire enquire(db);
  enquire.set_query(filtered);
  return page_of(enquire.get_mset(0, 10));
}

Xapian::Query with_languages(Xapian::Query query, const std::vector<analysis::Language>& wanted) {
  for (analysis::Language language : wanted)
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          Xapian::Query(schema::language_term(std::string(analysis::code(language)))));
  return query;
}

Counted search_counted(const Xapian::Database& db, const FacetColumns& columns, const Xapian::Query& words,
                       const std::vector<analysis::Language>& wanted, Xapian::doccount limit,
                       search::CountThread* helper = nullptr) {
  using Column = FacetColumns::Column;
  search::SlotFacetCounter timeline(schema::kTimelineSlot, Column::Timeline, &columns);
  search::SlotFacetCounter languages(schema::kLanguageSlot, Column::Language, &columns);
  search::EntityFacetCounter actors(search::EntityFacetCounter::Kind::Actors, false, &columns);
  search::EntityFacetCounter places(search::EntityFacetCounter::Kind::Places, false, &columns);
  const Xapian::Query filtered = with_languages(words, wanted);
  Xapian::Enquire ranked(db);
  ranked.set_query(filtered);
  const search::ColumnSearch search = search::search_with_columns(
      db, columns, ranked, words, wanted, limit, {timeline, languages, actors, places}, 0, 10, false, helper);
  Counted counted{search.count, {}, {}, search.page.size(), page_of(search.page)};
  CHECK(ranked.get_query().serialise() == filtered.serialise());  // left as it was
  languages.for_each([&](const std::string& value, Xapian::doccount n) { counted.languages[value] = n; });
  timeline.for_each([&](const std::string& value, Xapian::doccount n) { counted.timeline[value] = n; });
  return counted;
}

}  // namespace

TEST_CASE("a phrase, which BooleanMatch declines, is counted through a spy exactly as the posting lists count") {
  const Xapian::Database db(make_phrase_database());
  const FacetColumns columns(db);
  const std::vector<std::string> words = {"alpha", "beta"};
  const Xapian::Query phrase(Xapian::Query::OP_PHRASE, words.begin(), words.end());
  const Xapian::Query same_matches("Zphrase");
  REQUIRE_FALSE(search::BooleanMatch::open(db, phrase, &columns));
  REQUIRE(search::BooleanMatch::open(db, same_matches, &columns));
  for (const bool filtered : {false, true}) {
    for (const Xapian::doccount limit : {1u, 40u, 150u, 100000u}) {
      CAPTURE(filtered);
      CAPTURE(limit);
      const std::vector<analysis::Language> wanted =
          filtered ? std::vector<analysis::Language>{analysis::Language::Italian} : std::vector<analysis::Language>{};
      const Counted spied = search_counted(db, columns, phrase, wanted, limit);
      const Counted read = search_counted(db, columns, same_matches, wanted, limit);
      CHECK(spied.count.matches == read.count.matches);
      CHECK(spied.count.complete == read.count.complete);
      CHECK(spied.count.estimated == read.count.estimated);
      CHECK(spied.languages == read.languages);
      CHECK(spied.timeline == read.timeline);
      CHECK(spied.page == read.page);
      CHECK(spied.page == 10);
      CHECK(spied.count.complete == (limit == 100000u));
      // Ranked among the matches found, or by Xapian alone past the limit:
      // the same page, weights included, as Xapian's own match.
      CHECK(spied.hits == xapian_page(db, with_languages(phrase, wanted)));
    }
  }
}

TEST_CASE("counted on a helper thread with its own database, a search's facets are the same") {
  const std::string path = make_phrase_database();
  const Xapian::Database db(path);
  const FacetColumns columns(db);
  search::CountThread helper(path);
  const std::vector<std::string> words = {"alpha", "beta"};
  const Xapian::Query phrase(Xapian::Query::OP_PHRASE, words.begin(), words.end());
  for (const Xapian::Query& query : {phrase, Xapian::Query("Zphrase"), Xapian::Query("alpha")}) {
    for (const bool filtered : {false, true}) {
      for (const Xapian::doccount limit : {40u, 100000u}) {
        CAPTURE(query.get_description());
        CAPTURE(filtered);
        CAPTURE(limit);
        const std::vector<analysis::Language> wanted =
            filtered ? std::vector<analysis::Language>{analysis::Language::Romanian}
                     : std::vector<analysis::Language>{};
        const Counted alone = search_counted(db, columns, query, wanted, limit);
        const Counted beside = search_counted(db, columns, query, wanted, limit, &helper);
        CHECK(beside.count.matches == alone.count.matches);
        CHECK(beside.count.complete == alone.count.complete);
        CHECK(beside.count.estimated == alone.count.estimated);
        CHECK(beside.languages == alone.languages);
        CHECK(beside.timeline == alone.timeline);
        CHECK(beside.page == alone.page);
        CHECK(beside.hits == alone.hits);
        CHECK(alone.hits == xapian_page(db, with_languages(query, wanted)));
        CHECK(alone.count.matches > 0);
      }
    }
  }
}

TEST_CASE("the count helper works only on the revision asked for, and hands back its errors") {
  const std::string path = make_phrase_database();
  const Xapian::Database db(path);
  search::CountThread helper(path);
  Xapian::doccount seen = 0;
  helper.start(db.get_revision(), [&](const Xapian::Database& own) { seen = own.get_doccount(); });
  CHECK(helper.wait());
  CHECK(seen == db.get_doccount());
  // Another revision (an indexer committed in between): the caller counts alone.
  seen = 0;
  helper.start(db.get_revision() + 1, [&](const Xapian::Database& own) { seen = own.get_doccount(); });
  CHECK_FALSE(helper.wait());
  CHECK(seen == 0);
  helper.start(db.get_revision(), [](const Xapian::Database&) { throw Xapian::DatabaseModifiedError("moved on"); });
  CHECK_THROWS_AS(helper.wait(), Xapian::DatabaseModifiedError);
  // And it keeps working afterwards.
  helper.start(db.get_revision(), [&](const Xapian::Database& own) { seen = own.get_doccount(); });
  CHECK(helper.wait());
  CHECK(seen == db.get_doccount());
}
