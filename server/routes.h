// The HTTP API. Routes are thin: parse and check parameters, call the
// engine (search/searcher.h), write JSON.
//
//   GET /api/search?q=&lang=&page=&per_page=&from=&to=&actor=&place=&sort=&ui_lang=
//   GET /api/documents/{id}
//   GET /api/entities?q=&type=&limit=   autocomplete of actors and places
//   GET /api/entities/{id}              one entity: names, counts, company, dates
//   GET /api/stats
//   GET /api/health
//   POST /api/analyze  {"text", "lang"?} → the analysis chain's tokens
//   GET /metrics       Prometheus text format
//   GET /              the page in web/
#pragma once

#include <httplib.h>

#include "server/middleware.h"

namespace kronika::server {

// Installs the middleware and every route; `context` must outlive `server`.
void register_routes(httplib::Server& server, ServerContext& context);

}  // namespace kronika::server
