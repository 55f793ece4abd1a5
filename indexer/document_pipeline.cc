#include "indexer/document_pipeline.h"

#include <algorithm>
#include <utility>

namespace kronika::indexer {

DocumentPipeline::DocumentPipeline(const entities::EntityBase& base, unsigned threads, std::size_t depth)
    : base_(base), depth_(std::max<std::size_t>(depth, 1)) {
  if (threads == 0) {
    inline_builder_ = std::make_unique<DocumentBuilder>(base_);
    return;
  }
  for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
}

DocumentPipeline::~DocumentPipeline() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

unsigned DocumentPipeline::threads_for(unsigned setting) {
  if (setting > 0) return setting;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores >= 2 ? cores - 1 : 0;
}

bool DocumentPipeline::full() const {
  const std::lock_guard lock(mutex_);
  return slots_.size() >= depth_;
}

bool DocumentPipeline::empty() const {
  const std::lock_guard lock(mutex_);
  return slots_.empty();
}

void DocumentPipeline::push(schema::Article article) {
  auto slot = std::make_unique<Slot>();
  slot->article = std::move(article);
  {
    const std::lock_guard lock(mutex_);
    slots_.push_back(std::move(slot));
  }
  work_ready_.notify_one();
}

void DocumentPipeline::build(DocumentBuilder& builder, const schema::Article& article,
                             std::optional<Xapian::Document>& document, std::exception_ptr& error) {
  try {
    document = builder.build(article);
  } catch (...) {
    error = std::current_exception();
  }
}

std::optional<DocumentPipeline::Built> DocumentPipeline::pop(bool wait) {
  std::unique_lock lock(mutex_);
  if (slots_.empty()) return std::nullopt;
  Slot& oldest = *slots_.front();
  if (inline_builder_) {
    lock.unlock();
    build(*inline_builder_, oldest.article, oldest.document, oldest.error);
    lock.lock();
  } else if (wait) {
    built_.wait(lock, [&] { return oldest.document || oldest.error; });
  } else if (!oldest.document && !oldest.error) {
    return std::nullopt;
  }
  const std::unique_ptr<Slot> slot = std::move(slots_.front());
  slots_.pop_front();
  lock.unlock();
  if (slot->error) std::rethrow_exception(slot->error);
  return Built{std::move(slot->article), std::move(*slot->document)};
}

void DocumentPipeline::work() {
  DocumentBuilder builder(base_);
  std::unique_lock lock(mutex_);
  for (;;) {
    Slot* next = nullptr;
    work_ready_.wait(lock, [&] {
      if (stopping_) return true;
      for (const auto& slot : slots_)
        if (!slot->taken) {
          next = slot.get();
          return true;
        }
      return false;
    });
    if (!next) return;  // stopping
    next->taken = true;
    // The slot stays in slots_ until popped, pop() waits until it is built,
    // and nothing else touches its article: it is read here unlocked.
    lock.unlock();
    std::optional<Xapian::Document> document;
    std::exception_ptr error;
    build(builder, next->article, document, error);
    lock.lock();
    next->document = std::move(document);
    next->error = error;
    document.reset();  // under the lock: no handle of it outlives the hand-over unlocked
    built_.notify_all();
  }
}

}  // namespace kronika::indexer
