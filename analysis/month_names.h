// Month and weekday names in Albanian, Romanian, Italian and English, as news writes them.
// The names come from ICU's locale data (CLDR: wide and abbreviated, format
// and stand-alone forms), plus variants ICU lacks but real text uses.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "analysis/language.h"

namespace kronika::analysis {

// 1..12 for a month name or abbreviation in any of our languages: any case,
// with or without diacritics, with or without a trailing dot
// ("qershor", "Iunie", "sett.", "nëntor", "nentor", "June"). Thread-safe.
std::optional<int> month_from_name(std::string_view word);

// Every month name ICU's CLDR data has for `locale` (wide and abbreviated,
// format and stand-alone), trailing dots removed, names under 3 bytes
// skipped: add(name, month 1..12, abbreviated).
void for_each_icu_month_name(const char* locale,
                             const std::function<void(const std::string& name, int month, bool abbreviated)>& add);

// True when `plain` (a plain form, analysis::Token::norm) is a weekday name
// of Romanian or Italian text: ICU's wide names ("sâmbătă", "martedì") and the
// Romanian forms with the article ("sâmbăta", "lunea"). Albanian says "e
// hënë", and its noun forms are given names too ("Marta"): always false, as
// for other languages. For the entity extractor: "Sâmbătă" is no name.
bool is_weekday_name(Language language, std::string_view plain);

}  // namespace kronika::analysis
