// The documents a query matches, in document id order, read straight from
// the posting lists of one database: no weights, no Xapian::Document per
// match, no match spies. Facet counting needs only this set, and at 1M
// articles letting Xapian's matcher hand every match to the spies was most
// of a search's time (bench/README-speed.md); the ranked top of a page then
// needs no exhaustive match.
//
// Only the operators whose matching needs posting lists alone are read:
// terms, match-all, AND, OR, AND_NOT, FILTER, AND_MAYBE, SYNONYM, MAX and
// SCALE_WEIGHT. A query with anything else (phrases, NEAR, value ranges,
// wildcards, ELITE_SET, XOR, posting sources) gets no BooleanMatch, and
// the caller counts with spies as before. tests/unit/test_boolean_match.cc
// checks the set against Xapian's own matcher. An OR of many operands (a
// prefix's expansion) is read through a bitmap of document ids rather than
// a heap of its posting lists (boolean_match.cc, WideOr).
//
// With the facet columns of the database at the same revision, a language
// filter term ("Lsq") is read from the language column instead of its
// posting list: a third of all articles, which AND would otherwise skip
// through for every candidate. (The indexer writes the term and the slot
// from the same field; tests/integration/shards_test.cc compares answers
// with the columns on and off.)
//
// Like every Xapian object it holds, one per thread.
#pragma once

#include <memory>

#include <xapian.h>

#include "search/facet_columns.h"

namespace kronika::search {

class BooleanMatch {
 public:
  // Whether open() reads `query` (false: it holds an operator not read here).
  static bool reads(const Xapian::Query& query);
  // nullptr when `query` holds an operator not read here.
  // `columns`, when given, must be of `database` at its revision and outlive
  // the match.
  static std::unique_ptr<BooleanMatch> open(const Xapian::Database& database, const Xapian::Query& query,
                                            const FacetColumns* columns = nullptr);
  ~BooleanMatch();
  BooleanMatch(const BooleanMatch&) = delete;
  BooleanMatch& operator=(const BooleanMatch&) = delete;

  // The next matching document id, ascending; 0 after the last.
  Xapian::docid next();

  class Node;

 private:
  explicit BooleanMatch(std::unique_ptr<Node> root);
  std::unique_ptr<Node> root_;
};

}  // namespace kronika::search
