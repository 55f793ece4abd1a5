// Searching one Kronika database: queries, documents, statistics.
// Knows nothing of HTTP; server/routes.cc is a thin layer over it.
//
// Xapian handles are not thread-safe, so a Searcher owns its Database,
// analyzers and stemmers and must stay on one thread; the server keeps one
// per worker thread. refresh() moves to the indexer's latest commit.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "schema/article.h"
#include "schema/date_terms.h"
#include "util/settings.h"

namespace kronika::search {

struct SearchRequest {
  std::string query;
  std::vector<analysis::Language> languages;  // empty: all
  // Mentioned or publication date overlapping [from, to] (inclusive days).
  std::optional<schema::Day> dates_from, dates_to;
  // Publication date within [from, to]; either end may be open.
  std::optional<schema::Day> published_from, published_to;
  bool sort_by_date = false;  // newest publication first, then relevance
  unsigned offset = 0;
  unsigned page_size = 10;
};

struct SearchHit {
  schema::Article article;
  double score = 0;
  std::string snippet;  // HTML
};

struct SearchResponse {
  Xapian::doccount total = 0;  // estimate; exact up to facet_check_at_least
  std::vector<SearchHit> hits;
  std::map<std::string, Xapian::doccount> language_counts;  // ignores the language filter
  std::map<std::string, Xapian::doccount> timeline_years;   // "2024" → matching articles
  std::map<std::string, Xapian::doccount> timeline_months;  // "2024-06" → matching articles
};

struct IndexStats {
  Xapian::doccount documents = 0;
  std::map<std::string, Xapian::doccount> languages;
  std::string last_update;  // ISO 8601 or empty
  Xapian::rev revision = 0;
};

class Searcher {
 public:
  // Opens the database read-only; throws Xapian::DatabaseOpeningError.
  Searcher(const std::string& database_path, const util::SearchSettings& settings);

  // Sees the latest committed revision; true when it moved. Cheap when
  // nothing changed.
  bool refresh();

  SearchResponse search(const SearchRequest& request);
  std::optional<schema::Article> find(const std::string& id);
  IndexStats stats();

 private:
  // Runs `work`, reopening once if the indexer's commits overtook our snapshot.
  template <typename Work>
  auto with_retry(Work&& work) -> decltype(work());

  Xapian::Database database_;
  util::SearchSettings settings_;
  analysis::AnalyzerSet analyzers_;
};

}  // namespace kronika::search
