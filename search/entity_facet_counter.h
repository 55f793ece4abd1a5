// Counts facet values over the matches of one Enquire: the entity values
// (schema/entity_slots.h) of the actor or place facet (EntityFacetCounter),
// and the values of one plain facet slot, language or timeline
// (SlotFacetCounter). The server and bench/search_limit.cc both count with
// these, so the limit does the server's Xapian work.
//
// Three ways, one result. With the in-memory columns of a single local
// database (search/facet_columns.h), a ColumnCountSpy reads arrays. Over
// other local databases one spy of ours reads the article's list slot
// (kActorListSlot / kPlaceListSlot): a single value per article. Over remote
// shards xapian-tcpsrv runs only Xapian's own spies, so a ValueCountMatchSpy
// per facet slot counts the same values, at the price of kEntitySlots value
// reads per article (bench/README-speed.md measures all three).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "search/facet_columns.h"

namespace kronika::search {

// Looks strings up by string_view without making a std::string (C++20
// heterogeneous lookup): the spy runs once per entity of every match.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using CountByValue = std::unordered_map<std::string, Xapian::doccount, StringHash, std::equal_to<>>;

class EntityFacetCounter {
 public:
  enum class Kind { Actors, Places };
  // `remote`: some shard is remote, so only Xapian's own spies may be used;
  // else `columns`, when given (it must outlive the counter), counts.
  EntityFacetCounter(Kind kind, bool remote, const FacetColumns* columns = nullptr);
  ~EntityFacetCounter();
  EntityFacetCounter(const EntityFacetCounter&) = delete;
  EntityFacetCounter& operator=(const EntityFacetCounter&) = delete;

  // Adds the spies to `enquire`; they count during its next get_mset().
  void attach(Xapian::Enquire& enquire);
  // Counts one matching document instead of attach(); only for a counter
  // made with columns (search/column_facet_count.h).
  void count(Xapian::docid docid) { column_spy_->count(docid); }

  // One entity the matches name: the articles naming it, and the slot value
  // most of them carry (a found entity's value holds its type and name,
  // which articles may write differently; on a tie the smallest value, so
  // that every way of counting agrees). Views live as long as the counter
  // (and the columns).
  struct Tally {
    std::string_view id;
    std::string_view value;
    Xapian::doccount count = 0;
  };
  // Every entity seen over the matches but `except`, in no order. Call after
  // the get_mset(). With `top` > 0 only those a top-`top` list can hold:
  // the count at least the top-th largest (ties kept, for the caller to
  // order by name). A common word's matches hold thousands of entities,
  // and the columns give them as integers: only the few kept are looked up
  // as strings.
  std::vector<Tally> tally(std::string_view except = {}, std::size_t top = 0) const;

 private:
  class ListSpy;
  std::unique_ptr<ColumnCountSpy> column_spy_;
  std::unique_ptr<ListSpy> list_spy_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> slot_spies_;
  mutable CountByValue slot_counts_;  // the slot spies' counts, added up once
};

// Articles per value of one facet slot (language, timeline): from the
// in-memory columns when given (the column holds the slot's values split),
// else Xapian's own spy, which counts whole slot values.
class SlotFacetCounter {
 public:
  // `columns`, when given, must outlive the counter.
  SlotFacetCounter(Xapian::valueno slot, FacetColumns::Column column, const FacetColumns* columns);

  // Adds the spy to `enquire`; it counts during its next get_mset().
  void attach(Xapian::Enquire& enquire);
  // Counts one matching document instead of attach(); only for a counter
  // made with columns (search/column_facet_count.h).
  void count(Xapian::docid docid) { column_spy_->count(docid); }

  // Calls visit(const std::string& value, Xapian::doccount articles) for every
  // value seen, in no order; a value may hold several space-separated keys.
  template <typename Visit>
  void for_each(Visit&& visit) const {
    if (column_spy_) column_spy_->for_each(visit);
    if (value_spy_)
      for (auto it = value_spy_->values_begin(); it != value_spy_->values_end(); ++it) visit(*it, it.get_termfreq());
  }

 private:
  std::optional<ColumnCountSpy> column_spy_;
  std::optional<Xapian::ValueCountMatchSpy> value_spy_;
};

}  // namespace kronika::search
