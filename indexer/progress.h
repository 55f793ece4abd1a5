// Progress on a terminal while indexing: documents, MB/s, percentage, ETA.
// Silent when stderr is not a terminal (CI logs stay clean).
#pragma once

#include <chrono>
#include <cstddef>

namespace kronika::indexer {

class Progress {
 public:
  explicit Progress(std::size_t total_bytes);
  // `bytes_done` over all files so far.
  void update(std::size_t documents, std::size_t bytes_done);
  // Clears the progress line.
  void finish();
  double elapsed_seconds() const;

 private:
  using Clock = std::chrono::steady_clock;
  std::size_t total_bytes_;
  bool enabled_;
  Clock::time_point start_;
  Clock::time_point last_draw_;
};

}  // namespace kronika::indexer
