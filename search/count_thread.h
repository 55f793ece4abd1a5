// A second thread that counts a search's facets while the calling thread
// ranks its page, or matches half of the document ids while the calling
// thread matches the other (search/column_facet_count.h). The two passes
// are independent, so one request can use two cores: at 1M articles each
// pass takes milliseconds (bench/README-speed.md measures it).
//
// Xapian objects are not thread-safe: the helper opens the database itself
// and keeps it on its own thread, and a query crosses as a serialised string
// (Xapian::Query shares its parts through reference counts that are not
// atomic). Work runs only on the revision the caller searches, so the count
// and the page describe the same index; after a commit in between the
// caller counts alone.
#pragma once

#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <xapian.h>

namespace kronika::search {

class CountThread {
 public:
  using Work = std::function<void(const Xapian::Database&)>;

  // `path`: a single local database (the one the caller searches).
  explicit CountThread(std::string path);
  ~CountThread();
  CountThread(const CountThread&) = delete;
  CountThread& operator=(const CountThread&) = delete;

  // Hands `work` to the helper, which runs it on its database once that is
  // at `revision`. Returns at once; call wait() before reading anything the
  // work writes. One work at a time.
  void start(Xapian::rev revision, Work work);
  // Waits for the work started. False when it did not run (the helper's
  // database could not be opened at `revision`): the caller does it itself.
  // Rethrows what the work threw.
  bool wait();

 private:
  void run();

  const std::string path_;
  std::mutex mutex_;
  std::condition_variable changed_;
  Work work_;
  Xapian::rev revision_ = 0;
  bool pending_ = false;  // work handed over, not finished
  bool ran_ = false;
  bool stopping_ = false;
  std::exception_ptr error_;
  std::optional<Xapian::Database> database_;  // used on the helper thread only
  std::thread thread_;                        // last: starts once the rest exists
};

}  // namespace kronika::search
