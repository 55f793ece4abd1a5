// Ids of entities found in text (not in the entity base).
//
// A found entity has no record to give it an id, so its name does: the slug
// of the name with every word in the form its case forms share
// (analysis::name_key). Albanian and Romanian decline names, and one unknown
// name found in many articles appears in whatever case each sentence needs:
// "Kuvendi", "Kuvendit"; "Gjykata Kushtetuese", "Gjykatës Kushtetuese";
// "Guvernul", "Guvernului". Keyed this way they are one entity in the
// facets and one filter, as the known entities always were.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/language.h"

namespace kronika::entities {

// "Gjykatës Kushtetuese" (sq) → "gjykata-kushtetuese"; "Big Brother-i" (sq)
// → "big-brother" (a case ending after a hyphen goes); "Komisionit Qendror
// të Zgjedhjeve" → "komision-qendror-e-zgjedhjeve" (Albanian's articles
// inside a name, which agree with its case, are all "e"). Italian: the slug.
std::string found_entity_id(analysis::Language language, std::string_view name);

// Every id a user-typed value may be the found entity of, best first: the
// slug of the value (an id as the API gave it, or a name as indexed), then
// its found_entity_id in each language, without repeats. "Kuvendit" →
// kuvendit, kuvend.
std::vector<std::string> found_entity_ids(std::string_view value);

}  // namespace kronika::entities
