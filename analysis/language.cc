#include "analysis/language.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace kronika::analysis {

std::string_view code(Language language) {
  switch (language) {
    case Language::Albanian: return "sq";
    case Language::Romanian: return "ro";
    case Language::Italian: return "it";
    case Language::Undetermined: return "und";
  }
  return "und";
}

std::optional<Language> parse_language(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (Language language : kAllLanguages) {
    if (lower == code(language)) return language;
  }
  return std::nullopt;
}

}  // namespace kronika::analysis
