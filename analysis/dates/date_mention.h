// Dates that articles talk about, normalised to intervals.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/language.h"

namespace kronika::analysis {

// Hour and Minute are the grain of a mention with a time of day ("domani alle
// 15", "ieri sera", "15:30"); its `from`/`to` are still the day(s) it falls on.
enum class DateGranularity { Day, Month, Year, Decade, Century, Hour, Minute };

// "day", "month", "year", "decade", "century", "hour", "minute".
std::string_view granularity_name(DateGranularity granularity);

// A publication date, as precise as it is known: year only, year-month, or a
// day, and sometimes the time of day (lone times like "alle 15" are resolved
// against it).
struct PartialDate {
  int year = 0;
  int month = 0;    // 0 when unknown
  int day = 0;      // 0 when unknown
  int minute = -1;  // minutes after midnight; -1 when unknown
};

// "2024-06-17", "2024-06" or "2024" → PartialDate; nullopt otherwise.
std::optional<PartialDate> parse_partial_date(std::string_view iso);

// As parse_partial_date, and also "2024-06-17T15:30" (a publication time).
std::optional<PartialDate> parse_partial_datetime(std::string_view iso);

// An interval open on one side: "entro il 15" (before), "dopo le 14" (after).
// The mention's from/to (and time) are the named end.
enum class DateOpen { None, Before, After };

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
  // Time of day, when the expression names one (granularity Hour or Minute):
  // "YYYY-MM-DDTHH:MM", start inclusive, end exclusive ("ieri sera" =
  // 18:00 .. 00:00 of the next day, "alle 15" = 15:00 .. 16:00). Empty
  // otherwise. The index uses only from/to, which stay whole days.
  std::string time_from;
  std::string time_to;
  DateOpen open = DateOpen::None;
};

// "before", "after" or "" for DateOpen.
std::string_view open_name(DateOpen open);

// How a weekday without a date or a last/next word is resolved.
// Nearest: the nearest such day within three days of publication (today
// included). TenseNext: the last one (today included) in a past-tense clause,
// otherwise the next one, strictly after (Duckling's reading). TenseNearest:
// past clause → the last one, future clause → the next one, no cue → nearest.
// bench/README-dates.md measures them on news.
enum class WeekdayRule { Nearest, TenseNext, TenseNearest };

// Finds and normalises the date expressions of `text` in `language`.
// `published` resolves year-less and relative expressions; without it they
// are kept year-less (or dropped, for relative ones). Not thread-safe only if
// documented by the implementation; create one per thread when in doubt.
class DateExtractor {
 public:
  explicit DateExtractor(Language language);
  std::vector<DateMention> extract(std::string_view text, const std::optional<PartialDate>& published) const;
  void set_weekday_rule(WeekdayRule rule) { weekday_rule_ = rule; }

 private:
  Language language_;
  WeekdayRule weekday_rule_ = WeekdayRule::Nearest;  // best on news (bench/README-dates.md)
};

}  // namespace kronika::analysis
