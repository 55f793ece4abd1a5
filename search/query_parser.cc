#include "search/query_parser.h"

#include <cctype>

namespace kronika::search {

namespace {

bool is_space(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0 || c == '(' || c == ')';
}

struct Lexeme {
  std::string text;
  bool quoted = false;
};

std::vector<Lexeme> lex(std::string_view query) {
  std::vector<Lexeme> lexemes;
  std::size_t i = 0;
  while (i < query.size()) {
    if (is_space(query[i])) {
      ++i;
      continue;
    }
    // A '-' directly before a quote negates the phrase: -"New York".
    if (query[i] == '-' && i + 1 < query.size() && query[i + 1] == '"') {
      lexemes.push_back({"-", false});
      ++i;
      continue;
    }
    if (query[i] == '"') {
      const std::size_t close = query.find('"', i + 1);
      const std::size_t end = close == std::string_view::npos ? query.size() : close;
      lexemes.push_back({std::string(query.substr(i + 1, end - i - 1)), true});
      i = end == query.size() ? end : end + 1;
      continue;
    }
    std::size_t end = i;
    while (end < query.size() && !is_space(query[end]) && query[end] != '"') ++end;
    lexemes.push_back({std::string(query.substr(i, end - i)), false});
    i = end;
  }
  return lexemes;
}

}  // namespace

ParsedQuery parse_query(std::string_view query) {
  ParsedQuery parsed;
  bool negate_next = false;
  bool or_pending = false;
  bool last_was_required = false;
  for (Lexeme& lexeme : lex(query)) {
    std::string text = std::move(lexeme.text);
    if (!lexeme.quoted) {
      if (text == "OR") {
        or_pending = last_was_required;
        continue;
      }
      if (text == "AND") continue;
      if (text == "NOT" || text == "-") {
        negate_next = true;
        continue;
      }
    }
    bool negated = negate_next;
    negate_next = false;
    QueryItem item;
    if (lexeme.quoted) {
      item.kind = QueryItem::Kind::Phrase;
    } else {
      if (text.size() > 1 && text[0] == '-') {
        negated = true;
        text.erase(0, 1);
      } else if (text.size() > 1 && text[0] == '+') {
        text.erase(0, 1);
      }
      if (text.size() > 1 && text.back() == '*') {
        while (!text.empty() && text.back() == '*') text.pop_back();
        item.kind = QueryItem::Kind::Prefix;
      }
    }
    item.text = std::move(text);
    if (item.text.empty() || item.text == "*") continue;
    if (negated) {
      parsed.excluded.push_back(std::move(item));
      last_was_required = false;
      or_pending = false;
      continue;
    }
    if (or_pending && !parsed.required.empty()) {
      parsed.required.back().push_back(std::move(item));
    } else {
      parsed.required.push_back({std::move(item)});
    }
    or_pending = false;
    last_was_required = true;
  }
  return parsed;
}

}  // namespace kronika::search
