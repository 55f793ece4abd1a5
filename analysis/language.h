// The languages Kronika analyses, and their ISO 639-1 codes.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace kronika::analysis {

enum class Language { Albanian, Romanian, Italian, Undetermined };

// Languages with a stemmer; a query is interpreted once for each of them
// (plus once unstemmed for Undetermined articles).
inline constexpr std::array<Language, 3> kStemmedLanguages = {Language::Albanian, Language::Romanian,
                                                              Language::Italian};
inline constexpr std::array<Language, 4> kAllLanguages = {Language::Albanian, Language::Romanian, Language::Italian,
                                                          Language::Undetermined};

// "sq", "ro", "it" or "und".
std::string_view code(Language language);

// Accepts the codes above (case-insensitive); nullopt for anything else.
std::optional<Language> parse_language(std::string_view code);

}  // namespace kronika::analysis
