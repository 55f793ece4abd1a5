// Dates that articles talk about, normalised to intervals.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/language.h"

namespace kronika::analysis {

enum class DateGranularity { Day, Month, Year, Decade, Century };

// "day", "month", "year", "decade", "century".
std::string_view granularity_name(DateGranularity granularity);

// A publication date, as precise as it is known: year only, year-month, or a day.
struct PartialDate {
  int year = 0;
  int month = 0;  // 0 when unknown
  int day = 0;    // 0 when unknown
};

// "2024-06-17", "2024-06" or "2024" → PartialDate; nullopt otherwise.
std::optional<PartialDate> parse_partial_date(std::string_view iso);

struct DateMention {
  std::string text;       // the expression as written ("18-19 iunie", "dje")
  std::size_t start = 0;  // code point offsets into the analysed text
  std::size_t end = 0;
  std::size_t byte_start = 0;  // byte offsets into the analysed text
  std::size_t byte_end = 0;
  // Inclusive interval, "YYYY-MM-DD". Both empty when the year is unknown
  // (a year-less date in an undated article is never guessed); then
  // `month_day` holds "MM-DD" (or "MM-00" for a month) instead.
  std::string from;
  std::string to;
  std::string month_day;
  DateGranularity granularity = DateGranularity::Day;
  bool relative = false;  // resolved against the publication date (dje, l'anno scorso, marți)
};

// Finds and normalises the date expressions of `text` in `language`.
// `published` resolves year-less and relative expressions; without it they
// are kept year-less (or dropped, for relative ones). Not thread-safe only if
// documented by the implementation; create one per thread when in doubt.
class DateExtractor {
 public:
  explicit DateExtractor(Language language);
  std::vector<DateMention> extract(std::string_view text, const std::optional<PartialDate>& published) const;

 private:
  Language language_;
};

}  // namespace kronika::analysis
