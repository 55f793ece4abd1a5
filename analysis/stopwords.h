// Stop words: function words that carry no topic. They are still indexed
// (phrases need them) but a query drops them when it has other words, so
// "Koreja e Veriut" ranks on Koreja and Veriut.
//
// The lists are Kronika's own, function words only: articles, prepositions,
// conjunctions, pronouns, auxiliaries and particles. Content words that other
// lists carry (Albanian vend, mirë, madhe; Romanian an, zi; Italian anno,
// stato) are deliberately absent: news is searched for them.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "analysis/language.h"

namespace kronika::analysis {

// `norm` is a normalised term (case-folded, diacritic-free). Undetermined
// text has no stop words.
bool is_stopword(Language language, std::string_view norm);

// The stop words of all three languages, normalised (part of the bigram
// vocabulary: analysis/common_words.h).
const std::unordered_set<std::string>& stopwords_of_every_language();

}  // namespace kronika::analysis
