#include "search/column_facet_count.h"

#include <algorithm>
#include <string>

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

// Counts matches one at a time, in ascending document id, the same way for
// BooleanMatch and for Xapian's matcher: the language facet over every
// match, the others over those in the requested languages, up to `limit`.
class Tally {
 public:
  Tally(const FacetColumns& columns, const std::vector<analysis::Language>& languages, Xapian::doccount limit,
        const FacetCounters& counters)
      : columns_(columns), filtered_(!languages.empty()), limit_(limit), counters_(counters) {
    for (analysis::Language language : languages)
      if (const auto id = columns.value_id(FacetColumns::Column::Language, analysis::code(language)))
        requested_.push_back(*id);
  }

  bool wanted(Xapian::docid docid) const {
    return !filtered_ || columns_.holds_any(FacetColumns::Column::Language, docid, requested_);
  }
  // False once `limit` matches are counted (this one is not).
  bool count(Xapian::docid docid) {
    if (seen_ == limit_) {
      past_limit_ = true;
      return false;
    }
    ++seen_;
    last_ = docid;
    counters_.languages.count(docid);
    if (!wanted(docid)) return true;
    ++matches_;
    counters_.timeline.count(docid);
    counters_.actors.count(docid);
    counters_.places.count(docid);
    return true;
  }

  // `complete`: every match was offered to count().
  ColumnCount result(bool complete) const {
    ColumnCount count;
    count.matches = matches_;
    count.complete = complete && !past_limit_;
    count.estimated = matches_;
    if (!count.complete && last_ > 0) {
      const double scale = static_cast<double>(columns_.last_docid()) / static_cast<double>(last_);
      count.estimated = std::max(matches_ + 1, static_cast<Xapian::doccount>(matches_ * scale));
    }
    return count;
  }
  // After Xapian's matcher fed count() through a spy with check_at_least =
  // `limit`: fewer than `limit` matches seen means it saw them all.
  ColumnCount result_of(const Xapian::MSet& mset) const {
    return result(seen_ < limit_ || mset.get_matches_upper_bound() <= seen_);
  }

 private:
  const FacetColumns& columns_;
  const bool filtered_;
  const Xapian::doccount limit_;
  const FacetCounters& counters_;
  std::vector<std::uint32_t> requested_;  // the languages' value ids
  Xapian::doccount seen_ = 0;
  Xapian::doccount matches_ = 0;  // in the requested languages
  Xapian::docid last_ = 0;        // the last document counted
  bool past_limit_ = false;
};

// Xapian's matcher hands each match to a spy; a single local database's
// matcher reads them in ascending document id, as BooleanMatch does.
class TallySpy : public Xapian::MatchSpy {
 public:
  explicit TallySpy(Tally& tally) : tally_(tally) {}
  void operator()(const Xapian::Document& document, double /*weight*/) override { tally_.count(document.get_docid()); }
  // Local only (never serialised to a remote shard); named for Xapian's messages.
  std::string name() const override { return "kronika::TallySpy"; }

 private:
  Tally& tally_;
};

}  // namespace

std::optional<ColumnCount> count_from_columns(const Xapian::Database& database, const FacetColumns& columns,
                                              const Xapian::Query& unfiltered,
                                              const std::vector<analysis::Language>& languages, Xapian::doccount limit,
                                              const FacetCounters& counters, std::size_t newest) {
  const std::unique_ptr<BooleanMatch> matches = BooleanMatch::open(database, unfiltered, &columns);
  if (!matches) return std::nullopt;
  Tally tally(columns, languages, limit, counters);
  NewestFirst top(columns, newest);
  Xapian::docid docid = matches->next();
  for (; docid != 0; docid = matches->next()) {
    if (!tally.count(docid)) break;
    if (newest > 0 && tally.wanted(docid)) top.offer(docid);
  }
  const bool complete = docid == 0;
  // Past the counting limit the newest still come from every match.
  if (newest > 0)
    for (; docid != 0; docid = matches->next())
      if (tally.wanted(docid)) top.offer(docid);
  ColumnCount count = tally.result(complete);
  if (newest > 0) count.newest = top.in_order();
  return count;
}

namespace {

// The count by Xapian's matcher, for a query BooleanMatch declines.
ColumnCount count_with_spy(const Xapian::Database& database, const FacetColumns& columns,
                           const Xapian::Query& unfiltered, const std::vector<analysis::Language>& languages,
                           Xapian::doccount limit, const FacetCounters& counters) {
  Tally tally(columns, languages, limit, counters);
  TallySpy spy(tally);
  Xapian::Enquire counting(database);
  counting.set_query(unfiltered);
  // Counting needs which documents match, not how well: no BM25 per match
  // (and no document length read for it).
  counting.set_weighting_scheme(Xapian::BoolWeight());
  counting.add_matchspy(&spy);
  return tally.result_of(counting.get_mset(0, 0, limit));
}

// The count alone, in whichever of the two ways the query allows.
ColumnCount count_matches(const Xapian::Database& database, const FacetColumns& columns,
                          const Xapian::Query& unfiltered, const std::vector<analysis::Language>& languages,
                          Xapian::doccount limit, const FacetCounters& counters) {
  if (std::optional<ColumnCount> counted =
          count_from_columns(database, columns, unfiltered, languages, limit, counters))
    return std::move(*counted);
  return count_with_spy(database, columns, unfiltered, languages, limit, counters);
}

}  // namespace

ColumnSearch search_with_columns(const Xapian::Database& database, const FacetColumns& columns, Xapian::Enquire& ranked,
                                 const Xapian::Query& unfiltered, const std::vector<analysis::Language>& languages,
                                 Xapian::doccount limit, const FacetCounters& counters, Xapian::doccount offset,
                                 Xapian::doccount page_size, bool browse, CountThread* helper) {
  ColumnSearch search;
  // A browse takes its page from the count itself: nothing to share out.
  if (helper && !browse) {
    const std::string serialised = unfiltered.serialise();
    std::optional<ColumnCount> counted;
    helper->start(database.get_revision(), [&](const Xapian::Database& own) {
      counted = count_matches(own, columns, Xapian::Query::unserialise(serialised), languages, limit, counters);
    });
    try {
      search.page = ranked.get_mset(offset, page_size);
    } catch (...) {
      try {
        helper->wait();  // the work reads this frame's objects
      } catch (...) {
      }
      throw;
    }
    if (helper->wait()) {
      search.count = std::move(*counted);
      return search;
    }
    // The helper is at another revision: count here (the page stands).
    search.count = count_matches(database, columns, unfiltered, languages, limit, counters);
    return search;
  }
  const std::size_t newest = browse ? std::size_t{offset} + page_size : 0;
  if (std::optional<ColumnCount> counted =
          count_from_columns(database, columns, unfiltered, languages, limit, counters, newest)) {
    search.count = std::move(*counted);
    if (browse) {
      const std::vector<Xapian::docid>& all = search.count.newest;
      search.newest.assign(all.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(offset, all.size())),
                           all.end());
    } else {
      search.page = ranked.get_mset(offset, page_size);
    }
    return search;
  }
  if (!languages.empty()) {
    search.count = count_with_spy(database, columns, unfiltered, languages, limit, counters);
    search.page = ranked.get_mset(offset, page_size);
    return search;
  }
  // Without a language filter the spy rides on the page's own match.
  Tally tally(columns, languages, limit, counters);
  TallySpy spy(tally);
  ranked.add_matchspy(&spy);
  search.page = ranked.get_mset(offset, page_size, limit);
  ranked.clear_matchspies();
  search.count = tally.result_of(search.page);
  return search;
}

}  // namespace kronika::search
