// Finds the actors and places an analysed text names.
//
//   1. Known entities, longest name first, on the chain's own stems: the
//      Albanian "Putinit", "Korenë e Veriut", the Romanian "Coreei de Nord",
//      the Italian "dell'Ucraina" all reach the stems of a name in the base.
//      A mention starts and ends with a capital ("Kim Jong-un" may end in a
//      hyphenated lower-case syllable) and never crosses a sentence end.
//   2. Other names: runs of capitalised words (with lower-case connectors
//      such as "e", "de", "di", "van" inside). A single capitalised word that
//      opens a sentence is taken for an ordinary word unless the same article
//      also writes it capitalised elsewhere; so is a first word the article
//      also writes in lower case ("Sot Putin …" keeps only "Putin").
//   3. Inside an article a single word that is a word of a person named in
//      full resolves to that person ("Kimit" → Kim Jong Un, "Isley" → Leif-Eric Isley).
//   4. Names not in the base get a type from cue words (cue_words.h): a title
//      before a person, a head word inside an organisation or a place, a
//      place word or preposition before a place; otherwise several words are a
//      person and one all-capitals word an organisation.
//
// Not thread-safe only in the sense that the analyzers passed in are not;
// the extractor itself is read-only after construction.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "analysis/analyzer.h"
#include "entities/cue_words.h"
#include "entities/entity.h"
#include "entities/entity_base.h"

namespace kronika::entities {

class EntityExtractor {
 public:
  // Also learns given names from the people `base` names in full.
  explicit EntityExtractor(const EntityBase& base);

  // `tokens`: analysis of `text` by `language`'s Analyzer. `skip`: code point
  // ranges [start, end) that are not names (dates already found there).
  std::vector<EntityMention> extract(std::string_view text, const std::vector<analysis::Token>& tokens,
                                     analysis::Language language,
                                     const std::vector<std::pair<std::size_t, std::size_t>>& skip = {}) const;

 private:
  const EntityBase& base_;
  CueWords cues_;
};

}  // namespace kronika::entities
