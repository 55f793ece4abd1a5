// Known entities named inside a longer name: "Universitatea Ewha din Seul"
// is an organisation, and it also places the article in Seoul;
// "Ministerul de Externe al Coreei de Sud" also names South Korea.
//
// The extractor reports the outer name (that is the mention, as annotators
// and readers see it); the index also wants the known entities inside it, so
// a filter on the place finds the article.
#pragma once

#include <string_view>
#include <vector>

#include "analysis/analyzer.h"
#include "entities/entity.h"
#include "entities/entity_base.h"

namespace kronika::entities {

// Known entities inside the found (not known) organisation mentions of
// `outer`, which the extractor returned for `text` / `tokens`. Not inside
// found people ("Përparim Rama" is not Edi Rama) or places ("via Roma").
std::vector<EntityMention> nested_known_mentions(const EntityBase& base, std::string_view text,
                                                 const std::vector<analysis::Token>& tokens,
                                                 analysis::Language language, const std::vector<EntityMention>& outer);

}  // namespace kronika::entities
