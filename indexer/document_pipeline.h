// Builds articles' Xapian documents on worker threads while the caller's
// thread reads input and writes to the database. Indexing one article was
// about half our analysis (DocumentBuilder::build) and half Xapian's
// replace_document (bench/README-speed.md, "CPU profile of indexing"), and
// a WritableDatabase takes one writer: so the analysis moves to other
// cores and the writes stay on one thread, in input order (a later
// article with the same id still replaces an earlier one).
//
// Each worker owns its DocumentBuilder (analyzers and stemmers are not
// thread-safe); the EntityBase is read-only and shared. A document crosses
// threads once, handed over under the pipeline's lock, and is never
// touched by its builder again (Xapian's handles count references without
// atomics).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <xapian.h>

#include "entities/entity_base.h"
#include "indexer/document_builder.h"
#include "schema/article.h"

namespace kronika::indexer {

class DocumentPipeline {
 public:
  struct Built {
    schema::Article article;
    Xapian::Document document;
  };

  // `threads` workers (0: build on the caller's thread, in pop()); at most
  // `depth` articles in flight (read but not yet popped). `base` must
  // outlive the pipeline.
  DocumentPipeline(const entities::EntityBase& base, unsigned threads, std::size_t depth);
  ~DocumentPipeline();
  DocumentPipeline(const DocumentPipeline&) = delete;
  DocumentPipeline& operator=(const DocumentPipeline&) = delete;

  // Whether push() must wait for a pop() first.
  bool full() const;
  bool empty() const;
  void push(schema::Article article);
  // The oldest article in flight with its document: waiting for it with
  // `wait`, else nullopt unless it is built. Rethrows what building it threw.
  std::optional<Built> pop(bool wait);

  // The workers for `setting` (indexer.build_threads): 0 picks one fewer
  // than the cores, at least 1 when there are two cores or more.
  static unsigned threads_for(unsigned setting);

 private:
  struct Slot {
    schema::Article article;
    std::optional<Xapian::Document> document;
    std::exception_ptr error;
    bool taken = false;  // a worker is building it
  };
  void work();
  // The document of `article`, or what building it threw.
  static void build(DocumentBuilder& builder, const schema::Article& article, std::optional<Xapian::Document>& document,
                    std::exception_ptr& error);

  const entities::EntityBase& base_;
  std::size_t depth_;
  mutable std::mutex mutex_;
  std::condition_variable work_ready_;       // a slot to build, or stopping
  std::condition_variable built_;            // a slot was built
  std::deque<std::unique_ptr<Slot>> slots_;  // in input order
  bool stopping_ = false;
  std::unique_ptr<DocumentBuilder> inline_builder_;  // with no workers
  std::vector<std::thread> workers_;
};

}  // namespace kronika::indexer
