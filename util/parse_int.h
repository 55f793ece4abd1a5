// Whole-string integer parsing for flags, environment variables and query
// parameters: "12" is 12; "", "12abc", " 12", "+12" and out-of-range are not.
#pragma once

#include <charconv>
#include <optional>
#include <string_view>

namespace kronika::util {

inline std::optional<int> parse_int(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace kronika::util
