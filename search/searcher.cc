#include "search/searcher.h"

#include "schema/index_schema.h"
#include "schema/stored_article.h"
#include "search/query_builder.h"
#include "search/query_parser.h"
#include "search/timeline_spy.h"

namespace kronika::search {

using analysis::Language;

Searcher::Searcher(const std::string& database_path, const util::SearchSettings& settings)
    : database_(database_path), settings_(settings) {}

bool Searcher::refresh() {
  return database_.reopen();
}

template <typename Work>
auto Searcher::with_retry(Work&& work) -> decltype(work()) {
  try {
    return work();
  } catch (const Xapian::DatabaseModifiedError&) {
    database_.reopen();
    return work();
  }
}

namespace {

std::map<std::string, Xapian::doccount> counts_of(const Xapian::ValueCountMatchSpy& spy) {
  std::map<std::string, Xapian::doccount> counts;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) counts[*it] = it.get_termfreq();
  return counts;
}

// The date and publication filters of a request, or an empty Query when none.
Xapian::Query date_filter(const SearchRequest& request) {
  std::vector<Xapian::Query> filters;
  if (request.dates_from || request.dates_to) {
    filters.push_back(schema::date_range_query(request.dates_from.value_or(schema::Day{1, 1, 1}),
                                               request.dates_to.value_or(schema::Day{9999, 12, 31})));
  }
  if (request.published_from || request.published_to) {
    // Slot values are YYYYMMDD with "00" for unknown parts: a month-only date
    // "20230900" is inside a range that covers its whole month.
    const auto key = [](const schema::Day& day) { return schema::published_value(schema::format_day(day)); };
    std::string low;
    if (request.published_from) {
      const schema::Day& from = *request.published_from;
      low = key(from);
      if (from.day == 1) low.replace(6, 2, "00");
      if (from.day == 1 && from.month == 1) low.replace(4, 2, "00");
    }
    const std::string high = request.published_to ? key(*request.published_to) : "99999999";
    filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kPublishedSlot, low, high);
  }
  if (filters.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
}

Xapian::Query with_filter(const Xapian::Query& query, const Xapian::Query& filter) {
  return filter.empty() ? query : Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

}  // namespace

SearchResponse Searcher::search(const SearchRequest& request) {
  return with_retry([&] {
    QueryBuilder builder(analyzers_, settings_.wildcard_max_expansion);
    const ParsedQuery parsed = parse_query(request.query);
    const BuiltQuery built = builder.build(parsed, request.languages);
    const Xapian::Query dates = date_filter(request);

    Xapian::Enquire enquire(database_);
    enquire.set_query(with_filter(built.query, dates));
    TimelineSpy timeline;
    enquire.add_matchspy(&timeline);
    if (built.match_all || request.sort_by_date) {
      // Browsing without words: newest first.
      enquire.set_sort_by_value_then_relevance(schema::kPublishedSlot, /*reverse=*/true);
    }
    Xapian::ValueCountMatchSpy language_spy(schema::kLanguageSlot);
    const bool filtered = !request.languages.empty();
    if (!filtered) enquire.add_matchspy(&language_spy);
    const Xapian::MSet mset = enquire.get_mset(request.offset, request.page_size, settings_.facet_check_at_least);

    SearchResponse response;
    response.total = mset.get_matches_estimated();
    if (filtered) {
      // Facet counts show what the other languages would give, as faceted
      // search UIs expect: count over the query without the language filter.
      const BuiltQuery unfiltered = builder.build(parsed, {});
      Xapian::Enquire facet_enquire(database_);
      facet_enquire.set_query(with_filter(unfiltered.query, dates));
      facet_enquire.add_matchspy(&language_spy);
      facet_enquire.get_mset(0, 0, settings_.facet_check_at_least);
    }
    response.language_counts = counts_of(language_spy);
    response.timeline_years = timeline.years();
    response.timeline_months = timeline.months();

    for (auto it = mset.begin(); it != mset.end(); ++it) {
      SearchHit hit;
      hit.article = schema::deserialize_article(it.get_document().get_data());
      hit.score = it.get_weight();
      const auto terms = built.highlights.find(hit.article.language);
      const HighlightTerms empty;
      hit.snippet = make_snippet(hit.article.text, analyzers_[hit.article.language],
                                 terms == built.highlights.end() ? empty : terms->second, settings_.snippet_length);
      response.hits.push_back(std::move(hit));
    }
    return response;
  });
}

std::optional<schema::Article> Searcher::find(const std::string& id) {
  return with_retry([&]() -> std::optional<schema::Article> {
    const std::string term = schema::id_term(id);
    Xapian::PostingIterator posting = database_.postlist_begin(term);
    if (posting == database_.postlist_end(term)) return std::nullopt;
    return schema::deserialize_article(database_.get_document(*posting).get_data());
  });
}

IndexStats Searcher::stats() {
  return with_retry([&] {
    IndexStats stats;
    stats.documents = database_.get_doccount();
    for (Language language : analysis::kAllLanguages) {
      const std::string code(analysis::code(language));
      if (const auto count = database_.get_termfreq(schema::language_term(code)); count > 0) {
        stats.languages[code] = count;
      }
    }
    stats.last_update = database_.get_metadata(std::string(schema::kLastUpdateKey));
    stats.revision = database_.get_revision();
    return stats;
  });
}

}  // namespace kronika::search
