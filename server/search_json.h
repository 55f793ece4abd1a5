// The JSON of a search answer (docs/api.md, GET /api/search), written
// straight as text with util::JsonWriter: the tree nlohmann::json built for
// it, ten hits with their dates and entities and facets of up to hundreds
// of timeline keys, was among the largest costs of a request
// (bench/README-speed.md, "Latest: the answer's own work").
#pragma once

#include <string>
#include <vector>

#include "schema/stored_article.h"
#include "search/searcher.h"
#include "util/json_writer.h"

namespace kronika::server {

// {"id", "name", "type", "count"}: an entity with its number of articles
// (facets, query entities, autocomplete) or mentions (hits, events).
void write_entity_count(util::JsonWriter& out, const search::EntityCount& item);
std::string entity_count_text(const search::EntityCount& item);

struct SearchPage {
  std::string query;
  int page = 1;
  int per_page = 10;
  int max_page = 1000;  // the last page server.max_result_window lets a client ask for
  double took_ms = 0;
  std::vector<std::string> missing_shards;  // non-empty: a partial answer
};

std::string search_response_json(const search::SearchResponse& result, const SearchPage& page,
                                 const schema::EntityNaming& naming);

}  // namespace kronika::server
