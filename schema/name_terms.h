// The name terms of a word (schema/index_schema.h, prefix N): the keys its
// case forms share as a name (analysis::name_key), diacritic-free. The
// indexer writes them for every capitalised word inside a mention; a query word written
// as a name asks for them. Name keys, not the Snowball stems of common words:
// Italian "Nordio" and "Nord" share a stem but are two names, as are "Rama"
// and the village "Rami"; Albanian "Putinit" and Romanian "Putinului" are
// Putin's.
#pragma once

#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/language.h"

namespace kronika::schema {

// One or two terms: the word's name key, and in Albanian also the key it has
// as the last word of a longer name ("Zelenskyt" → zelensky) when that differs.
std::vector<std::string> name_terms(analysis::Language language, const analysis::Token& token);

}  // namespace kronika::schema
