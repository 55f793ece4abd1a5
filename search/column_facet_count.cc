#include "search/column_facet_count.h"

#include <algorithm>

#include "search/boolean_match.h"

namespace kronika::search {

namespace {

// The `size` newest documents seen, by (publication, then lower id first).
class NewestFirst {
 public:
  NewestFirst(const FacetColumns& columns, std::size_t size) : columns_(columns), size_(size) {}

  void offer(Xapian::docid docid) {
    const Key key{columns_.published(docid), docid};
    if (heap_.size() < size_) {
      heap_.push_back(key);
      std::push_heap(heap_.begin(), heap_.end(), before);
    } else if (before(key, heap_.front())) {
      std::pop_heap(heap_.begin(), heap_.end(), before);
      heap_.back() = key;
      std::push_heap(heap_.begin(), heap_.end(), before);
    }
  }
  std::vector<Xapian::docid> in_order() {
    std::sort_heap(heap_.begin(), heap_.end(), before);
    std::vector<Xapian::docid> docids;
    for (const Key& key : heap_) docids.push_back(key.docid);
    return docids;
  }

 private:
  struct Key {
    std::uint32_t published;
    Xapian::docid docid;
  };
  // Whether `a` comes before `b` in the answer; the heap keeps the last of
  // the kept ones on top.
  static bool before(const Key& a, const Key& b) {
    return a.published != b.published ? a.published > b.published : a.docid < b.docid;
  }
  const FacetColumns& columns_;
  std::size_t size_;
  std::vector<Key> heap_;
};

}  // namespace

std::optional<ColumnCount> count_from_columns(const Xapian::Database& database, const FacetColumns& columns,
                                              const Xapian::Query& unfiltered,
                                              const std::vector<analysis::Language>& languages, Xapian::doccount limit,
                                              const FacetCounters& counters, std::size_t newest) {
  const std::unique_ptr<BooleanMatch> matches = BooleanMatch::open(database, unfiltered, &columns);
  if (!matches) return std::nullopt;
  using Column = FacetColumns::Column;
  std::vector<std::uint32_t> requested;  // the languages' value ids
  for (analysis::Language language : languages)
    if (const auto id = columns.value_id(Column::Language, analysis::code(language))) requested.push_back(*id);
  const bool filtered = !languages.empty();
  const auto wanted = [&](Xapian::docid docid) {
    return !filtered || columns.holds_any(Column::Language, docid, requested);
  };

  ColumnCount count;
  NewestFirst top(columns, newest);
  Xapian::doccount seen = 0;
  Xapian::docid last = 0;  // the last document counted
  Xapian::docid docid = matches->next();
  for (; docid != 0; docid = matches->next()) {
    if (seen++ == limit) {
      count.complete = false;
      break;
    }
    last = docid;
    counters.languages.count(docid);
    if (!wanted(docid)) continue;
    ++count.matches;
    counters.timeline.count(docid);
    counters.actors.count(docid);
    counters.places.count(docid);
    if (newest > 0) top.offer(docid);
  }
  // Past the counting limit the newest still come from every match.
  if (newest > 0)
    for (; docid != 0; docid = matches->next())
      if (wanted(docid)) top.offer(docid);
  count.estimated = count.matches;
  if (!count.complete && last > 0) {
    const double scale = static_cast<double>(columns.last_docid()) / static_cast<double>(last);
    count.estimated = std::max(count.matches + 1, static_cast<Xapian::doccount>(count.matches * scale));
  }
  if (newest > 0) count.newest = top.in_order();
  return count;
}

}  // namespace kronika::search
