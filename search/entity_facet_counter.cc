#include "search/entity_facet_counter.h"

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schema/entity_slots.h"
#include "schema/index_schema.h"

namespace kronika::search {

// Splits one list slot value and counts each entity once per article (the
// indexer writes an entity into an article's list once).
class EntityFacetCounter::ListSpy : public Xapian::MatchSpy {
 public:
  explicit ListSpy(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& document, double /*weight*/) override {
    schema::for_each_list_value(document.get_value(slot_), [&](std::string_view value) {
      if (auto found = counts_.find(value); found != counts_.end())
        ++found->second;
      else
        counts_.emplace(value, 1);
    });
  }

  // Never sent to a remote shard (EntityFacetCounter picks Xapian's spies
  // there), so it needs no serialise()/unserialise(); name() is for Xapian's
  // error messages.
  std::string name() const override { return "kronika::EntityListSpy"; }

  const CountByValue& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  CountByValue counts_;
};

EntityFacetCounter::EntityFacetCounter(Kind kind, bool remote, const FacetColumns* columns) {
  const bool actors = kind == Kind::Actors;
  if (!remote && columns) {
    column_spy_ = std::make_unique<ColumnCountSpy>(
        *columns, actors ? FacetColumns::Column::Actors : FacetColumns::Column::Places);
    return;
  }
  if (!remote) {
    list_spy_ = std::make_unique<ListSpy>(actors ? schema::kActorListSlot : schema::kPlaceListSlot);
    return;
  }
  const Xapian::valueno first = actors ? schema::kFirstActorSlot : schema::kFirstPlaceSlot;
  for (unsigned i = 0; i < schema::kEntitySlots; ++i)
    slot_spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(first + i));
}

EntityFacetCounter::~EntityFacetCounter() = default;

void EntityFacetCounter::attach(Xapian::Enquire& enquire) {
  if (column_spy_) enquire.add_matchspy(column_spy_.get());
  if (list_spy_) enquire.add_matchspy(list_spy_.get());
  for (const auto& spy : slot_spies_) enquire.add_matchspy(spy.get());
}

namespace {

// The top-th largest count of `items` (0 when there are no more than `top`):
// nothing below it makes a top-`top` list.
template <typename Item>
Xapian::doccount top_threshold(const std::vector<Item>& items, std::size_t top) {
  if (top == 0 || items.size() <= top) return 0;
  std::vector<Xapian::doccount> counts;
  counts.reserve(items.size());
  for (const Item& item : items) counts.push_back(item.count);
  std::nth_element(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(top - 1), counts.end(),
                   std::greater<>());
  return counts[top - 1];
}

}  // namespace

std::vector<EntityFacetCounter::Tally> EntityFacetCounter::tally(std::string_view except, std::size_t top) const {
  std::vector<Tally> tallies;
  if (column_spy_) {
    // The columns group an entity's values already (FacetColumns::group),
    // as integers: strings only for the groups kept.
    std::vector<ColumnCountSpy::GroupCount> groups;
    column_spy_->for_each_group_id([&](const ColumnCountSpy::GroupCount& group) {
      if (except.empty() || column_spy_->group_id(group) != except) groups.push_back(group);
    });
    const Xapian::doccount threshold = top_threshold(groups, top);
    for (const ColumnCountSpy::GroupCount& group : groups)
      if (group.count >= threshold)
        tallies.push_back({column_spy_->group_id(group), column_spy_->value(group), group.count});
    return tallies;
  }
  // An article holds an entity once (in one list, or in one slot), but
  // different articles may hold it under different values: they add up.
  std::unordered_map<std::string_view, std::size_t> index;  // id → tallies[i]
  std::vector<Xapian::doccount> value_counts;               // of tallies[i].value
  auto add = [&](std::string_view value, Xapian::doccount count) {
    const std::string_view id = schema::entity_slot_id(value);
    if (id == except) return;
    const auto [found, added] = index.emplace(id, tallies.size());
    if (added) {
      tallies.push_back({id, value, count});
      value_counts.push_back(count);
      return;
    }
    Tally& tally = tallies[found->second];
    Xapian::doccount& value_count = value_counts[found->second];
    tally.count += count;
    if (count > value_count || (count == value_count && value < tally.value)) {
      tally.value = value;
      value_count = count;
    }
  };
  const auto kept = [&] {
    const Xapian::doccount threshold = top_threshold(tallies, top);
    std::erase_if(tallies, [&](const Tally& tally) { return tally.count < threshold; });
    return tallies;
  };
  if (list_spy_) {
    for (const auto& [value, count] : list_spy_->counts()) add(value, count);
    return kept();
  }
  // The slot spies count per slot: add up the slots first, so that a value
  // is compared with the others by all the articles holding it.
  if (slot_counts_.empty())
    for (const auto& spy : slot_spies_)
      for (auto it = spy->values_begin(); it != spy->values_end(); ++it) slot_counts_[*it] += it.get_termfreq();
  for (const auto& [value, count] : slot_counts_) add(value, count);
  return kept();
}

SlotFacetCounter::SlotFacetCounter(Xapian::valueno slot, FacetColumns::Column column, const FacetColumns* columns) {
  if (columns)
    column_spy_.emplace(*columns, column);
  else
    value_spy_.emplace(slot);
}

void SlotFacetCounter::attach(Xapian::Enquire& enquire) {
  if (column_spy_) enquire.add_matchspy(&*column_spy_);
  if (value_spy_) enquire.add_matchspy(&*value_spy_);
}

}  // namespace kronika::search
