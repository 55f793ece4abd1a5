#include "search/facet_column_cache.h"

#include <iostream>

namespace kronika::search {

FacetColumnCache::FacetColumnCache(std::function<Xapian::Database()> open) : open_(std::move(open)) {}

FacetColumnCache::~FacetColumnCache() {
  std::thread loader;
  {
    const std::lock_guard lock(mutex_);
    loader = std::move(loader_);
  }
  if (loader.joinable()) loader.join();
}

std::shared_ptr<const FacetColumns> FacetColumnCache::get(const DatabaseRevision& revision) {
  std::thread finished;
  {
    const std::lock_guard lock(mutex_);
    if (latest_ && latest_->revision() == revision) return latest_;
    // A worker behind the latest read catches up when it next refreshes;
    // reading the same revision again would not help it.
    const bool behind =
        latest_ && latest_->revision().uuid == revision.uuid && revision.revision < latest_->revision().revision;
    if (!behind) finished = start_locked();
  }
  if (finished.joinable()) finished.join();
  return nullptr;
}

void FacetColumnCache::preload() {
  std::thread finished;
  {
    const std::lock_guard lock(mutex_);
    finished = start_locked();
  }
  if (finished.joinable()) finished.join();
}

std::thread FacetColumnCache::start_locked() {
  if (loading_) return {};
  // The previous read has returned: hand its thread back, start the next.
  std::thread finished = std::move(loader_);
  loading_ = true;
  loader_ = std::thread([this] { load(); });
  return finished;
}

void FacetColumnCache::load_now() {
  {
    const std::lock_guard lock(mutex_);
    if (loading_) return;
    loading_ = true;
  }
  load();
}

void FacetColumnCache::load() {
  std::shared_ptr<const FacetColumns> columns;
  try {
    const Xapian::Database database = open_();
    if (FacetColumns::revision_of(database)) columns = std::make_shared<const FacetColumns>(database);
  } catch (const Xapian::Error& error) {
    // Modified or replaced while being read: the next get() reads again.
    std::cerr << "kronika: facet columns not read: " << error.get_description() << '\n';
  } catch (const std::exception& error) {
    std::cerr << "kronika: facet columns not read: " << error.what() << '\n';
  }
  const std::lock_guard lock(mutex_);
  if (columns) latest_ = std::move(columns);
  loading_ = false;
}

}  // namespace kronika::search
