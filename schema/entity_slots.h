// The value an article's entity takes in a facet slot (schema/index_schema.h).
//   known entity:  its id                              "vladimir-putin"
//   found entity:  id, type and name, split by U+001F  "matthew-miller␟person␟Matthew Miller"
// Found entities carry their name because no shared store knows it: facets
// must name them from the values alone, even over remote shards.
#pragma once

#include <string>
#include <string_view>

#include "entities/entity.h"

namespace kronika::schema {

// Between the id, type and name of a found entity (U+001F UNIT SEPARATOR).
inline constexpr char kEntitySlotSeparator = '\x1f';
// Between the entity values of one list slot (U+001E RECORD SEPARATOR).
inline constexpr char kEntityListSeparator = '\x1e';

std::string entity_slot_value(const entities::ArticleEntity& entity);

struct SlotEntity {
  std::string id;
  bool known = true;
  entities::EntityType type = entities::EntityType::Person;  // found entities only
  std::string name;                                          // found entities only
};
SlotEntity parse_entity_slot_value(std::string_view value);

// The id part of a slot value, as a view into it (facet counting groups
// values by it without parsing them whole).
inline std::string_view entity_slot_id(std::string_view value) {
  return value.substr(0, value.find(kEntitySlotSeparator));
}

// Calls visit(value) for each entity value of a list slot value
// (kActorListSlot, kPlaceListSlot), as views into `list`.
template <typename Visit>
void for_each_list_value(std::string_view list, Visit&& visit) {
  while (!list.empty()) {
    const std::size_t end = list.find(kEntityListSeparator);
    visit(list.substr(0, end));
    if (end == std::string_view::npos) break;
    list.remove_prefix(end + 1);
  }
}

}  // namespace kronika::schema
