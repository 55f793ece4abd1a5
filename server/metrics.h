// Prometheus metrics of the server, in the text exposition format.
// Thread-safe: workers record, GET /metrics renders.
#pragma once

#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace kronika::server {

class Metrics {
 public:
  // Latency histogram bucket bounds, in seconds (Prometheus "le").
  static constexpr std::array<double, 11> kLatencyBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                             0.1,   0.25,   0.5,   1.0,  2.5};

  // One finished request: `route` is the route pattern, never the raw path
  // (ids in paths would explode the label set).
  void record_request(const std::string& route, int status, double seconds);
  void record_reload() { ++reloads_; }

  // Requests being worked on by worker threads right now.
  void begin_work() { ++busy_; }
  void end_work() { --busy_; }
  int busy() const { return busy_; }

  // The exposition text; `documents` and `revision` are read by the caller
  // from the database at scrape time.
  std::string render(unsigned long long documents, unsigned long long revision, int threads) const;

 private:
  struct Histogram {
    std::array<unsigned long long, kLatencyBuckets.size()> buckets{};
    unsigned long long count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, unsigned long long> requests_;  // (route, status) → count
  std::map<std::string, Histogram> latency_;                            // route → histogram
  std::atomic<unsigned long long> reloads_{0};
  std::atomic<int> busy_{0};
};

}  // namespace kronika::server
