// Finds the actors and places an analysed text names.
//
//   1. Known entities, longest name first, on the chain's own stems: the
//      Albanian "Putinit", "Korenë e Veriut", the Romanian "Coreei de Nord",
//      the Italian "dell'Ucraina" all reach the stems of a name in the base.
//      A mention starts and ends with a capital ("Kim Jong-un" may end in a
//      hyphenated lower-case syllable) and never crosses a sentence end; a
//      capitalised title ("Kryeministri"), law word ("Legea") or function
//      word is not a one-word name.
//   2. Runs of capitalised words (with lower-case connectors such as "e",
//      "de", "di", "van" inside, and known names too). A single capitalised
//      word that opens a sentence is taken for an ordinary word unless the
//      same article also writes it capitalised elsewhere; so is a first word
//      the article also writes in lower case ("Sot Putin …" keeps only
//      "Putin"). A title opening a run is a cue, not part of the name.
//   3. What a run names: a head word makes the whole run one body or place,
//      known places included ("Universitatea din Berna", "Real Madrid",
//      "Lago di Garda"); a given name makes it a person even over a place
//      named the same ("George Washington"); a known place at its end after
//      other words makes it a body ("Rapid București"); a competition word
//      makes it an event, which is neither ("Liga e Kampionëve"). Otherwise
//      the known names stand and the other words are names of their own,
//      typed by cue words (cue_words.h): a title right before a person, an
//      Italian article or a team word before a body, a place word or
//      preposition before a place, all capitals for a body; several words
//      are a person. Street words join a place's name ("via Cavour").
//   4. Names listed together ("Argeș, Bihor și Vâlcea") share a kind when
//      only one of them had a cue.
//   5. Inside an article a single word of a person named in full resolves to
//      that person ("Kimit" → Kim Jong Un, "Isley" → Leif-Eric Isley), and so
//      does a one-word place that is that person's surname ("Houston").
// Not names: an office after a title and an article ("ministri i Jashtëm",
// "ministrul de Externe"), a word completing an Albanian name across its
// article ("Topi i Artë"), an opening word anywhere ("…)Sipas"), a month
// after a day ("viale XXII Aprile"), and a site's credit line ("/Telegrafi/").
//
// Not thread-safe only in the sense that the analyzers passed in are not;
// the extractor itself is read-only after construction.
#pragma once

#include <string_view>
#include <unordered_set>
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
  // First words of the base's Italian towns of two words or more ("reggio",
  // "savignano", "castelnuovo"): alone, local news write the town so.
  std::unordered_set<std::string> italian_town_openings_;
};

}  // namespace kronika::entities
