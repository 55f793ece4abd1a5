#include "server/routes.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <thread>

#include <nlohmann/json.hpp>

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "analysis/language_id.h"
#include "schema/date_terms.h"
#include "schema/stored_article.h"
#include "search/searcher.h"
#include "server/http_errors.h"
#include "server/middleware.h"
#include "server/search_json.h"
#include "util/parse_int.h"
#include "util/utf8.h"

namespace kronika::server {

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// One Searcher per worker thread (Xapian handles must not cross threads),
// moved to the latest commit at most every reload_check_ms. A database
// replaced underneath us (compaction) cannot always be reopened: then the
// worker opens it afresh.
search::Searcher& thread_searcher(ServerContext& context) {
  thread_local std::unique_ptr<search::Searcher> searcher;
  thread_local Clock::time_point last_refresh;
  const util::Settings& settings = context.settings;
  const auto now = Clock::now();
  if (searcher && now - last_refresh >= std::chrono::milliseconds(settings.server.reload_check_ms)) {
    try {
      if (searcher->refresh()) context.metrics.record_reload();
    } catch (const Xapian::Error& error) {
      std::cerr << "kronika-server: reopening after: " << error.get_description() << '\n';
      searcher.reset();
    }
    last_refresh = now;
  }
  if (!searcher) {
    searcher = std::make_unique<search::Searcher>(settings, context.entities, context.facet_columns);
    last_refresh = now;
  }
  return *searcher;
}

void send_json(httplib::Response& response, const json& body) {
  response.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace), "application/json");
}

void send_json_text(httplib::Response& response, const std::string& body) {
  response.set_content(body, "application/json");
}

// An answer some shards could not contribute to says so and names them
// (like Elasticsearch's _shards.failed); a complete one has no such keys.
void mark_partial(json& body, const search::Searcher& searcher) {
  const std::vector<std::string> missing = searcher.missing_shards();
  if (missing.empty()) return;
  body["partial"] = true;
  body["missing_shards"] = missing;
}

int int_parameter(const httplib::Request& request, const char* name, int fallback, int min, int max) {
  if (!request.has_param(name)) return fallback;
  const std::optional<int> parsed = util::parse_int(request.get_param_value(name));
  if (!parsed) throw ApiError(400, "bad_parameter", std::string("'") + name + "' must be an integer");
  const int value = *parsed;
  if (value < min || value > max) {
    throw ApiError(
        400, "bad_parameter",
        std::string("'") + name + "' must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  return value;
}

// lang=sq&lang=ro and lang=sq,ro both work.
std::vector<analysis::Language> language_parameter(const httplib::Request& request) {
  std::vector<analysis::Language> languages;
  const std::size_t count = request.get_param_value_count("lang");
  for (std::size_t i = 0; i < count; ++i) {
    const std::string value = request.get_param_value("lang", i);
    std::size_t start = 0;
    while (start <= value.size()) {
      std::size_t comma = value.find(',', start);
      if (comma == std::string::npos) comma = value.size();
      const std::string code = value.substr(start, comma - start);
      start = comma + 1;
      if (code.empty()) continue;
      const auto language = analysis::parse_language(code);
      if (!language) {
        throw ApiError(400, "bad_parameter", "unknown language '" + code + "' (expected sq, ro, it or und)");
      }
      if (std::find(languages.begin(), languages.end(), *language) == languages.end()) languages.push_back(*language);
    }
  }
  return languages;
}

// from=, to= and the published_ pair: YYYY, YYYY-MM or YYYY-MM-DD; `from`
// takes the first day of what it names, `to` the last.
std::optional<schema::Day> date_parameter(const httplib::Request& request, const char* name, bool last) {
  if (!request.has_param(name) || request.get_param_value(name).empty()) return std::nullopt;
  const std::string value = request.get_param_value(name);
  const auto day = last ? schema::last_day_of(value) : schema::first_day_of(value);
  if (!day) {
    throw ApiError(400, "bad_parameter",
                   std::string("'") + name + "' must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got '" + value + "')");
  }
  return day;
}

void require_ordered(const std::optional<schema::Day>& from, const std::optional<schema::Day>& to, const char* what) {
  if (from && to && *to < *from) {
    throw ApiError(400, "bad_parameter", std::string("'") + what + "' range ends before it starts");
  }
}

// ui_lang=en|sq|ro|it: the language of entity names in responses.
std::string ui_language_parameter(const httplib::Request& request) {
  if (!request.has_param("ui_lang")) return "en";
  const std::string value = request.get_param_value("ui_lang");
  if (std::find(entities::kNameLanguages.begin(), entities::kNameLanguages.end(), value) ==
      entities::kNameLanguages.end()) {
    throw ApiError(400, "bad_parameter", "'ui_lang' must be en, sq, ro or it");
  }
  return value;
}

// actor= and place= values: an id or a name, each non-empty and short.
std::vector<std::string> entity_parameter(const httplib::Request& request, const char* name) {
  constexpr std::size_t kMaxValues = 10;
  constexpr std::size_t kMaxCharacters = 200;
  std::vector<std::string> values;
  const std::size_t count = request.get_param_value_count(name);
  if (count > kMaxValues) {
    throw ApiError(400, "bad_parameter",
                   std::string("at most ") + std::to_string(kMaxValues) + " '" + name + "' values");
  }
  for (std::size_t i = 0; i < count; ++i) {
    const std::string value = request.get_param_value(name, i);
    if (!util::is_valid_utf8(value))
      throw ApiError(400, "bad_parameter", std::string("'") + name + "' is not valid UTF-8");
    if (value.find_first_not_of(" \t") == std::string::npos) {
      throw ApiError(400, "bad_parameter", std::string("'") + name + "' must not be empty");
    }
    if (util::count_code_points(value) > kMaxCharacters) {
      throw ApiError(400, "bad_parameter",
                     std::string("'") + name + "' is longer than " + std::to_string(kMaxCharacters) + " characters");
    }
    values.push_back(value);
  }
  return values;
}

json entity_count_json(const search::EntityCount& item) {
  return json::parse(entity_count_text(item));
}

json entity_counts_json(const std::vector<search::EntityCount>& items) {
  json out = json::array();
  for (const auto& item : items) out.push_back(entity_count_json(item));
  return out;
}

void handle_search(ServerContext& context, const httplib::Request& request, httplib::Response& response) {
  const util::Settings& settings = context.settings;
  const auto started = Clock::now();
  const std::string query = request.get_param_value("q");
  if (!util::is_valid_utf8(query)) throw ApiError(400, "bad_parameter", "'q' is not valid UTF-8");
  if (util::count_code_points(query) > settings.server.max_query_length) {
    throw ApiError(414, "query_too_long",
                   "'q' is longer than " + std::to_string(settings.server.max_query_length) + " characters");
  }
  const auto& server = settings.server;
  const int per_page = int_parameter(request, "per_page", server.default_per_page, 1, server.max_per_page);
  const int page = int_parameter(request, "page", 1, 1, server.max_result_window / per_page);

  search::SearchRequest search_request;
  search_request.query = query;
  search_request.languages = language_parameter(request);
  search_request.dates_from = date_parameter(request, "from", false);
  search_request.dates_to = date_parameter(request, "to", true);
  require_ordered(search_request.dates_from, search_request.dates_to, "from/to");
  search_request.published_from = date_parameter(request, "published_from", false);
  search_request.published_to = date_parameter(request, "published_to", true);
  require_ordered(search_request.published_from, search_request.published_to, "published_from/published_to");
  const std::string sort = request.has_param("sort") ? request.get_param_value("sort") : "relevance";
  if (sort != "relevance" && sort != "date") {
    throw ApiError(400, "bad_parameter", "'sort' must be 'relevance' or 'date'");
  }
  search_request.sort_by_date = sort == "date";
  search_request.actors = entity_parameter(request, "actor");
  search_request.places = entity_parameter(request, "place");
  search_request.ui_lang = ui_language_parameter(request);
  const schema::EntityNaming naming{&context.entities, search_request.ui_lang};
  search_request.offset = static_cast<unsigned>((page - 1) * per_page);
  search_request.page_size = static_cast<unsigned>(per_page);
  // This request is among the busy ones: a core is spare when fewer than all are.
  search_request.spare_core =
      context.metrics.busy() < static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  search::Searcher& searcher = thread_searcher(context);
  const search::SearchResponse result = searcher.search(search_request);
  note_result_count(static_cast<long long>(result.total));

  SearchPage shown;
  shown.query = query;
  shown.page = page;
  shown.per_page = per_page;
  shown.max_page = server.max_result_window / per_page;
  shown.took_ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
  shown.missing_shards = searcher.missing_shards();
  send_json_text(response, search_response_json(result, shown, naming));
}

void handle_document(ServerContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string id = request.matches[1];
  const std::string ui_lang = ui_language_parameter(request);
  search::Searcher& searcher = thread_searcher(context);
  const auto article = searcher.find(id);
  if (!article && !searcher.missing_shards().empty()) {
    throw ApiError(503, "partial",
                   "no article with id '" + id + "' on the shards that answered; it may be on one that did not");
  }
  if (!article) throw ApiError(404, "not_found", "no article with id '" + id + "'");
  send_json_text(response, schema::article_json(*article, {&context.entities, ui_lang}, schema::ArticleView::Full));
}

// Autocomplete: GET /api/entities?q=&type=&limit=&ui_lang=
void handle_entities(ServerContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string prefix = request.get_param_value("q");
  if (!util::is_valid_utf8(prefix)) throw ApiError(400, "bad_parameter", "'q' is not valid UTF-8");
  if (util::count_code_points(prefix) > 200) throw ApiError(400, "bad_parameter", "'q' is longer than 200 characters");
  // type=person|organisation|place, or actor: people and organisations.
  const std::string type_value = request.has_param("type") ? request.get_param_value("type") : "";
  const bool actors_only = type_value == "actor";
  std::optional<entities::EntityType> type;
  if (!type_value.empty() && !actors_only) {
    type = entities::parse_type(type_value);
    if (!type) throw ApiError(400, "bad_parameter", "'type' must be person, organisation, place or actor");
  }
  const int limit = int_parameter(request, "limit", 10, 1, 100);
  const std::string ui_lang = ui_language_parameter(request);
  search::Searcher& searcher = thread_searcher(context);
  auto found = searcher.complete_entities(prefix, type, actors_only ? 200 : limit, ui_lang);
  if (actors_only) {
    std::erase_if(found, [](const search::EntityCount& item) { return !entities::is_actor(item.type); });
    if (found.size() > static_cast<std::size_t>(limit)) found.resize(static_cast<std::size_t>(limit));
  }
  json body = {{"query", prefix}, {"entities", entity_counts_json(found)}};
  mark_partial(body, searcher);
  send_json(response, body);
}

// GET /api/events?actor=&place=&from=&to=&lang=&limit=&ui_lang=
void handle_events(ServerContext& context, const httplib::Request& request, httplib::Response& response) {
  search::EventsRequest events_request;
  events_request.actors = entity_parameter(request, "actor");
  events_request.places = entity_parameter(request, "place");
  events_request.from = date_parameter(request, "from", false);
  events_request.to = date_parameter(request, "to", true);
  require_ordered(events_request.from, events_request.to, "from/to");
  events_request.languages = language_parameter(request);
  events_request.limit = static_cast<unsigned>(int_parameter(request, "limit", 50, 1, 500));
  events_request.ui_lang = ui_language_parameter(request);
  search::Searcher& searcher = thread_searcher(context);
  const search::EventsResponse result = searcher.events(events_request);
  note_result_count(static_cast<long long>(result.total));
  json events = json::array();
  for (const search::Event& event : result.events) {
    json date = {{"text", event.date.text},
                 {"from", event.date.from},
                 {"to", event.date.to},
                 {"granularity", analysis::granularity_name(event.date.granularity)}};
    if (!event.date.time_from.empty()) {
      date["time_from"] = event.date.time_from;
      date["time_to"] = event.date.time_to;
    }
    if (event.date.open != analysis::DateOpen::None) date["open"] = analysis::open_name(event.date.open);
    events.push_back(
        {{"date", std::move(date)},
         {"actors", entity_counts_json(event.actors)},
         {"places", entity_counts_json(event.places)},
         {"sentence", event.sentence},
         {"start", event.start},
         {"end", event.end},
         {"article",
          {{"id", event.article.id},
           {"title", event.article.title},
           {"lang", analysis::code(event.article.language)},
           {"published", event.article.published.empty() ? json(nullptr) : json(event.article.published)}}}});
  }
  json body = {{"total", result.total}, {"events", std::move(events)}};
  if (result.truncated) body["truncated"] = true;
  if (!result.unresolved.empty()) {
    body["unresolved"] = result.unresolved;
    body["warning"] = "some actor/place values name no known entity; nothing matches them";
  }
  mark_partial(body, searcher);
  send_json(response, body);
}

// GET /api/entities/{id}?ui_lang=
void handle_entity(ServerContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string id = request.matches[1];
  const std::string ui_lang = ui_language_parameter(request);
  if (!util::is_valid_utf8(id) || id.size() > 400) throw ApiError(400, "bad_parameter", "bad entity id");
  search::Searcher& searcher = thread_searcher(context);
  const auto details = searcher.entity(id, ui_lang);
  if (!details) throw ApiError(404, "not_found", "no entity '" + id + "'");
  json body = entity_count_json(details->entity);
  body["known"] = details->known != nullptr;
  if (const entities::Entity* known = details->known) {
    json names = json::object();
    for (std::size_t i = 0; i < entities::kNameLanguages.size(); ++i) {
      if (!known->names[i].empty()) names[std::string(entities::kNameLanguages[i])] = known->names[i];
    }
    body["names"] = std::move(names);
    body["aliases"] = known->aliases;
    if (!known->kind.empty()) body["kind"] = known->kind;
    if (!known->country.empty()) body["country"] = known->country;
    if (!known->role.empty()) body["role"] = known->role;
  }
  body["actors"] = entity_counts_json(details->actors);
  body["places"] = entity_counts_json(details->places);
  body["first_seen"] = details->first_seen.empty() ? json(nullptr) : json(details->first_seen);
  body["last_seen"] = details->last_seen.empty() ? json(nullptr) : json(details->last_seen);
  mark_partial(body, searcher);
  send_json(response, body);
}

void handle_stats(ServerContext& context, const httplib::Request&, httplib::Response& response) {
  search::Searcher& searcher = thread_searcher(context);
  const search::IndexStats stats = searcher.stats();
  json body = {
      {"documents", stats.documents},
      {"languages", stats.languages},
      {"last_update", stats.last_update.empty() ? json(nullptr) : json(stats.last_update)},
      {"revision", stats.revision},
      {"facet_columns", stats.facet_column_bytes ? json{{"in_memory", true}, {"bytes", *stats.facet_column_bytes}}
                                                 : json{{"in_memory", false}}}};
  if (!stats.shards.empty()) {
    json shards = json::array();
    for (const auto& shard : stats.shards) {
      shards.push_back({{"name", shard.name}, {"reachable", shard.reachable}, {"documents", shard.documents}});
    }
    body["shards"] = std::move(shards);
  }
  mark_partial(body, searcher);
  send_json(response, body);
}

// Like Elasticsearch's _analyze: shows what the shared chain makes of a text.
void handle_analyze(const httplib::Request& request, httplib::Response& response) {
  // Analyzers hold ICU iterators and Xapian stemmers: one set per worker thread.
  thread_local analysis::AnalyzerSet analyzers;
  if (!util::is_valid_utf8(request.body)) throw ApiError(400, "bad_request", "the body is not valid UTF-8");
  const json body = json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) throw ApiError(400, "bad_json", "the body is not valid JSON");
  if (!body.is_object() || !body.contains("text") || !body["text"].is_string()) {
    throw ApiError(400, "bad_parameter", "the body must be an object with a string \"text\"");
  }
  const std::string text = body["text"].get<std::string>();
  analysis::Language language;
  if (body.contains("lang") && !body["lang"].is_null()) {
    const auto given =
        body["lang"].is_string() ? analysis::parse_language(body["lang"].get<std::string>()) : std::nullopt;
    if (!given) throw ApiError(400, "bad_parameter", "unknown language (expected sq, ro, it or und)");
    language = *given;
  } else {
    language = analysis::identify_language(text);
  }
  json tokens = json::array();
  for (const analysis::Token& token : analyzers[language].analyze(text)) {
    tokens.push_back({{"text", token.text},
                      {"start", token.start},
                      {"end", token.end},
                      {"norm", token.norm},
                      {"stem", token.stem},
                      {"stop", token.stop}});
  }
  send_json(response, {{"lang", analysis::code(language)}, {"tokens", std::move(tokens)}});
}

void handle_health(ServerContext& context, const httplib::Request&, httplib::Response& response) {
  try {
    search::Searcher& searcher = thread_searcher(context);
    const search::IndexStats stats = searcher.stats();
    json body = {{"status", searcher.missing_shards().empty() ? "ok" : "partial"}, {"documents", stats.documents}};
    mark_partial(body, searcher);
    send_json(response, body);
  } catch (const Xapian::Error& error) {
    std::cerr << "kronika-server: health check failed: " << error.get_description() << '\n';
    send_error(response, 503, "unavailable", "the database cannot be read");
  }
}

void handle_metrics(ServerContext& context, const httplib::Request&, httplib::Response& response) {
  const search::IndexStats stats = thread_searcher(context).stats();
  response.set_content(context.metrics.render(stats.documents, stats.revision, context.settings.server.threads),
                       "text/plain; version=0.0.4");
}

}  // namespace

void register_routes(httplib::Server& server, ServerContext& context) {
  install_middleware(server, context);
  auto route = [&context](std::string name, auto handler) {
    return api_handler(context, std::move(name), [&context, handler](const auto& request, auto& response) {
      handler(context, request, response);
    });
  };
  server.Get("/api/search", route("/api/search", handle_search));
  server.Get(R"(/api/documents/(.+))", route("/api/documents/{id}", handle_document));
  server.Get("/api/entities", route("/api/entities", handle_entities));
  server.Get("/api/events", route("/api/events", handle_events));
  server.Get(R"(/api/entities/(.+))", route("/api/entities/{id}", handle_entity));
  server.Get("/api/stats", route("/api/stats", handle_stats));
  server.Get("/api/health", route("/api/health", handle_health));
  server.Post("/api/analyze", api_handler(context, "/api/analyze", handle_analyze));
  server.Get("/metrics", route("/metrics", handle_metrics));

  if (!server.set_mount_point("/", context.settings.server.web_dir)) {
    std::cerr << "kronika-server: warning: web directory '" << context.settings.server.web_dir
              << "' not found; only the API is served\n";
  }
}

}  // namespace kronika::server
