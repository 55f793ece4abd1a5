// Dates in the index: which terms a date interval writes, and which terms a
// range query looks for. Both sides live here so they cannot disagree.
//
// A date interval [a, b] (a mention, or the publication date) writes
//   DD<YYYYMMDD>  every day it touches       (only when it spans ≤ kMaxDayTerms days)
//   DM<YYYYMM>    every month it touches     (only when it spans ≤ kMaxMonthTerms months)
//   DY<YYYY>      every year it touches      (at most kMaxYearTerms)
//   WM<YYYYMM>    every month it covers whole ("iunie 2024")
//   WY<YYYY>      every year it covers whole ("nel 2019", "anii '90")
// A query range [f, t] is cut into whole years, whole months and single days;
// a year asks DY, a month DM or WY, a day DD or WM or WY. An interval overlaps
// the range exactly when one of those terms is present — at any granularity.
// One blind spot, by design: an interval longer than two months that is not
// made of whole months ("15 January to 20 May") is not found by a query for a
// single day inside it; news ranges that long are written in months or years.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace kronika::schema {

struct Day {
  int year = 0;
  int month = 1;
  int day = 1;
  auto operator<=>(const Day&) const = default;
};

inline constexpr int kMaxDayTerms = 62;
inline constexpr int kMaxMonthTerms = 60;
inline constexpr int kMaxYearTerms = 200;

// "YYYY-MM-DD" → Day; nullopt when malformed or impossible.
std::optional<Day> parse_day(std::string_view iso);
std::string format_day(const Day& day);  // "YYYY-MM-DD"

// First and last day of "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt when malformed.
std::optional<Day> first_day_of(std::string_view partial);
std::optional<Day> last_day_of(std::string_view partial);

// The terms an interval writes (see above). from ≤ to.
std::vector<std::string> date_terms(const Day& from, const Day& to);

// Articles with an interval overlapping [from, to].
Xapian::Query date_range_query(const Day& from, const Day& to);

}  // namespace kronika::schema
