#include "server/middleware.h"

#include <atomic>
#include <chrono>
#include <ctime>
#include <iostream>
#include <random>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "search/shard_set.h"
#include "server/http_errors.h"

namespace kronika::server {

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// What the access log and metrics need to know about the request a worker
// thread is handling. httplib runs pre-routing, handler and logger of one
// request on the same thread, one request at a time.
struct RequestState {
  Clock::time_point start;
  std::string id;
  std::string route;
  long long results = -1;
  bool recorded = false;  // metrics already counted by the API handler
};
thread_local RequestState t_request;

std::string new_request_id() {
  // A per-process random prefix keeps ids unique across restarts.
  static const unsigned long long prefix = std::random_device{}();
  static std::atomic<unsigned long long> counter{0};
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%08llx-%llu", prefix & 0xffffffffULL, ++counter);
  return buffer;
}

// A client-supplied X-Request-Id is kept when it is short and plain.
std::string request_id_from(const httplib::Request& request) {
  const std::string given = request.get_header_value("X-Request-Id");
  if (given.empty() || given.size() > 64) return new_request_id();
  for (char c : given) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return new_request_id();
  }
  return given;
}

std::string utc_now_with_millis() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm parts{};
  gmtime_r(&seconds, &parts);
  char buffer[40];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &parts);
  char out[48];
  std::snprintf(out, sizeof out, "%s.%03lldZ", buffer, static_cast<long long>(millis));
  return out;
}

bool origin_allowed(const util::ServerSettings& server, const std::string& origin) {
  for (const std::string& allowed : server.cors_allow_origins) {
    if (allowed == "*" || allowed == origin) return true;
  }
  return false;
}

// Requests that reached no API handler: static files or nothing at all.
std::string fallback_route(const httplib::Request& request, int status) {
  if (request.path.rfind("/api/", 0) == 0) return "unmatched";
  return status < 400 ? "static" : "unmatched";
}

}  // namespace

void note_result_count(long long count) {
  t_request.results = count;
}

httplib::Server::Handler api_handler(ServerContext& context, std::string route,
                                     std::function<void(const httplib::Request&, httplib::Response&)> handler) {
  return [&context, route = std::move(route), handler = std::move(handler)](const httplib::Request& request,
                                                                            httplib::Response& response) {
    t_request.route = route;
    // Counted while the handler runs; the guard keeps the count right on every exit path.
    struct BusyGuard {
      Metrics& metrics;
      explicit BusyGuard(Metrics& m) : metrics(m) { metrics.begin_work(); }
      ~BusyGuard() { metrics.end_work(); }
    } busy(context.metrics);
    if (context.metrics.busy() > context.settings.server.max_concurrent_requests) {
      response.set_header("Retry-After", "1");
      send_error(response, 503, "overloaded", "too many concurrent requests; retry shortly");
      context.metrics.record_request(t_request.route, 503, 0);
      t_request.recorded = true;
      return;
    }
    try {
      handler(request, response);
    } catch (const ApiError& error) {
      send_error(response, error.status(), error.code(), error.what());
    } catch (const search::NoShardAvailable& error) {
      response.set_header("Retry-After", "1");
      send_error(response, 503, "unavailable", error.what());
    }
    // Counted before the response leaves, so a client's next scrape sees it.
    const int status = response.status == -1 ? 200 : response.status;
    context.metrics.record_request(t_request.route, status,
                                   std::chrono::duration<double>(Clock::now() - t_request.start).count());
    t_request.recorded = true;
  };
}

void install_middleware(httplib::Server& server, ServerContext& context) {
  const util::ServerSettings& settings = context.settings.server;
  server.set_read_timeout(settings.request_timeout_s);
  server.set_write_timeout(settings.request_timeout_s);

  server.set_pre_routing_handler([&settings](const httplib::Request& request, httplib::Response& response) {
    t_request = RequestState{Clock::now(), request_id_from(request), "", -1, false};
    response.set_header("X-Request-Id", t_request.id);
    const std::string origin = request.get_header_value("Origin");
    if (!origin.empty() && origin_allowed(settings, origin)) {
      response.set_header("Access-Control-Allow-Origin", origin);
      response.set_header("Vary", "Origin");
      if (request.method == "OPTIONS") {  // CORS preflight
        response.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        response.set_header("Access-Control-Allow-Headers", "Content-Type, X-Request-Id");
        response.set_header("Access-Control-Max-Age", "600");
        response.status = 204;
        t_request.route = "preflight";
        return httplib::Server::HandlerResponse::Handled;
      }
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  // Unknown routes and httplib's own errors (413, 414, 400) get JSON bodies.
  server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty()) return;
    const int status = response.status;
    std::string code = "error";
    std::string message = "request failed with status " + std::to_string(status);
    if (status == 404) {
      code = "not_found";
      message = "no route " + request.method + " " + request.path;
    } else if (status == 413) {
      code = "payload_too_large";
      message = "request body too large";
    } else if (status == 414) {
      code = "uri_too_long";
      message = "request URI too long";
    } else if (status == 400) {
      code = "bad_request";
      message = "malformed request";
    }
    send_error(response, status, code, message);
  });

  // Anything unexpected: log it with the request id, answer 500 without internals.
  server.set_exception_handler(
      [](const httplib::Request& request, httplib::Response& response, std::exception_ptr error) {
        std::string what = "unknown exception";
        try {
          std::rethrow_exception(error);
        } catch (const Xapian::Error& xapian) {
          what = xapian.get_description();
        } catch (const std::exception& other) {
          what = other.what();
        } catch (...) {
        }
        std::cerr << "kronika-server: request " << t_request.id << " " << request.path << ": " << what << '\n';
        send_error(response, 500, "internal", "internal error");
      });

  server.set_logger([&context](const httplib::Request& request, const httplib::Response& response) {
    const double seconds = std::chrono::duration<double>(Clock::now() - t_request.start).count();
    const std::string route = t_request.route.empty() ? fallback_route(request, response.status) : t_request.route;
    if (!t_request.recorded) context.metrics.record_request(route, response.status, seconds);
    json line = {
        {"time", utc_now_with_millis()}, {"request_id", t_request.id}, {"method", request.method},    {"route", route},
        {"path", request.path},          {"status", response.status},  {"latency_ms", seconds * 1000}};
    if (t_request.results >= 0) line["results"] = t_request.results;
    // One write per line, so lines from different workers never interleave.
    std::cout << (line.dump(-1, ' ', false, json::error_handler_t::replace) + '\n') << std::flush;
  });
}

}  // namespace kronika::server
