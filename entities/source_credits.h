// A publisher named in its own articles ("transmeton Telegrafi" in
// Telegrafi's, "scrie Libertatea" in Libertatea's) is giving its credit, not
// news about itself; left in, the site was the top actor of all its articles.
// SourceCredits drops such known mentions. Which organisations a source
// names (Entity::is_source) is worked out once per source, not per mention:
// an article's mentions share one source, and a corpus has few sources.
//
// Not thread-safe (it caches): one per indexing thread, like DocumentBuilder.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "entities/entity.h"
#include "entities/entity_base.h"

namespace kronika::entities {

class SourceCredits {
 public:
  // `base` must outlive this.
  explicit SourceCredits(const EntityBase& base) : base_(base) {}

  // Removes from `mentions` the known ones of an organisation that `source`
  // (an article's "source": "Telegrafi", "libertatea.ro") names.
  void drop(std::vector<EntityMention>& mentions, const std::string& source);

 private:
  const std::vector<std::string>& ids_of(const std::string& source);

  const EntityBase& base_;
  std::unordered_map<std::string, std::vector<std::string>> ids_by_source_;
};

}  // namespace kronika::entities
