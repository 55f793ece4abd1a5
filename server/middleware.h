// What every request goes through, around the route handlers: a request id,
// CORS, an admission limit, JSON errors, the access log and metrics.
#pragma once

#include <functional>
#include <string>

#include <httplib.h>

#include "entities/entity_base.h"
#include "search/facet_column_cache.h"
#include "server/metrics.h"
#include "util/settings.h"

namespace kronika::server {

// Shared by all worker threads; lives as long as the server.
struct ServerContext {
  const util::Settings& settings;
  const entities::EntityBase& entities;  // read-only, shared by all workers
  Metrics metrics;
  // In-memory facet columns shared by the workers; null when
  // search.facet_columns is off.
  search::FacetColumnCache* facet_columns = nullptr;
};

// Set by a handler: the number of results, for the access log.
void note_result_count(long long count);

// Wraps an API handler: labels the request with `route` (for logs and
// metrics), turns ApiError into its JSON error, and refuses work beyond
// server.max_concurrent_requests with 503 + Retry-After.
httplib::Server::Handler api_handler(ServerContext& context, std::string route,
                                     std::function<void(const httplib::Request&, httplib::Response&)> handler);

// Installs pre-routing (request id, CORS and preflight), error and exception
// handlers, timeouts and the access logger on `server`.
void install_middleware(httplib::Server& server, ServerContext& context);

}  // namespace kronika::server
