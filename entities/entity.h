// What Kronika knows about an actor or a place, and what it found in a text.
//
// An Entity is one record of the entity base (data/entities/*.jsonl, plus the
// user's own file): a person, an organisation or a place, with its names in
// every language Kronika serves. An EntityMention is one place in a text where
// an entity is named, known or not.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kronika::entities {

enum class EntityType { Person, Organisation, Place };

// "person", "organisation", "place".
std::string_view type_name(EntityType type);
std::optional<EntityType> parse_type(std::string_view name);

// Actors are people and organisations: who did or said something.
inline bool is_actor(EntityType type) {
  return type != EntityType::Place;
}

// Display languages of names, in this order: en is the fallback.
inline constexpr std::array<std::string_view, 4> kNameLanguages = {"en", "sq", "ro", "it"};

struct Entity {
  std::string id;  // stable slug: "vladimir-putin", "north-korea"
  EntityType type = EntityType::Person;
  std::string kind;                  // places: country, region, city, site; organisations: free
  std::array<std::string, 4> names;  // indexed like kNameLanguages; may be empty
  std::vector<std::string> aliases;  // other spellings and abbreviations, any language
  // Aliases that only mean this entity in text of one language: Albanian
  // "PD" is Partia Demokratike, Italian "Pd" the Partito Democratico.
  std::vector<std::pair<std::string, std::string>> language_aliases;  // (language code, alias)
  // Names match only as written (no inflection): small places from the bulk
  // gazetteer, whose names are often ordinary words with an ending ("Asta", "Sala").
  bool exact = false;
  std::string country;  // ISO 3166-1 alpha-2, or empty
  std::string role;     // a short English description ("President of Russia"), or empty

  // The name for `language` ("sq", …), falling back to English, then any.
  const std::string& display_name(std::string_view language) const;
  // True when this is an organisation and `source` (an article's "source":
  // "Telegrafi", "libertatea.ro", "www.digi24.ro", "antena3.ro") names it:
  // the article is its own, and its name in it is the publisher's credit
  // ("transmeton Telegrafi"), not news about it.
  bool is_source(std::string_view source) const;
};

// One mention in a text. Offsets are code points into the analysed text, like
// analysis::Token.
struct EntityMention {
  std::string id;  // the entity's id (known) or a slug of the name (found)
  EntityType type = EntityType::Person;
  bool known = false;  // from the entity base; otherwise found from capitals and cues
  std::string name;    // found entities: the name as written in its base form
  std::string text;    // the mention as written
  std::size_t start = 0;
  std::size_t end = 0;
};

// An article's entity: all mentions of one id, in text order.
struct ArticleEntity {
  std::string id;
  EntityType type = EntityType::Person;
  bool known = false;
  std::string name;  // found entities only (known ones take their names from the base)
  std::vector<EntityMention> mentions;
};

// Groups mentions by id, most mentioned first (then first mentioned first):
// the order in which an article's entities are most telling about it.
std::vector<ArticleEntity> group_mentions(const std::vector<EntityMention>& mentions);

// "Leif-Eric Isley" → "leif-eric-isley": case-folded, diacritic-free, letters
// and digits with single hyphens. The id of an entity found in text.
std::string slug(std::string_view name);

}  // namespace kronika::entities
