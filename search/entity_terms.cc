#include "search/entity_terms.h"

#include <algorithm>

#include "entities/found_id.h"
#include "schema/index_schema.h"

namespace kronika::search {

std::vector<std::string> entity_filter_terms(const std::string& value, bool actor, const entities::EntityBase& base,
                                             analysis::AnalyzerSet& analyzers, const Xapian::Database& database) {
  std::vector<std::string> terms;
  auto term_for = [&](const std::string& id) { return schema::entity_term(actor, id); };
  for (const entities::Entity* entity : base.resolve(value, analyzers)) {
    if (entities::is_actor(entity->type) == actor) terms.push_back(term_for(entity->id));
  }
  // Entities found in text only are known to the index by an id made from
  // their name, the same for all its case forms (entities/found_id.h).
  for (const std::string& id : entities::found_entity_ids(value)) {
    if (id.size() <= schema::kMaxIdBytes && database.term_exists(term_for(id)) &&
        std::find(terms.begin(), terms.end(), term_for(id)) == terms.end()) {
      terms.push_back(term_for(id));
    }
  }
  return terms;
}

}  // namespace kronika::search
