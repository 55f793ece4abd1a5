#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/index_schema.h"
#include "search/boolean_match.h"
#include "search/facet_columns.h"
#include "temp_directory.h"

using namespace kronika;
using search::BooleanMatch;

namespace {

const std::vector<std::string> kLanguages = {"sq", "ro", "it"};

// "w3" (built with +=: GCC 12's -Wrestrict misfires on "w" + std::to_string at -O3).
std::string word(int n) {
  std::string term = "w";
  term += std::to_string(n);
  return term;
}

// 600 documents, words w0..w11 each in a different share of them, a
// language term with its slot (as the indexer writes both), and every 7th
// document deleted, so that document ids have gaps.
std::string make_database() {
  const std::string path = testing::temp_directory("boolean-match");
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  std::mt19937 random(7);
  for (int i = 0; i < 600; ++i) {
    Xapian::Document doc;
    for (int w = 0; w < 12; ++w) {
      // w0 in about half the documents, w11 in about one in 25.
      if (std::uniform_int_distribution<int>(0, 2 + 2 * w)(random) == 0) doc.add_term(word(w));
    }
    const std::string& language = kLanguages[static_cast<std::size_t>(random() % kLanguages.size())];
    doc.add_boolean_term(schema::language_term(language));
    doc.add_value(schema::kLanguageSlot, language);
    db.add_document(doc);
  }
  for (Xapian::docid docid = 7; docid <= 600; docid += 7) db.delete_document(docid);
  db.commit();
  return path;
}

// Random queries of the operators BooleanMatch reads, nested up to `depth`.
Xapian::Query random_query(std::mt19937& random, int depth) {
  const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  if (depth == 0 || pick(4) == 0) {
    switch (pick(8)) {
      case 0: return Xapian::Query(schema::language_term(kLanguages[static_cast<std::size_t>(pick(3))]));
      case 1: return Xapian::Query(std::string());  // match-all
      case 2: return Xapian::Query("absent");
      default: return Xapian::Query(word(pick(12)));
    }
  }
  static const Xapian::Query::op kOps[] = {
      Xapian::Query::OP_AND,       Xapian::Query::OP_OR,      Xapian::Query::OP_AND_NOT, Xapian::Query::OP_FILTER,
      Xapian::Query::OP_AND_MAYBE, Xapian::Query::OP_SYNONYM, Xapian::Query::OP_MAX};
  const int op = pick(8);
  if (op == 7) return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, random_query(random, depth - 1), 2.0);
  std::vector<Xapian::Query> operands;
  const int count = 2 + pick(3);
  for (int i = 0; i < count; ++i) operands.push_back(random_query(random, depth - 1));
  return Xapian::Query(kOps[op], operands.begin(), operands.end());
}

// What Xapian's own matcher says the query matches, ascending.
std::vector<Xapian::docid> xapian_matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount(), db.get_doccount());
  std::vector<Xapian::docid> docids;
  for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
  std::sort(docids.begin(), docids.end());
  return docids;
}

std::vector<Xapian::docid> read_all(BooleanMatch& match) {
  std::vector<Xapian::docid> docids;
  for (Xapian::docid docid = match.next(); docid != 0; docid = match.next()) docids.push_back(docid);
  return docids;
}

}  // namespace

TEST_CASE("BooleanMatch finds what Xapian's matcher finds, with and without the language column") {
  const Xapian::Database db(make_database());
  const search::FacetColumns columns(db);
  std::mt19937 random(2026);
  int non_empty = 0;
  for (int i = 0; i < 400; ++i) {
    const Xapian::Query query = random_query(random, 3);
    CAPTURE(query.get_description());
    const std::vector<Xapian::docid> expected = xapian_matches(db, query);
    non_empty += !expected.empty();
    CHECK(BooleanMatch::reads(query));
    for (const search::FacetColumns* with : {static_cast<const search::FacetColumns*>(nullptr), &columns}) {
      const auto match = BooleanMatch::open(db, query, with);
      REQUIRE(match);
      CHECK(read_all(*match) == expected);
      CHECK(match->next() == 0);  // stays at the end
    }
  }
  CHECK(non_empty > 200);  // the queries are not all trivially empty
}

namespace {

// 3,000 documents at scattered ids up to about 300,000 (several of the wide
// OR's windows, some of them empty), words w0..w39 in different shares.
std::string make_sparse_database() {
  const std::string path = testing::temp_directory("boolean-match-sparse");
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  std::mt19937 random(11);
  Xapian::docid docid = 0;
  for (int i = 0; i < 3000; ++i) {
    // Mostly close together, now and then a jump past a whole window.
    docid += i % 1000 == 999 ? 70000 : 1 + static_cast<Xapian::docid>(random() % 60);
    Xapian::Document doc;
    for (int w = 0; w < 40; ++w)
      if (std::uniform_int_distribution<int>(0, 3 + w)(random) == 0) doc.add_term(word(w));
    db.replace_document(docid, doc);
  }
  db.commit();
  return path;
}

// An OR of `count` distinct words (the shape of a prefix's expansion).
Xapian::Query wide_or(std::mt19937& random, int count, Xapian::Query::op op) {
  std::vector<int> words(40);
  for (int w = 0; w < 40; ++w) words[static_cast<std::size_t>(w)] = w;
  std::shuffle(words.begin(), words.end(), random);
  std::vector<Xapian::Query> operands;
  for (int i = 0; i < count; ++i) operands.emplace_back(word(words[static_cast<std::size_t>(i)]));
  return Xapian::Query(op, operands.begin(), operands.end());
}

}  // namespace

TEST_CASE("BooleanMatch reads an OR of many operands across windows of document ids") {
  const Xapian::Database db(make_sparse_database());
  REQUIRE(db.get_lastdocid() > 200000);
  std::mt19937 random(5);
  for (int i = 0; i < 60; ++i) {
    const Xapian::Query wide = wide_or(random, 17 + i % 20, i % 2 ? Xapian::Query::OP_SYNONYM : Xapian::Query::OP_OR);
    const Xapian::Query rare(word(30 + i % 10));
    // Alone (next() only), led by a rare term (skip_to), and excluding one.
    for (const Xapian::Query& query :
         {wide, Xapian::Query(Xapian::Query::OP_AND, rare, wide),
          Xapian::Query(Xapian::Query::OP_AND_NOT, wide, Xapian::Query(word(i % 40))),
          Xapian::Query(Xapian::Query::OP_AND, wide, wide_or(random, 20, Xapian::Query::OP_OR))}) {
      CAPTURE(query.get_description());
      const auto match = BooleanMatch::open(db, query);
      REQUIRE(match);
      CHECK(read_all(*match) == xapian_matches(db, query));
    }
  }
}

TEST_CASE("BooleanMatch declines the operators it does not read") {
  const Xapian::Database db(make_database());
  const Xapian::Query words[] = {Xapian::Query("w0"), Xapian::Query("w1")};
  const Xapian::Query phrase(Xapian::Query::OP_PHRASE, std::begin(words), std::end(words), 2);
  const Xapian::Query declined[] = {phrase, Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("w0"), phrase),
                                    Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kLanguageSlot, "a", "z"),
                                    Xapian::Query(Xapian::Query::OP_WILDCARD, "w")};
  for (const Xapian::Query& query : declined) {
    CAPTURE(query.get_description());
    CHECK_FALSE(BooleanMatch::open(db, query));
    CHECK_FALSE(BooleanMatch::reads(query));  // reads() says so without opening anything
  }
  // Only AND_MAYBE's first operand decides what matches.
  const Xapian::Query maybe(Xapian::Query::OP_AND_MAYBE, Xapian::Query("w0"), phrase);
  CHECK(BooleanMatch::reads(maybe));
  CHECK(BooleanMatch::open(db, maybe));
  CHECK(BooleanMatch::reads(Xapian::Query()));
  CHECK(BooleanMatch::open(db, Xapian::Query()));  // MatchNothing: nothing to read, so readable
  CHECK(read_all(*BooleanMatch::open(db, Xapian::Query())).empty());
}
