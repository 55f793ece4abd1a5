#include "search/timeline_spy.h"

#include "schema/index_schema.h"

namespace kronika::search {

void TimelineSpy::operator()(const Xapian::Document& document, double) {
  const std::string value = document.get_value(schema::kTimelineSlot);
  std::size_t start = 0;
  while (start < value.size()) {
    std::size_t end = value.find(' ', start);
    if (end == std::string::npos) end = value.size();
    const std::string key = value.substr(start, end - start);
    ++(key.size() == 4 ? years_ : months_)[key];
    start = end + 1;
  }
}

}  // namespace kronika::search
