// search_limit: the engine's limit for the speed suite (bench/README-speed.md).
// Runs the queries of bench/gen_queries.py straight against a Kronika
// database through Xapian's API, with no HTTP, on N threads (one Database,
// AnalyzerSet and QueryBuilder per thread, as Xapian requires), for a bounded
// time, and prints one JSON line per (kind, threads):
//   {"runner":"limit","kind":"single","threads":1,"queries":..,"qps":..,"p50_ms":..,"p95_ms":..,"p99_ms":..}
//
// One query = what the server's search does minus HTTP, JSON, snippets,
// spelling and facets: parse_query → QueryBuilder::build (the same Xapian
// query, with entity readings of the words; prefix* expanded as the server
// does, search::expand_prefix) → date and actor/place filters →
// Enquire::get_mset(0, 10) → the stored data of the 10 hits. actor=/place=
// values are resolved to entity terms once, before timing (a lookup in the
// entity base, not engine work). --facets adds the server's match spies
// (language; timeline, counted here by a ValueCountMatchSpy of its slot; the
// actor and place list slots, or with --slot-spies the 16 + 16 facet slots
// as over remote shards: search/entity_facet_counter.h) with check_at_least =
// search.facet_check_at_least, and the language-facet pass the server makes
// when lang= is given: the same Xapian work as GET /api/search. On a single
// database with columns, as the server: search/column_facet_count.h counts
// (matches from posting lists; the ranked match stops at the page).
//
//   search_limit --db DIR --queries FILE [--kinds single,two|all] [--threads 1,2]
//                [--duration 5] [--warmup 1] [--facets [--slot-spies|--no-columns]] [--exhaustive]
//                [--config FILE]
//
// --exhaustive without --facets: check_at_least as with facets but no spies,
// which splits the facets' cost into matching every document and counting.
// --facets counts as the server does on a single local database: from the
// in-memory columns (search/facet_columns.h, read before timing);
// --no-columns counts from the value slots, as over several local shards.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "entities/entity.h"
#include "entities/entity_base.h"
#include "schema/date_terms.h"
#include "schema/index_schema.h"
#include "search/column_facet_count.h"
#include "search/entity_facet_counter.h"
#include "search/entity_terms.h"
#include "search/facet_columns.h"
#include "search/query_builder.h"
#include "search/query_parser.h"
#include "util/settings.h"

namespace {

using namespace kronika;
using Clock = std::chrono::steady_clock;

Xapian::Query both(const Xapian::Query& a, const Xapian::Query& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return Xapian::Query(Xapian::Query::OP_AND, a, b);
}

struct Query {
  std::string kind;
  std::string text;
  std::vector<analysis::Language> languages;
  // Filters as plain data: a Xapian::Query must not be shared between threads
  // (its reference count is not atomic), so each worker builds its own.
  std::optional<schema::Day> first_day, last_day;
  std::vector<std::vector<std::string>> entity_terms;  // AND of ORs
  bool unresolved = false;

  Xapian::Query filter() const {
    Xapian::Query result;
    if (first_day) result = schema::date_range_query(*first_day, *last_day);
    for (const auto& terms : entity_terms) {
      result = both(result, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    }
    return result;
  }
};

struct Options {
  std::string database;
  std::string queries;
  std::string config = "config/kronika.json";
  std::vector<std::string> kinds;
  std::vector<unsigned> threads = {1, 2};
  double duration = 5;
  double warmup = 1;
  bool facets = false;
  bool slot_spies = false;
  bool exhaustive = false;
  bool columns = true;
};

std::vector<std::string> split(const std::string& list) {
  std::vector<std::string> parts;
  std::stringstream stream(list);
  for (std::string part; std::getline(stream, part, ',');) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

std::vector<Query> load_queries(const Options& options, const entities::EntityBase& base,
                                analysis::AnalyzerSet& analyzers, const Xapian::Database& database) {
  std::ifstream in(options.queries);
  if (!in) throw std::runtime_error("cannot read " + options.queries);
  std::vector<Query> queries;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json record = nlohmann::json::parse(line);
    Query query;
    query.kind = record.at("kind").get<std::string>();
    const nlohmann::json& params = record.at("params");
    query.text = params.value("q", "");
    for (const std::string& code : split(params.value("lang", ""))) {
      if (auto language = analysis::parse_language(code)) query.languages.push_back(*language);
    }
    const std::string from = params.value("from", ""), to = params.value("to", "");
    if (!from.empty() || !to.empty()) {
      const auto first = from.empty() ? std::optional<schema::Day>(schema::Day{1, 1, 1}) : schema::first_day_of(from);
      const auto last = to.empty() ? std::optional<schema::Day>(schema::Day{9999, 12, 31}) : schema::last_day_of(to);
      if (!first || !last) throw std::runtime_error("bad date in " + line);
      query.first_day = first;
      query.last_day = last;
    }
    for (const auto& [key, actor] : {std::pair<const char*, bool>{"actor", true}, {"place", false}}) {
      if (!params.contains(key)) continue;
      const auto terms =
          search::entity_filter_terms(params.at(key).get<std::string>(), actor, base, analyzers, database);
      if (terms.empty()) {
        query.unresolved = true;  // the server answers these without searching
        continue;
      }
      query.entity_terms.push_back(terms);
    }
    queries.push_back(std::move(query));
  }
  return queries;
}

struct Worker {
  Worker(const std::string& path, const util::Settings& settings, const entities::EntityBase& base, bool facets,
         bool slot_spies, bool exhaustive, const search::FacetColumns* columns)
      : columns(columns),
        database(path),
        builder(
            analyzers, settings.search.wildcard_max_expansion, &base,
            [this](const std::string& prefix, unsigned limit) {
              return search::expand_prefix(database, prefix, limit);
            },
            !schema::other_schema_version(database),
            [this](const Xapian::Query& query, Xapian::doccount enough) {
              return search::count_matches(database, query, enough);
            }),
        check_at_least(facets || exhaustive ? settings.search.facet_check_at_least : 0),
        facet_size(settings.entities.facet_size),
        facets(facets),
        slot_spies(slot_spies) {}

  // Runs one query; returns the number of hits read.
  std::size_t run(const Query& query) {
    if (query.unresolved) return 0;
    const search::ParsedQuery parsed = search::parse_query(query.text);
    const search::BuiltQuery built = builder.build(parsed, query.languages);
    const Xapian::Query filter = query.filter();
    const auto with_filter = [&](const Xapian::Query& words) {
      return filter.empty() ? words : Xapian::Query(Xapian::Query::OP_FILTER, words, filter);
    };
    const Xapian::Query full = with_filter(built.query);
    Xapian::Enquire enquire(database);
    enquire.set_query(full);
    if (!built.ranked) enquire.set_sort_by_value_then_relevance(schema::kPublishedSlot, true);
    // The server's entity facet counting on a local database (one list slot
    // per kind), or with --slot-spies the remote-shard way (a spy per slot).
    search::EntityFacetCounter actors(search::EntityFacetCounter::Kind::Actors, slot_spies, columns);
    search::EntityFacetCounter places(search::EntityFacetCounter::Kind::Places, slot_spies, columns);
    using Column = search::FacetColumns::Column;
    search::SlotFacetCounter timeline(schema::kTimelineSlot, Column::Timeline, columns);
    search::SlotFacetCounter languages(schema::kLanguageSlot, Column::Language, columns);
    // With the columns, the server's way (search_with_columns): one count
    // by document id, from the posting lists or through one spy, and a
    // ranked match that stops at the page.
    if (facets && columns) {
      const Xapian::Query unfiltered = query.languages.empty() ? full : with_filter(builder.build(parsed, {}).query);
      const search::ColumnSearch counted =
          search::search_with_columns(database, *columns, enquire, unfiltered, query.languages, check_at_least,
                                      {timeline, languages, actors, places}, 0, 10, !built.ranked);
      facet_entities += actors.tally({}, facet_size).size() + places.tally({}, facet_size).size();
      for (Xapian::docid docid : counted.newest) data_bytes += database.get_document(docid).get_data().size();
      for (auto it = counted.page.begin(); it != counted.page.end(); ++it)
        data_bytes += it.get_document().get_data().size();
      return counted.newest.size() + counted.page.size();
    }
    if (facets) {
      timeline.attach(enquire);
      if (query.languages.empty()) languages.attach(enquire);
      actors.attach(enquire);
      places.attach(enquire);
    }
    const Xapian::MSet mset = enquire.get_mset(0, 10, check_at_least);
    if (facets) {
      // The server's entity facets end with the counts per entity.
      facet_entities += actors.tally({}, facet_size).size() + places.tally({}, facet_size).size();
    }
    for (auto it = mset.begin(); it != mset.end(); ++it) data_bytes += it.get_document().get_data().size();
    if (facets && !query.languages.empty()) {
      // The language facet ignores lang=: one more pass without it.
      Xapian::Enquire facet_enquire(database);
      facet_enquire.set_query(with_filter(builder.build(parsed, {}).query));
      languages.attach(facet_enquire);
      facet_enquire.get_mset(0, 0, check_at_least);
    }
    return mset.size();
  }

  const search::FacetColumns* columns;  // null: facets from the value slots
  Xapian::Database database;
  analysis::AnalyzerSet analyzers;
  search::QueryBuilder builder;
  Xapian::doccount check_at_least;
  std::size_t facet_size;  // entities shown per facet: the server tallies that many (and ties)
  bool facets;
  bool slot_spies;
  std::size_t data_bytes = 0;      // stored data read, so the reads are real work
  std::size_t facet_entities = 0;  // likewise for the facets' entities
};

double percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  const std::size_t rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
  return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

// Runs `queries` on `threads` threads for `seconds` each, cycling from
// different starting points; returns every latency in ms and the wall time.
std::pair<std::vector<double>, double> measure(const std::vector<const Query*>& queries, unsigned threads,
                                               double seconds, const std::vector<std::unique_ptr<Worker>>& workers,
                                               std::size_t& empty) {
  std::vector<std::vector<double>> latencies(threads);
  std::vector<std::size_t> empties(threads, 0);
  std::vector<std::thread> pool;
  std::vector<std::string> errors(threads);
  const auto deadline = Clock::now() + std::chrono::duration<double>(seconds);
  const auto started = Clock::now();
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      try {
        std::size_t i = queries.size() * t / threads;
        while (Clock::now() < deadline) {
          const Query& query = *queries[i++ % queries.size()];
          const auto start = Clock::now();
          const std::size_t hits = workers[t]->run(query);
          latencies[t].push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
          if (hits == 0) ++empties[t];
        }
      } catch (const Xapian::Error& error) {
        errors[t] = error.get_description();
      }
    });
  }
  for (auto& thread : pool) thread.join();
  const double wall = std::chrono::duration<double>(Clock::now() - started).count();
  for (const std::string& error : errors) {
    if (!error.empty()) throw std::runtime_error(error);
  }
  std::vector<double> all;
  for (unsigned t = 0; t < threads; ++t) {
    all.insert(all.end(), latencies[t].begin(), latencies[t].end());
    empty += empties[t];
  }
  std::sort(all.begin(), all.end());
  return {all, wall};
}

int usage(const char* message) {
  std::cerr
      << "search_limit: " << message << "\n"
      << "usage: search_limit --db DIR --queries FILE [--kinds K,K|all] [--threads 1,2] [--duration S]\n"
         "                    [--warmup S] [--facets [--slot-spies|--no-columns]] [--exhaustive] [--config FILE]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  std::string kinds = "all";
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(argument + " needs a value");
      return argv[++i];
    };
    try {
      if (argument == "--db") {
        options.database = value();
      } else if (argument == "--queries") {
        options.queries = value();
      } else if (argument == "--kinds") {
        kinds = value();
      } else if (argument == "--threads") {
        options.threads.clear();
        for (const std::string& n : split(value())) options.threads.push_back(static_cast<unsigned>(std::stoul(n)));
      } else if (argument == "--duration") {
        options.duration = std::stod(value());
      } else if (argument == "--warmup") {
        options.warmup = std::stod(value());
      } else if (argument == "--config") {
        options.config = value();
      } else if (argument == "--facets") {
        options.facets = true;
      } else if (argument == "--slot-spies") {
        options.slot_spies = true;
      } else if (argument == "--exhaustive") {
        options.exhaustive = true;
      } else if (argument == "--no-columns") {
        options.columns = false;
      } else {
        return usage(("unknown argument " + argument).c_str());
      }
    } catch (const std::exception& error) {
      return usage(error.what());
    }
  }
  if (options.database.empty() || options.queries.empty()) return usage("--db and --queries are required");

  try {
    const util::Settings settings = util::load_settings(options.config);
    const entities::EntityBase base =
        entities::EntityBase::load(settings.entities.directory, settings.entities.user_file);
    analysis::AnalyzerSet analyzers;
    const Xapian::Database database(options.database);
    const std::vector<Query> queries = load_queries(options, base, analyzers, database);

    std::vector<std::string> order;
    for (const Query& query : queries) {
      if (std::find(order.begin(), order.end(), query.kind) == order.end()) order.push_back(query.kind);
    }
    if (kinds != "all") order = split(kinds);

    const unsigned most_threads = *std::max_element(options.threads.begin(), options.threads.end());
    // The server's in-memory facet columns (search/facet_columns.h), read
    // before timing as the server reads them in the background.
    std::optional<search::FacetColumns> columns;
    if (options.facets && options.columns && !options.slot_spies && settings.search.facet_columns &&
        search::FacetColumns::revision_of(database))
      columns.emplace(database);
    std::vector<std::unique_ptr<Worker>> workers;
    for (unsigned t = 0; t < most_threads; ++t) {
      workers.push_back(std::make_unique<Worker>(options.database, settings, base, options.facets, options.slot_spies,
                                                 options.exhaustive, columns ? &*columns : nullptr));
    }
    for (const std::string& kind : order) {
      std::vector<const Query*> selected;
      for (const Query& query : queries) {
        if (query.kind == kind) selected.push_back(&query);
      }
      if (selected.empty()) {
        std::cerr << "search_limit: no queries of kind " << kind << "\n";
        continue;
      }
      std::size_t ignored = 0;
      if (options.warmup > 0) measure(selected, 1, options.warmup, workers, ignored);
      for (unsigned threads : options.threads) {
        std::size_t empty = 0;
        const auto [latencies, wall] = measure(selected, threads, options.duration, workers, empty);
        double sum = 0;
        for (double ms : latencies) sum += ms;
        nlohmann::json result = {
            {"runner", options.exhaustive && !options.facets ? "limit, exhaustive"
                       : !options.facets                     ? "limit"
                       : options.slot_spies                  ? "limit+facets (slot spies)"
                       : !columns                            ? "limit+facets (list slots)"
                                                             : "limit+facets"},
            {"kind", kind},
            {"threads", threads},
            {"distinct_queries", selected.size()},
            {"queries", latencies.size()},
            {"empty_results", empty},
            {"duration_s", wall},
            {"qps", static_cast<double>(latencies.size()) / wall},
            {"mean_ms", latencies.empty() ? 0 : sum / static_cast<double>(latencies.size())},
            {"p50_ms", percentile(latencies, 50)},
            {"p95_ms", percentile(latencies, 95)},
            {"p99_ms", percentile(latencies, 99)},
            {"max_ms", latencies.empty() ? 0 : latencies.back()},
        };
        std::cout << result.dump() << std::endl;
      }
    }
  } catch (const std::exception& error) {
    std::cerr << "search_limit: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
