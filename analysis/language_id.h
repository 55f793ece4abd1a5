// Language identification for whole articles: Albanian, Romanian, Italian or
// Undetermined (anything else, or too little text to tell).
#pragma once

#include <string_view>

#include "analysis/language.h"

namespace kronika::analysis {

// `text` is UTF-8 article text (title + body is best). Thread-safe.
Language identify_language(std::string_view text);

}  // namespace kronika::analysis
