// The index terms an actor= or place= value asks for. The server's filter
// and bench/search_limit (the engine's limit, which must ask for the same
// terms) both read values through this.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "entities/entity_base.h"

namespace kronika::search {

// The terms of every known entity of that side (actors or places) the value
// can name, in any language or form, and of the found entities whose id it
// may be (entities/found_id.h) that `database` holds; empty when none.
std::vector<std::string> entity_filter_terms(const std::string& value, bool actor, const entities::EntityBase& base,
                                             analysis::AnalyzerSet& analyzers, const Xapian::Database& database);

}  // namespace kronika::search
