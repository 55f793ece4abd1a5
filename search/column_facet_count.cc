#include "search/column_facet_count.h"

#include <algorithm>

#include "search/boolean_match.h"

namespace kronika::search {

std::optional<ColumnCount> count_from_columns(const Xapian::Database& database, const FacetColumns& columns,
                                              const Xapian::Query& unfiltered,
                                              const std::vector<analysis::Language>& languages, Xapian::doccount limit,
                                              const FacetCounters& counters) {
  const std::unique_ptr<BooleanMatch> matches = BooleanMatch::open(database, unfiltered, &columns);
  if (!matches) return std::nullopt;
  using Column = FacetColumns::Column;
  std::vector<std::uint32_t> requested;  // the languages' value ids
  for (analysis::Language language : languages)
    if (const auto id = columns.value_id(Column::Language, analysis::code(language))) requested.push_back(*id);
  const bool filtered = !languages.empty();

  ColumnCount count;
  Xapian::doccount seen = 0;
  Xapian::docid last = 0;  // the last document counted
  for (Xapian::docid docid = matches->next(); docid != 0; docid = matches->next()) {
    if (seen++ == limit) {
      count.complete = false;
      break;
    }
    last = docid;
    counters.languages.count(docid);
    if (filtered && !columns.holds_any(Column::Language, docid, requested)) continue;
    ++count.matches;
    counters.timeline.count(docid);
    counters.actors.count(docid);
    counters.places.count(docid);
  }
  count.estimated = count.matches;
  if (!count.complete && last > 0) {
    const double scale = static_cast<double>(columns.last_docid()) / static_cast<double>(last);
    count.estimated = std::max(count.matches + 1, static_cast<Xapian::doccount>(count.matches * scale));
  }
  return count;
}

}  // namespace kronika::search
