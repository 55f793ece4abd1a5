// Stop words: function words that carry no topic. They are still indexed
// (phrases need them) but a query drops them when it has other words, so
// "Koreja e Veriut" ranks on Koreja and Veriut.
//
// The lists are Kronika's own, function words only: articles, prepositions,
// conjunctions, pronouns, auxiliaries and particles. Content words that other
// lists carry (Albanian vend, mirë, madhe; Romanian an, zi; Italian anno,
// stato) are deliberately absent: news is searched for them.
#pragma once

#include <string_view>

#include "analysis/language.h"

namespace kronika::analysis {

// `norm` is a normalised term (case-folded, diacritic-free). Undetermined
// text has no stop words.
bool is_stopword(Language language, std::string_view norm);

// A stop word of any of the three languages (part of the bigram vocabulary:
// analysis/common_words.h).
bool is_stopword_of_any_language(std::string_view norm);

}  // namespace kronika::analysis
