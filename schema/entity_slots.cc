#include "schema/entity_slots.h"

namespace kronika::schema {

std::string entity_slot_value(const entities::ArticleEntity& entity) {
  if (entity.known) return entity.id;
  return entity.id + kEntitySlotSeparator + std::string(entities::type_name(entity.type)) + kEntitySlotSeparator +
         entity.name;
}

SlotEntity parse_entity_slot_value(std::string_view value) {
  SlotEntity entity;
  const std::size_t first = value.find(kEntitySlotSeparator);
  if (first == std::string_view::npos) {
    entity.id = std::string(value);
    return entity;
  }
  entity.known = false;
  entity.id = std::string(entity_slot_id(value));
  const std::size_t second = value.find(kEntitySlotSeparator, first + 1);
  const std::string_view type =
      value.substr(first + 1, second == std::string_view::npos ? std::string_view::npos : second - first - 1);
  entity.type = entities::parse_type(type).value_or(entities::EntityType::Person);
  if (second != std::string_view::npos) entity.name = std::string(value.substr(second + 1));
  return entity;
}

}  // namespace kronika::schema
