#include <doctest/doctest.h>

#include <algorithm>

#include <xapian.h>

#include "schema/date_terms.h"

using namespace kronika::schema;

namespace {

// An in-memory index with one document per interval, then the ids (1-based)
// whose interval a range query finds.
std::vector<Xapian::docid> matching(const std::vector<std::pair<std::string, std::string>>& intervals,
                                    const std::string& from, const std::string& to) {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const auto& [a, b] : intervals) {
    Xapian::Document document;
    for (const auto& term : date_terms(*first_day_of(a), *last_day_of(b))) document.add_boolean_term(term);
    database.add_document(document);
  }
  Xapian::Enquire enquire(database);
  enquire.set_query(date_range_query(*first_day_of(from), *last_day_of(to)));
  std::vector<Xapian::docid> ids;
  const Xapian::MSet mset = enquire.get_mset(0, 100);
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(*it);
  std::sort(ids.begin(), ids.end());
  return ids;
}

using Ids = std::vector<Xapian::docid>;

}  // namespace

TEST_CASE("partial dates expand to their first and last day") {
  CHECK(format_day(*first_day_of("2024")) == "2024-01-01");
  CHECK(format_day(*last_day_of("2024-02")) == "2024-02-29");
  CHECK(format_day(*last_day_of("2023-02")) == "2023-02-28");
  CHECK(format_day(*last_day_of("2024-06-17")) == "2024-06-17");
  CHECK_FALSE(first_day_of("2024-13"));
  CHECK_FALSE(first_day_of("2024-02-30"));
  CHECK_FALSE(first_day_of("June 2024"));
  CHECK_FALSE(first_day_of("2024-6"));
}

TEST_CASE("a range finds every interval that overlaps it, at any granularity") {
  const std::vector<std::pair<std::string, std::string>> intervals = {
      {"2024-06-18", "2024-06-19"},  // 1: two days
      {"2024-06", "2024-06"},        // 2: a month
      {"2019", "2019"},              // 3: a year
      {"1990", "1999"},              // 4: a decade
      {"1901", "2000"},              // 5: a century
      {"2023-09-10", "2023-09-13"},  // 6: a range of days
  };
  CHECK(matching(intervals, "2024-06-19", "2024-06-19") == Ids{1, 2});
  CHECK(matching(intervals, "2024-06-20", "2024-06-20") == Ids{2});
  CHECK(matching(intervals, "2024-06", "2024-06") == Ids{1, 2});
  CHECK(matching(intervals, "2024", "2024") == Ids{1, 2});
  CHECK(matching(intervals, "2019-04-25", "2019-04-25") == Ids{3});
  CHECK(matching(intervals, "1995-03", "1995-03") == Ids{4, 5});
  CHECK(matching(intervals, "1949", "1949") == Ids{5});
  CHECK(matching(intervals, "2023-09-13", "2023-09-30") == Ids{6});
  CHECK(matching(intervals, "2023-09-14", "2023-12-31").empty());
  CHECK(matching(intervals, "2019-12-31", "2024-06-18") == Ids{1, 2, 3, 6});
  CHECK(matching(intervals, "2001", "2018").empty());
}

TEST_CASE("a range query asks each term once") {
  // Ten weeks over three months: every day of a partial month asks its WM
  // and WY, which the query must hold once each.
  const Xapian::Query query = date_range_query(*first_day_of("2016-03-18"), *last_day_of("2016-05-25"));
  std::vector<std::string> terms(query.get_terms_begin(), query.get_terms_end());
  const std::size_t asked = terms.size();
  std::sort(terms.begin(), terms.end());
  CHECK(std::unique(terms.begin(), terms.end()) == terms.end());
  // DD for 18-31 March and 1-25 May, DM for April, WM for March and May, WY 2016.
  CHECK(asked == 14 + 25 + 1 + 2 + 1);
}
