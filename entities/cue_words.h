// Words around or inside a name that tell what it names, per language:
//   "zëdhënësi Matthew Miller"  → a person   (a title before the name)
//   "Chatham House", "Universitatea Babeș-Bolyai" → an organisation (a head word in it)
//   "Rruga e Durrësit", "Piazza Venezia" → a place (a head word in it)
//   "qyteti Bucha", "orașul Kursk" → a place (a word before the name)
//   "Sipas Miller", "Potrivit lui Blinken" → not part of the name (an opener)
//   "Coppa Italia", "Liga e Kampionëve" → an event, neither actor nor place
//   "UTC", "COVID" → capitals that name no actor or place
//   "la Polizia", "dell'Alitalia" → a body: an Italian article (persons take none)
//   "skuadra Liverpool", "echipa Timișoara" → a body: a word for a team before it
//   "Argeș, Bihor și Vâlcea" → names listed together (a coordinator) are of one kind
//   "via Cavour", "strada Victoria" → the street word is part of the place's name
//   "Giuseppe Zedde", "Valon Bajrami" → a person (a given name opens the name)
// Lists hold base forms; they are stemmed with each language's chain, so
// inflected cues match too ("ministrit", "ministrului", "ministri"). Given
// names are plain forms matched with the language's name inflection
// ("Valonit", "Mariei").
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

#include "analysis/language.h"

namespace kronika::entities {

enum class Cue {
  PersonTitle,
  OrganisationHead,
  PlaceHead,
  PlaceBefore,
  Opener,  // ordinary words that often open a sentence ("Sipas", "Secondo", "Potrivit")
  EventHead,
  NotName,
  OrganisationBefore,  // Italian articles ("la Fiat": names of people take none), "skuadra", "echipa"
  Coordinator,         // "and", "or" between names listed together
  PlaceNameHead,       // lower-case words that belong to a place's name: "via Cavour", "strada Victoria"
  NotNameBefore,  // after them a name is neither actor nor place: storms ("uragano Sandy"), scales ("scala Richter")
  ShowBefore,     // right before a name, it is a show's title: "emisionin “Log”", "emisiunea Insula Iubirii"
  // Add new cues above this line: kCues counts them.
};

class CueWords {
 public:
  CueWords();

  // `stem`, `plain`: the token's stem in `language` and its plain form
  // (analysis::Token::stem, ::norm). The language's own words match on the
  // stem; English words on the plain form, since another language's stemmer
  // can meet them ("sir" is also the Italian stem of "Siria").
  bool is(Cue cue, analysis::Language language, const std::string& stem, const std::string& plain) const;
  // `plain`: analysis::Token::norm. True when the list holds this very word,
  // not just its stem ("presidente" is a title; "presidenza" only shares its stem).
  bool is_plain(Cue cue, analysis::Language language, const std::string& plain) const;
  // The same for `language`'s own lists only, not the English ones every language shares.
  bool is_own_plain(Cue cue, analysis::Language language, const std::string& plain) const;

  // `plain`: analysis::Token::norm. True for a given name in any inflection of `language`.
  bool is_given_name(analysis::Language language, std::string_view plain) const;
  // Adds a given name (plain form), e.g. the first word of a person the entity base knows.
  void add_given_name(std::string_view plain);

 private:
  static constexpr std::size_t kCues = static_cast<std::size_t>(Cue::ShowBefore) + 1;
  // [cue][language index in kAllLanguages]
  std::array<std::array<std::unordered_set<std::string>, 4>, kCues> stems_;
  std::array<std::array<std::unordered_set<std::string>, 4>, kCues> plain_;
  std::array<std::unordered_set<std::string>, kCues> english_;  // plain forms of the English lists
  std::unordered_set<std::string> given_names_;
};

}  // namespace kronika::entities
