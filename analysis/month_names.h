// Month names in Albanian, Romanian, Italian and English, as news writes them.
// The names come from ICU's locale data (CLDR: wide and abbreviated, format
// and stand-alone forms), plus variants ICU lacks but real text uses.
#pragma once

#include <optional>
#include <string_view>

namespace kronika::analysis {

// 1..12 for a month name or abbreviation in any of our languages: any case,
// with or without diacritics, with or without a trailing dot
// ("qershor", "Iunie", "sett.", "nëntor", "nentor", "June"). Thread-safe.
std::optional<int> month_from_name(std::string_view word);

}  // namespace kronika::analysis
