#include "schema/name_terms.h"

#include <algorithm>
#include <string_view>

#include "analysis/name_forms.h"
#include "analysis/normalizer.h"
#include "schema/index_schema.h"

namespace kronika::schema {

std::vector<std::string> name_terms(analysis::Language language, const analysis::Token& token) {
  // name_key reads the word case-folded with its accents ("ës" is an
  // Albanian ending, "es" may be a name's own), before any hyphen
  // ("Kosovo-ului"): the form the entity base matches names by
  // (entities::written_form, which needs the token's norm too).
  const std::string written = analysis::fold_case(std::string_view(token.text).substr(0, token.text.find('-')));
  std::vector<std::string> terms;
  for (const std::string& key : {analysis::name_key(language, written), analysis::last_name_key(language, written)}) {
    const std::string plain = analysis::normalize_term(key);
    if (plain.empty()) continue;
    std::string term = name_term(plain);
    if (std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(std::move(term));
  }
  return terms;
}

}  // namespace kronika::schema
