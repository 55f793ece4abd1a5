#include "analysis/month_names.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analysis/normalizer.h"

namespace kronika::analysis {

namespace {

using MonthTable = std::unordered_map<std::string, int>;

void add_icu_names(MonthTable& table, const char* locale) {
  for_each_icu_month_name(
      locale, [&](const std::string& name, int month, bool) { table.emplace(normalize_term(name), month); });
}

// Abbreviations and spellings seen in news but not in CLDR.
void add_extra_names(MonthTable& table) {
  const std::pair<const char*, int> extras[] = {
      {"shtat", 9}, {"sht", 9}, {"sept", 9},  {"sett", 9},   {"febr", 2},  {"ian", 1},
      {"iun", 6},   {"iul", 7}, {"noem", 11}, {"dhjet", 12}, {"nent", 11}, {"giu", 6},
      {"lug", 7},   {"ago", 8}, {"ott", 10},  {"dic", 12},   {"gen", 1},   {"mag", 5},
  };
  for (const auto& [name, month] : extras) table.emplace(name, month);
}

const MonthTable& month_table() {
  // Built once; C++ guarantees thread-safe initialisation of function statics.
  static const MonthTable table = [] {
    MonthTable built;
    for (const char* locale : {"sq", "ro", "it", "en"}) add_icu_names(built, locale);
    add_extra_names(built);
    return built;
  }();
  return table;
}

// Plain weekday names of one locale (ICU's wide format and stand-alone forms).
std::unordered_set<std::string> icu_weekdays(const char* locale) {
  std::unordered_set<std::string> names;
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(icu::Locale(locale), status);
  // Without the locale's own data ICU falls back to the root's English names.
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return names;
  for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    int32_t count = 0;
    const icu::UnicodeString* days = symbols.getWeekdays(count, context, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 1; i < count && i <= 7; ++i) {  // ICU: 1 = Sunday, 0 unused
      std::string name;
      days[i].toUTF8String(name);
      names.insert(normalize_term(name));
    }
  }
  return names;
}

}  // namespace

bool is_weekday_name(Language language, std::string_view plain) {
  static const std::unordered_set<std::string> romanian = [] {
    auto names = icu_weekdays("ro");
    for (const char* form : {"lunea", "marțea", "miercurea", "joia", "vinerea", "sâmbăta", "duminica"}) {
      names.insert(normalize_term(form));
    }
    return names;
  }();
  static const std::unordered_set<std::string> italian = icu_weekdays("it");
  switch (language) {
    case Language::Romanian: return romanian.count(std::string(plain)) > 0;
    case Language::Italian: return italian.count(std::string(plain)) > 0;
    default: return false;
  }
}

void for_each_icu_month_name(const char* locale,
                             const std::function<void(const std::string& name, int month, bool abbreviated)>& add) {
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(icu::Locale(locale), status);
  if (U_FAILURE(status)) return;
  for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* names = symbols.getMonths(count, context, width);
      for (int32_t i = 0; i < count && i < 12; ++i) {
        std::string name;
        names[i].toUTF8String(name);
        while (!name.empty() && name.back() == '.') name.pop_back();
        if (name.size() >= 3) add(name, i + 1, width == icu::DateFormatSymbols::ABBREVIATED);
      }
    }
  }
}

std::optional<int> month_from_name(std::string_view word) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return std::nullopt;
  const auto& table = month_table();
  const auto found = table.find(normalize_term(word));
  if (found == table.end()) return std::nullopt;
  return found->second;
}

}  // namespace kronika::analysis
