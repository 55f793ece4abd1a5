// How far apart two spellings are, for the spelling suggester's "did you mean".
#pragma once

#include <string_view>

namespace kronika::util {

// Optimal string alignment distance (insertions, deletions, substitutions,
// adjacent transpositions) over bytes, stopping early beyond `limit`
// (then limit + 1). Callers pass plain forms, one byte per Latin letter.
int edit_distance(std::string_view a, std::string_view b, int limit);

}  // namespace kronika::util
