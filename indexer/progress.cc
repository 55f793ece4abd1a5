#include "indexer/progress.h"

#include <unistd.h>

#include <cstdio>

namespace kronika::indexer {

namespace {
// Redrawing more often than this costs more than it tells.
constexpr auto kRedrawInterval = std::chrono::milliseconds(200);
}  // namespace

Progress::Progress(std::size_t total_bytes)
    : total_bytes_(total_bytes), enabled_(isatty(STDERR_FILENO) != 0), start_(Clock::now()), last_draw_(start_) {}

double Progress::elapsed_seconds() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

void Progress::update(std::size_t documents, std::size_t bytes_done) {
  if (!enabled_) return;
  const auto now = Clock::now();
  if (now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  const double seconds = elapsed_seconds();
  const double megabytes_per_second = seconds > 0 ? static_cast<double>(bytes_done) / 1e6 / seconds : 0;
  const double fraction = total_bytes_ > 0 ? static_cast<double>(bytes_done) / static_cast<double>(total_bytes_) : 1;
  const double eta = fraction > 0 ? seconds * (1 - fraction) / fraction : 0;
  std::fprintf(stderr, "\r%zu documents  %.1f MB/s  %3.0f%%  ETA %d:%02d   ", documents, megabytes_per_second,
               fraction * 100, static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
  std::fflush(stderr);
}

void Progress::finish() {
  if (enabled_) std::fprintf(stderr, "\r%60s\r", "");
}

}  // namespace kronika::indexer
