#include "search/searcher.h"

#include "schema/index_schema.h"
#include "schema/stored_article.h"
#include "search/query_builder.h"
#include "search/query_parser.h"

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

}  // namespace

SearchResponse Searcher::search(const SearchRequest& request) {
  return with_retry([&] {
    QueryBuilder builder(analyzers_, settings_.wildcard_max_expansion);
    const ParsedQuery parsed = parse_query(request.query);
    const BuiltQuery built = builder.build(parsed, request.languages);

    Xapian::Enquire enquire(database_);
    enquire.set_query(built.query);
    if (built.match_all) {
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
      facet_enquire.set_query(unfiltered.query);
      facet_enquire.add_matchspy(&language_spy);
      facet_enquire.get_mset(0, 0, settings_.facet_check_at_least);
    }
    response.language_counts = counts_of(language_spy);

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
