#include "server/search_json.h"

#include <algorithm>
#include <map>

namespace kronika::server {

namespace {

template <typename Count>
void write_counts(util::JsonWriter& out, const std::map<std::string, Count>& counts) {
  out.begin_object();
  for (const auto& [key, count] : counts) out.key(key).value(std::uint64_t{count});
  out.end_object();
}

void write_entity_counts(util::JsonWriter& out, const std::vector<search::EntityCount>& items) {
  out.begin_array();
  for (const search::EntityCount& item : items) write_entity_count(out, item);
  out.end_array();
}

void write_strings(util::JsonWriter& out, const std::vector<std::string>& values) {
  out.begin_array();
  for (const std::string& value : values) out.value(value);
  out.end_array();
}

}  // namespace

void write_entity_count(util::JsonWriter& out, const search::EntityCount& item) {
  out.begin_object()
      .key("id")
      .value(item.id)
      .key("name")
      .value(item.name)
      .key("type")
      .value(entities::type_name(item.type))
      .key("count")
      .value(std::uint64_t{item.count})
      .end_object();
}

std::string entity_count_text(const search::EntityCount& item) {
  util::JsonWriter out;
  write_entity_count(out, item);
  return out.take();
}

namespace {

// The last page a client can ask for: the matches' last, within the result
// window (a pager must not offer pages the server refuses); 1 for no matches.
int last_page(std::uint64_t total, const SearchPage& page) {
  const std::uint64_t per_page = static_cast<std::uint64_t>(std::max(page.per_page, 1));
  const std::uint64_t pages = std::max<std::uint64_t>((total + per_page - 1) / per_page, 1);
  return static_cast<int>(std::min<std::uint64_t>(pages, static_cast<std::uint64_t>(std::max(page.max_page, 1))));
}

}  // namespace

std::string search_response_json(const search::SearchResponse& result, const SearchPage& page,
                                 const schema::EntityNaming& naming) {
  util::JsonWriter out;
  out.begin_object()
      .key("query")
      .value(page.query)
      .key("page")
      .value(page.page)
      .key("per_page")
      .value(page.per_page)
      .key("total")
      .value(std::uint64_t{result.total})
      .key("last_page")
      .value(last_page(result.total, page))
      .key("took_ms")
      .value(page.took_ms)
      .key("query_entities");
  write_entity_counts(out, result.query_entities);
  out.key("hits").begin_array();
  for (const search::SearchHit& hit : result.hits) {
    out.begin_object();
    schema::write_article_members(out, hit.article, naming, schema::ArticleView::Summary);
    out.key("score").value(hit.score).key("snippet").value(hit.snippet).key("title_html").value(hit.title_html);
    out.end_object();
  }
  out.end_array();

  out.key("facets").begin_object().key("lang");
  write_counts(out, result.language_counts);
  out.key("actor");
  write_entity_counts(out, result.actor_facet);
  out.key("place");
  write_entity_counts(out, result.place_facet);
  out.key("timeline").begin_object().key("years");
  write_counts(out, result.timeline_years);
  out.key("months");
  write_counts(out, result.timeline_months);
  out.end_object().end_object();

  if (!result.unresolved.empty()) {
    out.key("unresolved");
    write_strings(out, result.unresolved);
    out.key("warning").value("some actor/place values name no known entity; nothing matches them");
  }
  if (result.suggestion) out.key("suggestion").value(*result.suggestion);
  // Like Elasticsearch's _shards.failed: only a partial answer has these keys.
  if (!page.missing_shards.empty()) {
    out.key("partial").value(true).key("missing_shards");
    write_strings(out, page.missing_shards);
  }
  out.end_object();
  return out.take();
}

}  // namespace kronika::server
