#include "server/metrics.h"

#include <sstream>

namespace kronika::server {

void Metrics::record_request(const std::string& route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{route, status}];
  Histogram& histogram = latency_[route];
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
    if (seconds <= kLatencyBuckets[i]) ++histogram.buckets[i];
  }
  ++histogram.count;
  histogram.sum += seconds;
}

std::string Metrics::render(unsigned long long documents, unsigned long long revision, int threads) const {
  std::ostringstream out;
  out << "# HELP kronika_http_requests_total HTTP requests by route and status.\n"
      << "# TYPE kronika_http_requests_total counter\n";
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& [key, count] : requests_) {
    out << "kronika_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} " << count
        << '\n';
  }
  out << "# HELP kronika_http_request_duration_seconds Time to handle a request, by route.\n"
      << "# TYPE kronika_http_request_duration_seconds histogram\n";
  for (const auto& [route, histogram] : latency_) {
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
      out << "kronika_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"" << kLatencyBuckets[i]
          << "\"} " << histogram.buckets[i] << '\n';
    }
    out << "kronika_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} " << histogram.count
        << '\n'
        << "kronika_http_request_duration_seconds_sum{route=\"" << route << "\"} " << histogram.sum << '\n'
        << "kronika_http_request_duration_seconds_count{route=\"" << route << "\"} " << histogram.count << '\n';
  }
  out << "# HELP kronika_documents Documents in the database.\n# TYPE kronika_documents gauge\n"
      << "kronika_documents " << documents << '\n'
      << "# HELP kronika_database_revision Revision of the database the server reads.\n"
      << "# TYPE kronika_database_revision gauge\nkronika_database_revision " << revision << '\n'
      << "# HELP kronika_reloads_total Times a worker moved to a newer database revision.\n"
      << "# TYPE kronika_reloads_total counter\nkronika_reloads_total " << reloads_ << '\n'
      << "# HELP kronika_workers_busy Worker threads handling a request now.\n"
      << "# TYPE kronika_workers_busy gauge\nkronika_workers_busy " << busy_ << '\n'
      << "# HELP kronika_workers Worker threads.\n# TYPE kronika_workers gauge\nkronika_workers " << threads << '\n';
  return out.str();
}

}  // namespace kronika::server
