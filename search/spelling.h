// "Did you mean": for query words the index has never seen, the most
// frequent indexed word within a small edit distance.
//
// Built on the index's own term list (Database::allterms_begin), which every
// backend serves, remote shards included; Xapian's spelling table is not
// available remotely and would need its own upkeep on delete.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/query_parser.h"

namespace kronika::search {

// The query with unknown words replaced by their likeliest spelling, or
// nullopt when every word is known or has no close spelling.
std::optional<std::string> suggest_spelling(const Xapian::Database& database, const std::string& query,
                                            const ParsedQuery& parsed, analysis::AnalyzerSet& analyzers);

// Optimal string alignment distance (insertions, deletions, substitutions,
// adjacent transpositions), stopping early beyond `limit`.
int edit_distance(const std::string& a, const std::string& b, int limit);

}  // namespace kronika::search
