// The user's query syntax, parsed into a language-independent form that
// search/query_builder.h then analyses once per language.
//
//   putin kim            both words (default operator AND)
//   "Estremo Oriente"    exact phrase (unstemmed, diacritic-insensitive)
//   vizit*               words starting with "vizit"
//   -sanksione  NOT x    exclude
//   putin OR putinit     either (OR binds the items beside it: a b OR c = a AND (b OR c))
//   AND                  accepted, it is the default
// Parentheses are not supported and are read as spaces. Unbalanced quotes
// close at the end of the query. The parser never fails.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kronika::search {

struct QueryItem {
  enum class Kind { Word, Phrase, Prefix };
  Kind kind = Kind::Word;
  std::string text;  // as typed, without quotes or '*'
};

struct ParsedQuery {
  std::vector<std::vector<QueryItem>> required;  // AND of OR-groups
  std::vector<QueryItem> excluded;               // none of these
  bool empty() const { return required.empty() && excluded.empty(); }
};

ParsedQuery parse_query(std::string_view query);

}  // namespace kronika::search
