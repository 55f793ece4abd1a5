// The HTTP API. Routes are thin: parse and check parameters, call the
// engine (search/searcher.h), write JSON.
//
//   GET /api/search?q=&lang=&page=&per_page=
//   GET /api/documents/{id}
//   GET /api/stats
//   GET /api/health
//   POST /api/analyze  {"text", "lang"?} → the analysis chain's tokens
//   GET /              the page in web/
#pragma once

#include <httplib.h>

#include "util/settings.h"

namespace kronika::server {

void register_routes(httplib::Server& server, const util::Settings& settings);

}  // namespace kronika::server
