#include "articles/dateline.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

#include "analysis/month_names.h"
#include "util/calendar.h"
#include "util/utf8.h"

namespace kronika::articles {

namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2200;
// A dateline or attribution ends within this many bytes, or it is a sentence.
constexpr std::size_t kMaxDatelineBytes = 80;
constexpr std::size_t kMaxSourceBytes = 40;

struct Part {
  bool number = false;
  std::string text;
};

// Splits into runs of digits and runs of other non-separator characters;
// separators are spaces and , . / - (the dot of "sett." is a separator too).
std::vector<Part> split_parts(std::string_view text) {
  std::vector<Part> parts;
  auto is_separator = [](char c) {
    return c == ' ' || c == ',' || c == '.' || c == '/' || c == '-' || c == '\t' || c == '\n' || c == '\r';
  };
  for (std::size_t i = 0; i < text.size();) {
    if (is_separator(text[i])) {
      ++i;
      continue;
    }
    const bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    std::size_t j = i;
    while (j < text.size() && !is_separator(text[j]) &&
           (std::isdigit(static_cast<unsigned char>(text[j])) != 0) == digit) {
      ++j;
    }
    parts.push_back({digit, std::string(text.substr(i, j - i))});
    i = j;
  }
  return parts;
}

using util::days_in_month;

std::optional<std::string> format_date(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  char buffer[40];  // large enough for any int, which keeps -Wformat-truncation quiet
  if (month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
    return std::string(buffer);
  }
  if (month < 1 || month > 12) return std::nullopt;
  if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return std::string(buffer);
  }
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

int to_int(const std::string& digits) {
  return digits.size() > 6 ? -1 : std::stoi(digits);
}

std::optional<std::string> parse_iso(std::string_view text) {
  // YYYY-MM-DD, optionally followed by a time ("T10:00:00Z"); YYYY-MM.
  auto digits = [&](std::size_t at, std::size_t count) {
    if (at + count > text.size()) return -1;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const int year = digits(0, 4);
  if (year < 0 || text.size() < 7 || text[4] != '-') return std::nullopt;
  const int month = digits(5, 2);
  if (month < 0) return std::nullopt;
  if (text.size() == 7) return format_date(year, month, 0);
  if (text[7] != '-') return std::nullopt;
  const int day = digits(8, 2);
  if (day < 0) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  return format_date(year, month, day);
}

}  // namespace

std::optional<std::string> parse_date(std::string_view raw) {
  const std::string_view text = util::trim(raw);
  if (text.empty()) return std::nullopt;
  if (auto iso = parse_iso(text)) return iso;

  const std::vector<Part> parts = split_parts(text);
  auto month_of = [](const Part& part) -> std::optional<int> {
    if (part.number) return std::nullopt;
    return analysis::month_from_name(part.text);
  };
  if (parts.size() == 3) {
    const Part& a = parts[0];
    const Part& b = parts[1];
    const Part& c = parts[2];
    if (a.number && b.number && c.number && c.text.size() == 4) {  // 17.06.2024
      return format_date(to_int(c.text), to_int(b.text), to_int(a.text));
    }
    if (a.number && c.number && c.text.size() == 4) {  // 17 qershor 2024
      if (auto month = month_of(b)) return format_date(to_int(c.text), *month, to_int(a.text));
    }
    if (b.number && c.number && c.text.size() == 4) {  // June 17, 2024
      if (auto month = month_of(a)) return format_date(to_int(c.text), *month, to_int(b.text));
    }
  }
  if (parts.size() == 2 && parts[1].number && parts[1].text.size() == 4) {  // iunie 2024
    if (auto month = month_of(parts[0])) return format_date(to_int(parts[1].text), *month, 0);
  }
  return std::nullopt;
}

namespace {

// Position and length of the first dash separator (" – ", " — ", " - ").
std::optional<std::pair<std::size_t, std::size_t>> find_dash(std::string_view line) {
  for (std::string_view dash : {" \u2013 ", " \u2014 ", " - "}) {
    const std::size_t at = line.find(dash);
    if (at != std::string_view::npos) return std::make_pair(at, dash.size());
  }
  return std::nullopt;
}

// "AgenPress", "Radio Free Europe": one to four words, no digits, capitalised.
bool looks_like_source(std::string_view text) {
  if (text.empty() || text.size() > kMaxSourceBytes) return false;
  if (!std::isupper(static_cast<unsigned char>(text[0]))) return false;
  int words = 1;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == ':') return false;
    if (c == ' ') ++words;
  }
  return words <= 4;
}

}  // namespace

std::optional<Dateline> read_dateline(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
  const std::string_view rest = text.substr(start);

  // " date 2023-09 Kremlini tha…"
  if (rest.substr(0, 5) == "date ") {
    std::size_t end = 5;
    while (end < rest.size() && !std::isspace(static_cast<unsigned char>(rest[end]))) ++end;
    if (auto date = parse_date(rest.substr(5, end - 5))) {
      while (end < rest.size() && std::isspace(static_cast<unsigned char>(rest[end]))) ++end;
      return Dateline{*date, "", start + end};
    }
  }

  const std::size_t newline = rest.find('\n');
  const std::string_view line = rest.substr(0, newline);
  auto past_line = [&] {
    std::size_t end = newline == std::string_view::npos ? rest.size() : newline;
    while (end < rest.size() && std::isspace(static_cast<unsigned char>(rest[end]))) ++end;
    return start + end;
  };

  // "June 17, 2024" alone on its line.
  if (line.size() <= kMaxDatelineBytes) {
    if (auto date = parse_date(line)) return Dateline{*date, "", past_line()};
  }

  // "PLACE, date – text" or "date – text" or "Source – text".
  if (auto dash = find_dash(line.substr(0, std::min(line.size(), kMaxDatelineBytes)))) {
    const std::string_view head = util::trim(line.substr(0, dash->first));
    std::size_t consumed = start + dash->first + dash->second;
    while (consumed < text.size() && text[consumed] == ' ') ++consumed;
    if (auto date = parse_date(head)) return Dateline{*date, "", consumed};
    const std::size_t comma = head.find(',');
    if (comma != std::string_view::npos) {
      if (auto date = parse_date(head.substr(comma + 1))) return Dateline{*date, "", consumed};
    }
    if (looks_like_source(head)) return Dateline{"", std::string(head), consumed};
  }
  return std::nullopt;
}

}  // namespace kronika::articles
