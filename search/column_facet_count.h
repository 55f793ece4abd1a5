// Facet counts of a query's matches on a single local database with facet
// columns: the matches read from posting lists (search/boolean_match.h),
// each counted by document id from the columns (search/facet_columns.h).
// The server's search and bench/search_limit.cc --facets both count here,
// so the limit does the server's work.
//
// With a language filter one pass serves both the language facet (counted
// over the query without the filter, as faceted search UIs show what the
// other languages would give) and the other facets (over the filtered
// query): every article holds one language, and QueryBuilder::build makes
// each language's interpretation the same with or without the filter, so
// the filtered query's matches are the unfiltered one's in the requested
// languages. tests/integration/shards_test.cc compares every answer with
// the columns on and off.
#pragma once

#include <optional>
#include <vector>

#include <xapian.h>

#include "analysis/language.h"
#include "search/count_thread.h"
#include "search/entity_facet_counter.h"
#include "search/facet_columns.h"

namespace kronika::search {

// Counters made with the same columns (their count() reads them).
struct FacetCounters {
  SlotFacetCounter& timeline;
  SlotFacetCounter& languages;
  EntityFacetCounter& actors;
  EntityFacetCounter& places;
};

struct ColumnCount {
  Xapian::doccount matches = 0;  // of the query in the requested languages
  bool complete = true;          // false: stopped at `limit` matches
  // `matches` when complete; else scaled up from the share of document ids
  // read (matches come in id order: the first n% of ids held `matches`).
  Xapian::doccount estimated = 0;
  // With `newest` > 0: that many matches in the requested languages, newest
  // first (FacetColumns::published), ties by ascending document id: the
  // order of a Xapian match sorted by the publication slot, reversed, then
  // by relevance, when every weight is 0 (a browse without words). Read
  // from every match, also past `limit`.
  std::vector<Xapian::docid> newest;
};

// `unfiltered`: the query without its language filter (QueryBuilder::build
// with no languages) and with every other filter; `languages`: the filter,
// empty for none. Counts at most `limit` matches of `unfiltered`, as
// Xapian's check_at_least bounds what its spies see. nullopt when the query
// holds an operator BooleanMatch does not read: count with spies then.
std::optional<ColumnCount> count_from_columns(const Xapian::Database& database, const FacetColumns& columns,
                                              const Xapian::Query& unfiltered,
                                              const std::vector<analysis::Language>& languages, Xapian::doccount limit,
                                              const FacetCounters& counters, std::size_t newest = 0);

// A page of a search and its facets on a single local database with
// columns, the one way the server and bench/search_limit.cc --facets do it.
struct ColumnSearch {
  ColumnCount count;
  // The page: `newest` of a browse counted from the posting lists (no
  // ranked match needed), else Xapian's match of `ranked`.
  std::vector<Xapian::docid> newest;
  Xapian::MSet page;
};

// `ranked`: an Enquire of the filtered query, its order set (a browse:
// newest first). The counts come from count_from_columns. When BooleanMatch
// declines the query (phrases, value ranges), Xapian's matcher finds its
// matches once, unweighted, counted the same way from their ids; the page
// is then ranked among those ids alone (a filter adds no weight), so the
// page's match checks positions only in matches. (Before, it checked them
// again in every candidate that might rank.)
//
// With `helper` (search/count_thread.h) a second thread works on its own
// database: it counts while this thread ranks the page, or, for a query
// BooleanMatch declines, matches the upper half of the document ids while
// this thread matches the lower. `database` must then be a single local
// one, and the counters and columns are not touched here until it ends.
ColumnSearch search_with_columns(const Xapian::Database& database, const FacetColumns& columns, Xapian::Enquire& ranked,
                                 const Xapian::Query& unfiltered, const std::vector<analysis::Language>& languages,
                                 Xapian::doccount limit, const FacetCounters& counters, Xapian::doccount offset,
                                 Xapian::doccount page_size, bool browse, CountThread* helper = nullptr);

}  // namespace kronika::search
