#include "search/count_thread.h"

#include <utility>

namespace kronika::search {

CountThread::CountThread(std::string path) : path_(std::move(path)), thread_([this] { run(); }) {}

CountThread::~CountThread() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void CountThread::start(Xapian::rev revision, Work work) {
  {
    std::lock_guard lock(mutex_);
    work_ = std::move(work);
    revision_ = revision;
    pending_ = true;
    ran_ = false;
    error_ = nullptr;
  }
  changed_.notify_all();
}

bool CountThread::wait() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return !pending_; });
  work_ = nullptr;
  if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  return ran_;
}

void CountThread::run() {
  for (;;) {
    Work work;
    Xapian::rev revision = 0;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return stopping_ || pending_; });
      if (stopping_) return;
      work = work_;
      revision = revision_;
    }
    bool ran = false;
    std::exception_ptr error;
    // Opening or moving to the latest commit may fail (the database replaced
    // under us): then the caller counts alone, and meets any real error itself.
    bool ready = false;
    try {
      if (!database_) {
        database_.emplace(path_);
      } else {
        database_->reopen();
      }
      ready = database_->get_revision() == revision;
    } catch (const Xapian::Error&) {
      database_.reset();
    }
    if (ready) {
      try {
        work(*database_);
        ran = true;
      } catch (...) {
        error = std::current_exception();
      }
    }
    {
      std::lock_guard lock(mutex_);
      ran_ = ran;
      error_ = error;
      pending_ = false;
    }
    changed_.notify_all();
  }
}

}  // namespace kronika::search
