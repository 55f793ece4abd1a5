// The FacetColumns (search/facet_columns.h) of the database the server
// searches, shared by its worker threads. A worker asks for the columns of
// the revision it has open; when they are not there, a background thread
// reads the database's latest revision and the worker counts with Xapian's
// spies meanwhile, so no request waits for the read (about a second at a
// million articles) and answers are the same either way.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include <xapian.h>

#include "search/facet_columns.h"

namespace kronika::search {

class FacetColumnCache {
 public:
  // `open` gives the database to read, with handles of its own (it runs on
  // the background thread); the cache reads only a single local database.
  explicit FacetColumnCache(std::function<Xapian::Database()> open);
  ~FacetColumnCache();  // waits for a read in progress
  FacetColumnCache(const FacetColumnCache&) = delete;
  FacetColumnCache& operator=(const FacetColumnCache&) = delete;

  // The columns of `revision` (FacetColumns::revision_of), or null when they
  // are not read yet: then a read of the latest revision starts, unless one
  // is running.
  std::shared_ptr<const FacetColumns> get(const DatabaseRevision& revision);

  // Starts reading the latest revision in the background (at server start).
  void preload();
  // Reads the latest revision now, on the calling thread (tools, tests).
  void load_now();

 private:
  // Starts the background read unless one runs; returns the finished
  // previous reader thread, to be joined outside the lock.
  std::thread start_locked();
  void load();

  std::function<Xapian::Database()> open_;
  std::mutex mutex_;
  std::shared_ptr<const FacetColumns> latest_;
  bool loading_ = false;
  std::thread loader_;
};

}  // namespace kronika::search
