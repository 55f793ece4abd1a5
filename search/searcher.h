// Searching one Kronika database: queries, documents, statistics.
// Knows nothing of HTTP; server/routes.cc is a thin layer over it.
//
// Xapian handles are not thread-safe, so a Searcher owns its Database,
// analyzers and stemmers and must stay on one thread; the server keeps one
// per worker thread. refresh() moves to the indexer's latest commit.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "entities/entity_base.h"
#include "schema/article.h"
#include "schema/date_terms.h"
#include "search/count_thread.h"
#include "search/entity_facet_counter.h"
#include "search/facet_column_cache.h"
#include "search/highlighter.h"
#include "search/shard_set.h"
#include "util/settings.h"

namespace kronika::search {

struct SearchRequest {
  std::string query;
  std::vector<analysis::Language> languages;  // empty: all
  // Mentioned or publication date overlapping [from, to] (inclusive days).
  std::optional<schema::Day> dates_from, dates_to;
  // Publication date within [from, to]; either end may be open.
  std::optional<schema::Day> published_from, published_to;
  // Each value an entity id or any name or form of one; all must match.
  std::vector<std::string> actors, places;
  std::string ui_lang = "en";  // language of entity names in the response
  bool sort_by_date = false;   // newest publication first, then relevance
  // Facets may be counted on the searcher's helper thread (search.parallel_count):
  // the server says no when every core already has a request to work on,
  // where a second thread per request would only add switching.
  bool spare_core = true;
  unsigned offset = 0;
  unsigned page_size = 10;
};

// An entity with the number of articles it appears in.
struct EntityCount {
  std::string id;
  std::string name;
  entities::EntityType type = entities::EntityType::Person;
  bool known = false;
  Xapian::doccount count = 0;
};

struct SearchHit {
  schema::Article article;
  double score = 0;
  std::string snippet;     // HTML
  std::string title_html;  // the title, HTML, with its matched words marked as in the snippet
};

struct SearchResponse {
  Xapian::doccount total = 0;  // estimate; exact up to facet_check_at_least
  std::vector<SearchHit> hits;
  std::map<std::string, Xapian::doccount> language_counts;  // ignores the language filter
  std::map<std::string, Xapian::doccount> timeline_years;   // "2024" → matching articles
  std::map<std::string, Xapian::doccount> timeline_months;  // "2024-06" → matching articles
  std::vector<EntityCount> actor_facet, place_facet;        // most frequent first, counts of articles
  std::vector<EntityCount> query_entities;                  // known entities the query words name
  std::vector<std::string> unresolved;                      // actor=/place= values naming nothing
  std::optional<std::string> suggestion;                    // "did you mean", when a word is unknown
};

// One entity as the index knows it.
struct EntityDetails {
  const entities::Entity* known = nullptr;  // null for entities found in text only
  EntityCount entity;                       // count: articles naming it
  std::vector<EntityCount> actors, places;  // seen with it most
  std::string first_seen, last_seen;        // publication dates (YYYY[-MM[-DD]]), empty if none
};

struct IndexStats {
  Xapian::doccount documents = 0;
  std::map<std::string, Xapian::doccount> languages;
  std::string last_update;  // ISO 8601 or empty
  Xapian::rev revision = 0;
  std::vector<ShardSet::ShardStatus> shards;  // empty for a plain database
  // Memory of the in-memory facet columns of this revision; nullopt when
  // facets count from the database (not read yet, off, or several shards).
  std::optional<std::size_t> facet_column_bytes;
};

// Sentence-level co-occurrences: who, where, when.
struct EventsRequest {
  std::vector<std::string> actors, places;  // as in SearchRequest: each must be in the sentence
  std::optional<schema::Day> from, to;      // the sentence's date overlaps [from, to]
  std::vector<analysis::Language> languages;
  unsigned limit = 50;
  std::string ui_lang = "en";
};

struct Event {
  analysis::DateMention date;
  std::vector<EntityCount> actors, places;  // named in the sentence (count: mentions there)
  std::string sentence;
  std::size_t start = 0, end = 0;  // the sentence, code points into the article text
  schema::Article article;         // id, title, lang, published (no text)
};

struct EventsResponse {
  std::size_t total = 0;      // events found (before the limit)
  std::vector<Event> events;  // by date, oldest first
  std::vector<std::string> unresolved;
  bool truncated = false;  // more matching articles than were read
};

class Searcher {
 public:
  // Opens the database (settings.database) or shards (settings.shards)
  // read-only; throws Xapian::DatabaseOpeningError when a plain database
  // cannot be opened, schema::ShardLayoutError for a bad shard list.
  // `entities` must outlive the searcher, and so must `column_cache` when
  // given: facets then count from its in-memory columns whenever it holds
  // the revision searched (search/facet_column_cache.h).
  Searcher(const util::Settings& settings, const entities::EntityBase& entities,
           FacetColumnCache* column_cache = nullptr);

  // Sees the latest committed revision (and shards that came back); true
  // when it moved. Cheap when nothing changed.
  bool refresh();
  // Shards left out of the last answer because they could not be reached;
  // empty when it is complete.
  std::vector<std::string> missing_shards() const { return shards_.missing(); }

  SearchResponse search(const SearchRequest& request);
  std::optional<schema::Article> find(const std::string& id);
  IndexStats stats();

  // Autocomplete: entities with a name starting with `prefix` (a word of it
  // will do), known ones and those found in text, most articles first.
  std::vector<EntityCount> complete_entities(const std::string& prefix, std::optional<entities::EntityType> type,
                                             std::size_t limit, const std::string& ui_lang);
  // Sentences that name a date and an actor or place, with the requested
  // actors and places all in the same sentence.
  EventsResponse events(const EventsRequest& request);

  // An entity by id (or any name of a known one); nullopt when neither the
  // base nor the index knows it.
  std::optional<EntityDetails> entity(const std::string& id_or_name, const std::string& ui_lang);

 private:
  // Runs `work`, reopening once if the indexer's commits overtook our snapshot.
  template <typename Work>
  auto with_retry(Work&& work) -> decltype(work());

  // actor= and place= values: each an OR of what it can mean, all AND-ed.
  // Values that mean nothing go to `unresolved`; `ids`, when given, gets the
  // entity ids each resolved value may mean.
  Xapian::Query entity_filter(const std::vector<std::string>& actors, const std::vector<std::string>& places,
                              std::vector<std::string>& unresolved, std::vector<std::vector<std::string>>* ids);
  // The top facet_size_ entities a counter saw, merged by id, named in ui_lang.
  std::vector<EntityCount> entity_facet(const EntityFacetCounter& counter, const std::string& ui_lang,
                                        const std::string& except = {}) const;
  // Where `article`'s title names an entity of `named` (by id): titles'
  // entities are stored without mentions, so they are looked up again, in
  // the base's names with the extractor's main checks (accents as written,
  // acronyms in capitals, the longest name, no name across punctuation);
  // running the extractor itself cost 25-35 % of such a search. Code point
  // offsets, for mark_matches.
  std::vector<MarkedSpan> title_mentions(const schema::Article& article,
                                         const std::unordered_map<std::string, std::size_t>& named);
  // The in-memory facet columns of the revision searched, or null.
  std::shared_ptr<const FacetColumns> facet_columns();
  // A found entity's name and type, read from the facet slots of the first
  // `articles` articles naming it: the name most of them use (its case forms
  // share the id: "Kuvendi", "Kuvendit"), the first on a tie; else (articles
  // that name it once hold no slot value) from the first article's stored
  // entities. `kind` picks the actor or the place of an id that is both.
  // Autocomplete and the entity page name an entity from the same sample.
  enum class FoundKind { Any, Actor, Place };
  static constexpr unsigned kFoundNameSample = 8;
  // `from_article`: false leaves an entity no slot names with its id for a
  // name (autocomplete's ranking pass: it reads no stored article per candidate).
  std::optional<EntityCount> found_entity(const std::string& id, unsigned articles = kFoundNameSample,
                                          FoundKind kind = FoundKind::Any, bool from_article = true);

  ShardSet shards_;
  util::SearchSettings settings_;
  unsigned facet_size_;
  const entities::EntityBase& entities_;
  analysis::AnalyzerSet analyzers_;
  FacetColumnCache* column_cache_;
  // Counts facets beside the ranked match (search.parallel_count) on a
  // single local database; made on first use.
  std::string plain_path_;  // empty: sharded, no helper
  std::unique_ptr<CountThread> count_thread_;
};

}  // namespace kronika::search
