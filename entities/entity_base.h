// The entity base: every known actor and place, loaded once and shared
// read-only by all threads, with the name indexes the extractor, the query
// side and autocomplete look names up in.
//
// Files are JSON Lines (format in data/entities/README.md). All *.jsonl files
// of the entity directory load in name order, then the user's own file; a
// record whose id was already loaded replaces it, and {"id": …, "remove": true}
// drops one. Countries also get ICU's own country names in sq, ro, it and en.
//
// Names are kept as the analysis chain's plain words and matched with each
// language's name inflection (analysis/name_forms.h), so inflected and
// unaccented forms meet their entity: "Korenë e Veriut" and "Coreei de Nord"
// are forms of North Korea's names, "Putinit" of "Putin".
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "entities/entity.h"

namespace kronika::entities {

class EntityBaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class EntityBase {
 public:
  EntityBase() : EntityBase(std::vector<Entity>{}) {}
  // From records (tests, tools). Later records with the same id replace earlier ones.
  explicit EntityBase(std::vector<Entity> entities);

  // Loads `directory`/*.jsonl then `user_file` (either may be empty). Throws
  // EntityBaseError with "file:line: message" on a bad record.
  static EntityBase load(const std::string& directory, const std::string& user_file);

  // Parses one JSONL record; throws EntityBaseError (without location).
  static Entity parse_record(std::string_view line);

  const Entity* find(std::string_view id) const;
  const std::vector<Entity>& entities() const { return entities_; }

  // One way to write an entity: a name or alias, as plain words.
  struct Name {
    std::uint32_t entity;
    std::vector<std::string> words;  // plain forms (analysis::Token::norm)
    bool acronym = false;            // one all-capitals word ("UN"): text must write it so too
    // The language whose name this is (Entity::names), or Undetermined for
    // English names and aliases. Only a name's own language strips its base
    // ending: Romanian "Coreea" → core-, but the Albanian surname "Kurti" is no
    // Romanian "Kurt" + "-i".
    analysis::Language language = analysis::Language::Undetermined;
    bool only_in_language = false;  // an alias of `language`'s text only (aliases_by_lang)
    bool exact = false;             // the entity matches only as written (Entity::exact)
    std::vector<bool> accented;     // per word: written with accents ("Punë") or not ("Pune")
    // Written with its last word, of four letters or more, in lower case
    // ("Corte dei conti", "Chiesa cattolica"): the text may end the name so too.
    bool lower_last = false;
  };

  // Names that `words[first…]` starts with, in `language`'s inflection
  // (analysis/name_forms.h), at most `max_words` long. Each result is a name
  // index and its length in words; likelier readings first.
  // `written`, when given: the words case-folded with their accents; then a
  // word of text with accents only meets name words written with accents.
  std::vector<std::pair<std::uint32_t, std::size_t>> names_at(analysis::Language language,
                                                              const std::vector<std::string>& words, std::size_t first,
                                                              std::size_t max_words,
                                                              const std::vector<std::string>* written = nullptr) const;
  const Name& name(std::uint32_t index) const { return names_[index]; }
  const Entity& at(std::uint32_t index) const { return entities_[index]; }

  // The longest name, in words: the extractor never looks further.
  std::size_t longest_name_words() const { return longest_name_words_; }

  // Every entity a user-typed name can mean: an id, or any name, alias or
  // (when `inflected`) inflected form in any language, accents optional
  // ("Putinit", "Phenian", "Coreei de Nord"). Best reading first.
  std::vector<const Entity*> resolve(std::string_view name, analysis::AnalyzerSet& analyzers,
                                     bool inflected = true) const;

  // Autocomplete: entities with a name or alias that starts with `prefix`, or
  // has a word that does (plain forms: "phen" finds Phenian).
  std::vector<const Entity*> complete(std::string_view prefix, std::optional<EntityType> type, std::size_t limit) const;

 private:
  void build_indexes();
  void add_name(std::uint32_t index, const std::string& name, analysis::Language language,
                analysis::Analyzer& analyzer);
  // Roots of a name's word as `language`'s text may inflect it.
  static std::vector<std::string> roots_of(const Name& name, std::size_t word, analysis::Language language);

  std::vector<Entity> entities_;
  std::unordered_map<std::string, std::uint32_t> by_id_;
  std::vector<Name> names_;
  // Root of a name's first word → names, per language (indexed like kAllLanguages).
  std::vector<std::unordered_map<std::string, std::vector<std::uint32_t>>> first_roots_;
  // (plain name or a word-suffix of it, entity) sorted, for prefix search.
  std::vector<std::pair<std::string, std::uint32_t>> completions_;
  std::size_t longest_name_words_ = 0;
};

// "UN", "NATO": all capitals, at least two letters (ASCII is enough for
// acronyms). An acronym name (EntityBase::Name::acronym) is one such word.
bool is_acronym(std::string_view word);

// A `written` form of EntityBase::names_at: the token case-folded with its
// accents (its part before a hyphen). An ASCII word has no accents: its
// plain form is already its folded form, so ICU folding runs only for the
// few words that need it.
std::string written_form(const analysis::Token& token);

}  // namespace kronika::entities
