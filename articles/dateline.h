// Publication dates written at the top of an article (datelines), and the
// date formats of JSON Lines metadata.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kronika::articles {

// A whole string that is one calendar date, normalised to "YYYY-MM-DD",
// "YYYY-MM" or "YYYY". Accepts ISO ("2024-06-17", "2024-06",
// "2024-06-17T10:00:00Z"), numeric day-first ("17.06.2024", "17/06/2024"),
// and month names in sq/ro/it/en ("17 qershor 2024", "17 iunie 2024",
// "17 giugno 2024", "June 17, 2024", "iunie 2024"). Impossible dates
// (31 June) and years outside 1800..2200 are rejected.
std::optional<std::string> parse_date(std::string_view text);

struct Dateline {
  std::string published;     // as parse_date(); empty when none
  std::string source;        // a leading "AgenPress –" attribution; empty when none
  std::size_t consumed = 0;  // bytes of the text that were the dateline
};

// Reads what opens an article:
//   " date 2023-09 Kremlini tha…"   inline form of our seed corpus
//   "June 17, 2024\n\n…"            a line that is only a date
//   "TIRANË, 17 qershor 2024 – …"   place, date, dash
//   "AgenPress – Il dittatore…"     a source attribution before a dash
std::optional<Dateline> read_dateline(std::string_view text);

}  // namespace kronika::articles
