// Common words: the vocabulary of bigram terms (schema::common_bigram_term).
// Two of them side by side make one index term, whatever the article's
// language, so a phrase of common words ("si sono", "due anni", "mai mult")
// reads one posting list instead of checking the positions of two of the
// longest lists in every article that has both (Lucene's CommonGrams).
#pragma once

#include <string_view>

namespace kronika::analysis {

// `norm` is a normalised term (case-folded, diacritic-free): a stop word of
// any of the three languages (analysis/stopwords.h), or one of the frequent
// general words listed in common_words.cc.
bool is_common_word(std::string_view norm);

}  // namespace kronika::analysis
