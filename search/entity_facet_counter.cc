#include "search/entity_facet_counter.h"

#include <string_view>

#include "schema/entity_slots.h"
#include "schema/index_schema.h"

namespace kronika::search {

// Splits one list slot value and counts each entity once per article (the
// indexer writes an entity into an article's list once).
class EntityFacetCounter::ListSpy : public Xapian::MatchSpy {
 public:
  explicit ListSpy(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& document, double /*weight*/) override {
    const std::string list = document.get_value(slot_);
    std::string_view rest(list);
    while (!rest.empty()) {
      const std::size_t end = rest.find(schema::kEntityListSeparator);
      const std::string_view value = rest.substr(0, end);
      if (auto found = counts_.find(value); found != counts_.end())
        ++found->second;
      else
        counts_.emplace(value, 1);
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
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

void EntityFacetCounter::for_each(const std::function<void(std::string_view, Xapian::doccount)>& visit) const {
  if (column_spy_) {
    column_spy_->for_each(visit);
    return;
  }
  if (list_spy_) {
    for (const auto& [value, count] : list_spy_->counts()) visit(value, count);
    return;
  }
  // An article holds an entity in one slot only, but different articles in
  // different slots: the slots' counts add up.
  if (slot_counts_.empty())
    for (const auto& spy : slot_spies_)
      for (auto it = spy->values_begin(); it != spy->values_end(); ++it) slot_counts_[*it] += it.get_termfreq();
  for (const auto& [value, count] : slot_counts_) visit(value, count);
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
