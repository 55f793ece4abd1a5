#include "search/column_facet_count.h"

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>

#include "search/boolean_match.h"
#include "search/docid_sources.h"

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

// Runs `here` on this thread while the helper works on what it was
// start()ed with, then waits for it: true when the helper did the work
// (CountThread::wait). The work reads the caller's frame, so the helper is
// waited for even when `here` throws.
template <typename Here>
bool while_helper_works(CountThread& helper, Here&& here) {
  try {
    here();
  } catch (...) {
    try {
      helper.wait();
    } catch (...) {
    }
    throw;
  }
  return helper.wait();
}

// What Xapian's matcher found of a query BooleanMatch declines.
struct Found {
  std::vector<Xapian::docid> docids;  // ascending, at most `limit`
  bool exhausted = true;              // false: more matches than these
};

// Hands each match's id to a list; a single local database's matcher reads
// them in ascending document id.
class CollectSpy : public Xapian::MatchSpy {
 public:
  explicit CollectSpy(std::vector<Xapian::docid>& docids) : docids_(docids) {}
  void operator()(const Xapian::Document& document, double /*weight*/) override {
    docids_.push_back(document.get_docid());
  }
  // Local only (never serialised to a remote shard); named for Xapian's messages.
  std::string name() const override { return "kronika::CollectSpy"; }

 private:
  std::vector<Xapian::docid>& docids_;
};

// The matches of `query` with ids first..last, at most `limit` of them.
Found find_with_matcher(const Xapian::Database& database, const Xapian::Query& query, Xapian::docid first,
                        Xapian::docid last, Xapian::doccount limit) {
  Found found;
  CollectSpy spy(found.docids);
  Xapian::Enquire matcher(database);
  matcher.set_query(
      Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query((new DocidRangeSource(first, last))->release())));
  // Which documents match, not how well: no BM25 per match (and no
  // document length read for it).
  matcher.set_weighting_scheme(Xapian::BoolWeight());
  matcher.add_matchspy(&spy);
  const Xapian::MSet mset = matcher.get_mset(0, 0, limit);
  found.exhausted = found.docids.size() < limit || mset.get_matches_upper_bound() <= found.docids.size();
  return found;
}

// A search whose query BooleanMatch declines (a phrase, a publication
// range): Xapian's matcher finds its matches once, checking positions or
// values of every candidate, with no weights; the counts come from those
// ids, and the page is ranked among them alone, so the ranked match checks
// positions only in matches, never in the candidates that fail. With `helper` the two halves of the
// document ids are matched on two threads at once.
ColumnSearch search_found(const Xapian::Database& database, const FacetColumns& columns, Xapian::Enquire& ranked,
                          const Xapian::Query& unfiltered, const std::vector<analysis::Language>& languages,
                          Xapian::doccount limit, const FacetCounters& counters, Xapian::doccount offset,
                          Xapian::doccount page_size, CountThread* helper) {
  const Xapian::docid last = database.get_lastdocid();
  Found found;
  if (helper && last > 1) {
    const Xapian::docid middle = last / 2;
    const std::string serialised = unfiltered.serialise();
    std::optional<Found> upper;
    helper->start(database.get_revision(), [&](const Xapian::Database& own) {
      upper = find_with_matcher(own, Xapian::Query::unserialise(serialised), middle + 1, last, limit);
    });
    const bool helped =
        while_helper_works(*helper, [&] { found = find_with_matcher(database, unfiltered, 1, middle, limit); });
    // The helper at another revision: match the upper half here.
    if (!helped) upper = find_with_matcher(database, unfiltered, middle + 1, last, limit);
    found.docids.insert(found.docids.end(), upper->docids.begin(), upper->docids.end());
    found.exhausted = found.exhausted && upper->exhausted;
  } else {
    found = find_with_matcher(database, unfiltered, 1, last, limit);
  }

  ColumnSearch search;
  Tally tally(columns, languages, limit, counters);
  for (Xapian::docid docid : found.docids)
    if (!tally.count(docid)) break;
  search.count = tally.result(found.exhausted);
  if (!search.count.complete) {
    search.page = ranked.get_mset(offset, page_size);
    return search;
  }
  // Every match is known: the ranked query filtered to them ranks the same
  // (a filter adds no weight) and finds no others.
  const Xapian::Query query = ranked.get_query();
  auto matches = std::make_shared<const std::vector<Xapian::docid>>(std::move(found.docids));
  ranked.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                 Xapian::Query((new DocidListSource(std::move(matches)))->release())));
  try {
    search.page = ranked.get_mset(offset, page_size);
  } catch (...) {
    ranked.set_query(query);
    throw;
  }
  ranked.set_query(query);
  return search;
}

// The count of a query BooleanMatch::reads(): open() takes it too.
ColumnCount read_by_boolean_match(std::optional<ColumnCount> counted) {
  if (!counted) throw std::logic_error("BooleanMatch::reads() and BooleanMatch::open() disagree");
  return std::move(*counted);
}

}  // namespace

ColumnSearch search_with_columns(const Xapian::Database& database, const FacetColumns& columns, Xapian::Enquire& ranked,
                                 const Xapian::Query& unfiltered, const std::vector<analysis::Language>& languages,
                                 Xapian::doccount limit, const FacetCounters& counters, Xapian::doccount offset,
                                 Xapian::doccount page_size, bool browse, CountThread* helper) {
  if (!BooleanMatch::reads(unfiltered))
    return search_found(database, columns, ranked, unfiltered, languages, limit, counters, offset, page_size, helper);
  ColumnSearch search;
  // A browse takes its page from the count itself: nothing to share out.
  if (helper && !browse) {
    const std::string serialised = unfiltered.serialise();
    std::optional<ColumnCount> counted;
    helper->start(database.get_revision(), [&](const Xapian::Database& own) {
      counted = count_from_columns(own, columns, Xapian::Query::unserialise(serialised), languages, limit, counters);
    });
    const bool helped = while_helper_works(*helper, [&] { search.page = ranked.get_mset(offset, page_size); });
    // The helper at another revision: count here (the page stands).
    if (!helped) counted = count_from_columns(database, columns, unfiltered, languages, limit, counters);
    search.count = read_by_boolean_match(std::move(counted));
    return search;
  }
  const std::size_t newest = browse ? std::size_t{offset} + page_size : 0;
  search.count =
      read_by_boolean_match(count_from_columns(database, columns, unfiltered, languages, limit, counters, newest));
  if (browse) {
    const std::vector<Xapian::docid>& all = search.count.newest;
    search.newest.assign(all.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(offset, all.size())),
                         all.end());
  } else {
    search.page = ranked.get_mset(offset, page_size);
  }
  return search;
}

}  // namespace kronika::search
