#include "schema/date_terms.h"

#include <cstdio>
#include <set>

#include "analysis/dates/date_mention.h"
#include "util/calendar.h"

namespace kronika::schema {

namespace {

using util::days_in_month;

Day next_day(Day day) {
  if (++day.day > days_in_month(day.year, day.month)) {
    day.day = 1;
    if (++day.month > 12) {
      day.month = 1;
      ++day.year;
    }
  }
  return day;
}

int month_index(const Day& day) {
  return day.year * 12 + (day.month - 1);
}

std::string digits(int value, int width) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
  return buffer;
}

std::string year_key(int year) {
  return digits(year, 4);
}
std::string month_key(int year, int month) {
  return digits(year, 4) + digits(month, 2);
}
std::string day_key(const Day& day) {
  return month_key(day.year, day.month) + digits(day.day, 2);
}

Day month_start(int year, int month) {
  return {year, month, 1};
}
Day month_end(int year, int month) {
  return {year, month, days_in_month(year, month)};
}

// Through the analysis chain's parser, so "a date" means one thing everywhere.
std::optional<Day> parse_partial(std::string_view text, bool last) {
  const std::optional<analysis::PartialDate> date = analysis::parse_partial_date(text);
  if (!date) return std::nullopt;
  if (date->month == 0) return last ? Day{date->year, 12, 31} : Day{date->year, 1, 1};
  if (date->day == 0) return last ? month_end(date->year, date->month) : month_start(date->year, date->month);
  return Day{date->year, date->month, date->day};
}

}  // namespace

std::optional<Day> parse_day(std::string_view iso) {
  if (iso.size() != 10) return std::nullopt;
  return parse_partial(iso, false);
}

std::string format_day(const Day& day) {
  return digits(day.year, 4) + "-" + digits(day.month, 2) + "-" + digits(day.day, 2);
}

std::optional<Day> first_day_of(std::string_view partial) {
  return parse_partial(partial, false);
}
std::optional<Day> last_day_of(std::string_view partial) {
  return parse_partial(partial, true);
}

std::vector<std::string> date_terms(const Day& from, const Day& to) {
  std::vector<std::string> terms;
  if (to < from) return terms;
  const int months = month_index(to) - month_index(from) + 1;
  if (months <= 2) {  // at most kMaxDayTerms days
    for (Day day = from; day <= to; day = next_day(day)) terms.push_back("DD" + day_key(day));
  }
  for (int index = month_index(from); index <= month_index(to); ++index) {
    const int year = index / 12;
    const int month = index % 12 + 1;
    if (months <= kMaxMonthTerms) terms.push_back("DM" + month_key(year, month));
    if (from <= month_start(year, month) && month_end(year, month) <= to) {
      if (months <= kMaxMonthTerms) terms.push_back("WM" + month_key(year, month));
    }
  }
  for (int year = from.year; year <= to.year && year < from.year + kMaxYearTerms; ++year) {
    terms.push_back("DY" + year_key(year));
    if (from <= Day{year, 1, 1} && Day{year, 12, 31} <= to) terms.push_back("WY" + year_key(year));
  }
  return terms;
}

Xapian::Query date_range_query(const Day& from, const Day& to) {
  // Each term once: every day of a month asks that month's WM and year's WY,
  // and an OR repeating a term reads its posting list once per copy (a
  // ten-week range asked WY for its year 70 times).
  std::vector<Xapian::Query> parts;
  std::set<std::string> asked;
  auto ask = [&](std::string term) {
    if (asked.insert(term).second) parts.emplace_back(std::move(term));
  };
  auto add_day = [&](const Day& day) {
    ask("DD" + day_key(day));
    ask("WM" + month_key(day.year, day.month));
    ask("WY" + year_key(day.year));
  };
  auto add_month = [&](int year, int month) {
    ask("DM" + month_key(year, month));
    ask("WY" + year_key(year));
  };
  Day cursor = from;
  while (cursor <= to) {
    const Day year_end{cursor.year, 12, 31};
    const Day this_month_end = month_end(cursor.year, cursor.month);
    if (cursor.month == 1 && cursor.day == 1 && year_end <= to) {
      ask("DY" + year_key(cursor.year));
      cursor = next_day(year_end);
    } else if (cursor.day == 1 && this_month_end <= to) {
      add_month(cursor.year, cursor.month);
      cursor = next_day(this_month_end);
    } else {
      add_day(cursor);
      cursor = next_day(cursor);
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace kronika::schema
