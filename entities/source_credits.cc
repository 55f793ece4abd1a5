#include "entities/source_credits.h"

#include <algorithm>

namespace kronika::entities {

const std::vector<std::string>& SourceCredits::ids_of(const std::string& source) {
  const auto cached = ids_by_source_.find(source);
  if (cached != ids_by_source_.end()) return cached->second;
  std::vector<std::string> ids;
  for (const Entity& entity : base_.entities())
    if (entity.is_source(source)) ids.push_back(entity.id);
  return ids_by_source_.emplace(source, std::move(ids)).first->second;
}

void SourceCredits::drop(std::vector<EntityMention>& mentions, const std::string& source) {
  if (source.empty()) return;
  const std::vector<std::string>& ids = ids_of(source);
  if (ids.empty()) return;
  std::erase_if(mentions, [&](const EntityMention& mention) {
    return mention.known && std::find(ids.begin(), ids.end(), mention.id) != ids.end();
  });
}

}  // namespace kronika::entities
