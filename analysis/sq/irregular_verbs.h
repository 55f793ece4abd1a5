// Albanian verbs whose forms no suffix rule can join: suppletive stems
// (shoh / pashë / parë, vij / erdhi / ardhur, jap / dha / dhënë) and stem
// vowel changes (marr / merr / mori, dal / del / doli, flas / flet / foli).
// They are few but among the most frequent verbs in news and narrative.
#pragma once

#include <optional>
#include <string_view>

namespace kronika::analysis {

// The stem (the folded lemma, e.g. "shoh") shared by every listed form of an
// irregular verb, standard and Gheg; nullopt for any other word. `folded` is
// lower case with ë→e, ç→c, as AlbanianStemmer folds it.
std::optional<std::string_view> irregular_verb_stem(std::string_view folded);

}  // namespace kronika::analysis
