// Counts the entity values (schema/entity_slots.h) of the matches of one
// Enquire, for the actor or place facet.
//
// Two ways, one result. Over local databases one spy of ours reads the
// article's list slot (kActorListSlot / kPlaceListSlot): a single value per
// article. Over remote shards xapian-tcpsrv runs only Xapian's own spies, so
// a ValueCountMatchSpy per facet slot counts the same values, at the price of
// kEntitySlots value reads per article (bench/README-speed.md has both).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

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
  // `remote`: some shard is remote, so only Xapian's own spies may be used.
  EntityFacetCounter(Kind kind, bool remote);
  ~EntityFacetCounter();
  EntityFacetCounter(const EntityFacetCounter&) = delete;
  EntityFacetCounter& operator=(const EntityFacetCounter&) = delete;

  // Adds the spies to `enquire`; they count during its next get_mset().
  void attach(Xapian::Enquire& enquire);

  // Articles per entity slot value, over the matches seen. Call after the
  // get_mset(); the map lives as long as the counter.
  const CountByValue& counts() const;

 private:
  class ListSpy;
  std::unique_ptr<ListSpy> list_spy_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> slot_spies_;
  mutable CountByValue slot_counts_;  // the slot spies' counts, added up once
};

}  // namespace kronika::search
