// Word normalisation: the two forms every token gets.
//
//   fold_case("Președintele")        == "președintele"   (NFC + Unicode case folding)
//   strip_diacritics("președintele") == "presedintele"   (what users type)
//
// Stemmers see the fold_case() form, because Snowball's suffix rules are
// written with the accented letters; the index and the query meet on
// strip_diacritics() forms, so "Rusise" finds "Rusisë" and "arme" finds "armë".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kronika::analysis {

// NFC, then full Unicode case folding. Thread-safe.
std::string fold_case(std::string_view word);

// Whether a word has a capital letter (upper or title case) anywhere:
// "Putin", "SUA", "dell'Italia", "Ștefan"; not "puțin", in any Unicode
// normalisation form. Thread-safe.
bool has_capital(std::string_view word);

// Removes combining marks after canonical decomposition (ë→e, ș→s, ă→a, à→a),
// and maps the few Latin letters that carry a stroke instead (đ→d, ł→l, ø→o).
// Expects fold_case() output. Thread-safe.
std::string strip_diacritics(std::string_view word);

// strip_diacritics(fold_case(word)): the plain term indexed for every token.
std::string normalize_term(std::string_view word);

// How normalize_term(word) begins: the plain form of the word's first code
// point (one letter, or two for ß), when that code point is a Latin letter
// of the tables below; nullopt for any other. A combining mark after it
// cannot change it, since stripping drops the mark again. For tests that
// rule words out cheaply (snippets: search/highlighter.cc).
std::optional<std::string_view> plain_first_letter(std::string_view word);

}  // namespace kronika::analysis
