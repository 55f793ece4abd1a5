#include "entities/entity_base.h"

#include <cctype>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <nlohmann/json.hpp>

#include "analysis/name_forms.h"
#include "analysis/normalizer.h"
#include "util/utf8.h"

namespace kronika::entities {

namespace {

using analysis::Language;
using nlohmann::json;

std::size_t language_index(Language language) {
  for (std::size_t i = 0; i < analysis::kAllLanguages.size(); ++i) {
    if (analysis::kAllLanguages[i] == language) return i;
  }
  return analysis::kAllLanguages.size() - 1;
}

// ICU's country names in our four languages ("KP" → "Koreja e Veriut",
// "Coreea de Nord", "Corea del Nord", "North Korea").
std::vector<std::string> icu_country_names(const std::string& code) {
  std::vector<std::string> names;
  if (code.size() != 2) return names;
  const icu::Locale region("", code.c_str());
  for (std::string_view language : kNameLanguages) {
    icu::UnicodeString name;
    region.getDisplayCountry(icu::Locale(std::string(language).c_str()), name);
    std::string utf8;
    name.toUTF8String(utf8);
    if (!utf8.empty() && utf8 != code) names.push_back(utf8);
  }
  return names;
}

std::string last_word(const std::string& name) {
  const std::size_t space = name.find_last_of(' ');
  return space == std::string::npos ? name : name.substr(space + 1);
}

// A curated surname alias ("Shoigu") means the surname alone is unambiguous,
// in every spelling the names use: add "Șoigu" and "Šojgu" too.
void add_surname_spellings(Entity& entity) {
  bool surname_alias = false;
  for (const std::string& name : entity.names) {
    if (name.empty() || name.find(' ') == std::string::npos) continue;
    const std::string surname = analysis::normalize_term(last_word(name));
    for (const std::string& alias : entity.aliases) {
      surname_alias = surname_alias || analysis::normalize_term(alias) == surname;
    }
  }
  if (!surname_alias) return;
  for (const std::string& name : entity.names) {
    if (name.empty() || name.find(' ') == std::string::npos) continue;
    const std::string surname = last_word(name);
    const bool known = std::any_of(entity.aliases.begin(), entity.aliases.end(), [&](const std::string& alias) {
      return analysis::normalize_term(alias) == analysis::normalize_term(surname);
    });
    if (!known) entity.aliases.push_back(surname);
  }
}

std::size_t common_prefix(std::string_view a, std::string_view b) {
  return static_cast<std::size_t>(std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first - a.begin());
}

// True when the first `plain_bytes` letters' worth of `folded` (a case-folded
// word with its accents) carry an accent. Plain forms are ASCII for Latin
// script, one byte per letter, so a byte count of the plain root is its
// letter count.
bool has_accent(const std::string& folded, std::size_t plain_bytes) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < folded.size() && letters < plain_bytes; ++letters) {
    const auto byte = static_cast<unsigned char>(folded[i]);
    if (byte >= 0x80) return true;
    ++i;
  }
  return false;
}

// True when letter `letters - 1` of `folded` is ț or ș (comma or cedilla):
// a Romanian t or s softened before an ending.
bool softened_at(const std::string& folded, std::size_t letters) {
  if (letters == 0) return false;
  std::size_t at = 0;
  char32_t c = 0;
  for (std::size_t letter = 0; letter + 1 < letters && at < folded.size(); ++letter)
    at += std::max<std::size_t>(1, util::decode_utf8(folded, at, c));
  if (at >= folded.size() || util::decode_utf8(folded, at, c) == 0) return false;
  return c == U'\u021b' || c == U'\u0163' || c == U'\u0219' || c == U'\u015f';
}

}  // namespace

Entity EntityBase::parse_record(std::string_view line) {
  const json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded() || !record.is_object()) throw EntityBaseError("not a JSON object");
  auto text = [&](const char* key) -> std::string {
    const auto found = record.find(key);
    if (found == record.end() || found->is_null()) return {};
    if (!found->is_string()) throw EntityBaseError(std::string("'") + key + "' must be a string");
    return found->get<std::string>();
  };
  Entity entity;
  entity.id = text("id");
  if (entity.id.empty() || entity.id.size() > 120 || slug(entity.id) != entity.id) {
    throw EntityBaseError("'id' must be a non-empty slug of lowercase letters, digits and hyphens, got '" + entity.id +
                          "'");
  }
  if (record.value("remove", false)) {
    entity.kind = "\x7fremove";  // marker understood by the constructor
    return entity;
  }
  const auto type = parse_type(text("type"));
  if (!type) throw EntityBaseError("'type' must be person, organisation or place");
  entity.type = *type;
  entity.kind = text("kind");
  entity.country = text("country");
  entity.role = text("role");
  if (const auto names = record.find("names"); names != record.end()) {
    if (!names->is_object()) throw EntityBaseError("'names' must be an object of language → name");
    for (const auto& [language, name] : names->items()) {
      const auto slot = std::find(kNameLanguages.begin(), kNameLanguages.end(), language);
      if (slot == kNameLanguages.end()) throw EntityBaseError("'names' has unknown language '" + language + "'");
      if (!name.is_string()) throw EntityBaseError("'names." + language + "' must be a string");
      entity.names[static_cast<std::size_t>(slot - kNameLanguages.begin())] = name.get<std::string>();
    }
  }
  if (const auto aliases = record.find("aliases"); aliases != record.end()) {
    if (!aliases->is_array()) throw EntityBaseError("'aliases' must be an array of strings");
    for (const json& alias : *aliases) {
      if (!alias.is_string()) throw EntityBaseError("'aliases' must be an array of strings");
      entity.aliases.push_back(alias.get<std::string>());
    }
  }
  if (const auto by_language = record.find("aliases_by_lang"); by_language != record.end()) {
    if (!by_language->is_object()) throw EntityBaseError("'aliases_by_lang' must be an object of language → [alias]");
    for (const auto& [language, list] : by_language->items()) {
      if (!analysis::parse_language(language) || language == "und") {
        throw EntityBaseError("'aliases_by_lang' has unknown language '" + language + "' (sq, ro or it)");
      }
      if (!list.is_array()) throw EntityBaseError("'aliases_by_lang." + language + "' must be an array of strings");
      for (const json& alias : list) {
        if (!alias.is_string()) throw EntityBaseError("'aliases_by_lang." + language + "' must be an array of strings");
        entity.language_aliases.emplace_back(language, alias.get<std::string>());
      }
    }
  }
  const std::string match = text("match");
  if (!match.empty() && match != "exact" && match != "inflected") {
    throw EntityBaseError("'match' must be \"exact\" or \"inflected\"");
  }
  entity.exact = match == "exact";
  if (std::all_of(entity.names.begin(), entity.names.end(), [](const std::string& n) { return n.empty(); }) &&
      entity.aliases.empty()) {
    throw EntityBaseError("entity '" + entity.id + "' has no name");
  }
  return entity;
}

EntityBase::EntityBase(std::vector<Entity> records) {
  for (Entity& record : records) {
    const auto found = by_id_.find(record.id);
    const bool remove = record.kind == "\x7fremove";
    if (found != by_id_.end()) {
      entities_[found->second] = remove ? Entity{} : std::move(record);
      continue;
    }
    if (remove) continue;
    by_id_.emplace(record.id, static_cast<std::uint32_t>(entities_.size()));
    entities_.push_back(std::move(record));
  }
  // Drop removed records and renumber.
  std::erase_if(entities_, [](const Entity& entity) { return entity.id.empty(); });
  by_id_.clear();
  for (std::uint32_t i = 0; i < entities_.size(); ++i) by_id_.emplace(entities_[i].id, i);
  for (Entity& entity : entities_) {
    if (entity.type == EntityType::Person) add_surname_spellings(entity);
    if (entity.type == EntityType::Place && entity.kind == "country") {
      for (std::string& name : icu_country_names(entity.country)) entity.aliases.push_back(std::move(name));
    }
  }
  build_indexes();
}

EntityBase EntityBase::load(const std::string& directory, const std::string& user_file) {
  std::vector<std::string> files;
  if (!directory.empty()) {
    std::error_code error;
    if (!std::filesystem::is_directory(directory, error)) {
      throw EntityBaseError(directory + ": entity directory not found");
    }
    for (const auto& item : std::filesystem::directory_iterator(directory)) {
      if (item.path().extension() == ".jsonl") files.push_back(item.path().string());
    }
    std::sort(files.begin(), files.end());
  }
  if (!user_file.empty()) files.push_back(user_file);

  std::vector<Entity> records;
  for (const std::string& file : files) {
    std::ifstream in(file);
    if (!in) throw EntityBaseError(file + ": cannot read entity file");
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      try {
        records.push_back(parse_record(line));
      } catch (const EntityBaseError& error) {
        throw EntityBaseError(file + ":" + std::to_string(number) + ": " + error.what());
      }
    }
  }
  return EntityBase(std::move(records));
}

std::vector<std::string> EntityBase::roots_of(const Name& name, std::size_t word, Language language) {
  const std::string& plain = name.words[word];
  if (name.exact) return {plain};
  if (name.language != language) {
    std::vector<std::string> roots = {plain};
    if (name.language == Language::Undetermined) {
      for (std::string& root : analysis::alias_roots(language, plain)) roots.push_back(std::move(root));
    }
    return roots;
  }
  std::vector<std::string> roots = analysis::name_roots(language, plain);
  // Albanian drops a final ë in inflection ("Tiranë" → Tiranës); a plain e
  // stays ("Pune" is no "Pun-ë": Punëve is the word for works).
  if (language == Language::Albanian && plain.ends_with('e') && word < name.accented.size() && !name.accented[word]) {
    std::erase(roots, plain.substr(0, plain.size() - 1));
  }
  return roots;
}

void EntityBase::add_name(std::uint32_t index, const std::string& name, Language language,
                          analysis::Analyzer& analyzer) {
  const auto tokens = analyzer.analyze(name);
  if (tokens.empty()) return;
  Name entry{index, {}, tokens.size() == 1 && is_acronym(tokens.front().text), language, false, false, {}};
  entry.exact = entities_[index].exact;
  // (A word of content, four letters or more: not an article or a particle.)
  const std::string& last_text = tokens.back().text;
  entry.lower_last = tokens.size() > 1 && tokens.back().norm.size() >= 4 &&
                     analysis::fold_case(last_text) == last_text &&
                     std::isalpha(static_cast<unsigned char>(last_text.front()));
  for (const analysis::Token& token : tokens) {
    entry.words.push_back(token.norm);
    entry.accented.push_back(analysis::fold_case(token.text) != token.norm);
  }
  longest_name_words_ = std::max(longest_name_words_, entry.words.size());
  const auto name_index = static_cast<std::uint32_t>(names_.size());
  for (std::size_t i = 0; i < analysis::kAllLanguages.size(); ++i) {
    for (std::string& root : roots_of(entry, 0, analysis::kAllLanguages[i])) {
      first_roots_[i][std::move(root)].push_back(name_index);
    }
  }
  // Autocomplete on the whole name and on each word-suffix: "vladimir putin", "putin".
  std::string plain;
  for (const std::string& word : entry.words) plain += (plain.empty() ? "" : " ") + word;
  completions_.emplace_back(plain, index);
  for (std::size_t space = plain.find(' '); space != std::string::npos; space = plain.find(' ', space + 1)) {
    completions_.emplace_back(plain.substr(space + 1), index);
  }
  names_.push_back(std::move(entry));
}

void EntityBase::build_indexes() {
  first_roots_.assign(analysis::kAllLanguages.size(), {});
  names_.clear();
  completions_.clear();
  // Plain words do not depend on the language (Albanian's "SHBA-ja" merge
  // only matters in text), so one analyzer tokenises every name.
  analysis::Analyzer analyzer(Language::Undetermined);
  for (std::uint32_t index = 0; index < entities_.size(); ++index) {
    const Entity& entity = entities_[index];
    std::vector<std::pair<std::string, Language>> seen;
    auto add = [&](const std::string& name, Language language) {
      if (name.empty() || std::find(seen.begin(), seen.end(), std::make_pair(name, language)) != seen.end()) return;
      seen.emplace_back(name, language);
      add_name(index, name, language, analyzer);
    };
    for (std::size_t i = 0; i < kNameLanguages.size(); ++i) {
      add(entity.names[i], analysis::parse_language(kNameLanguages[i]).value_or(Language::Undetermined));
    }
    for (const std::string& alias : entity.aliases) add(alias, Language::Undetermined);
    for (const auto& [code, alias] : entity.language_aliases) {
      const std::size_t before = names_.size();
      add(alias, analysis::parse_language(code).value_or(Language::Undetermined));
      for (std::size_t i = before; i < names_.size(); ++i) names_[i].only_in_language = true;
    }
  }
  // Likelier readings first: an entity with more names is better known
  // (countries, capitals, heads of state).
  std::vector<std::size_t> weight(entities_.size(), 0);
  for (const Name& name : names_) ++weight[name.entity];
  for (auto& roots : first_roots_) {
    for (auto& [root, list] : roots) {
      std::sort(list.begin(), list.end());
      list.erase(std::unique(list.begin(), list.end()), list.end());
      std::stable_sort(list.begin(), list.end(), [&](std::uint32_t a, std::uint32_t b) {
        return weight[names_[a].entity] > weight[names_[b].entity];
      });
    }
  }
  std::sort(completions_.begin(), completions_.end());
  completions_.erase(std::unique(completions_.begin(), completions_.end()), completions_.end());
}

std::vector<std::pair<std::uint32_t, std::size_t>> EntityBase::names_at(Language language,
                                                                        const std::vector<std::string>& words,
                                                                        std::size_t first, std::size_t max_words,
                                                                        const std::vector<std::string>* written) const {
  std::vector<std::pair<std::uint32_t, std::size_t>> found;
  if (first >= words.size()) return found;
  const auto& roots = first_roots_[language_index(language)];
  for (const std::string& root : analysis::possible_roots(language, words[first])) {
    const auto hit = roots.find(root);
    if (hit == roots.end()) continue;
    for (std::uint32_t index : hit->second) {
      const Name& name = names_[index];
      if (name.only_in_language && name.language != language) continue;
      const std::size_t length = name.words.size();
      if (length > max_words || first + length > words.size()) continue;
      // Each word of text is a root of the name's word plus an ending of the
      // language (or an Albanian article standing for another).
      bool all = true;
      for (std::size_t k = 0; all && k < length; ++k) {
        const std::string& word = words[first + k];
        if (analysis::is_name_article(language, word) && analysis::is_name_article(language, name.words[k])) continue;
        std::size_t root_size = word.size();  // the part of the text word the name accounts for
        if (word != name.words[k]) {
          // Only the word as written: for an exact entity, and for a name
          // of another language's column (Romanian and Italian "Peć" in
          // Albanian text: "Peci", "Pecit" are a surname, not Peja).
          // English names and aliases belong to no language and inflect.
          if (name.exact || (name.language != Language::Undetermined && name.language != language)) {
            all = false;
            break;
          }
          const auto text_roots = k == 0 ? std::vector<std::string>{root} : analysis::possible_roots(language, word);
          const auto name_roots = roots_of(name, k, language);
          const auto match =
              std::find_first_of(name_roots.begin(), name_roots.end(), text_roots.begin(), text_roots.end());
          all = match != name_roots.end();
          // The part the name's own word accounts for: "ram" of "Ramës" from
          // Rama's alias root "rames", the whole root otherwise.
          if (all) root_size = common_prefix(*match, name.words[k]);
        }
        // Accents the text writes must be the name's: Albanian "Punë" is
        // work, not Pune; Romanian "Rămâi" is not Rama. (Text without accents
        // still meets accented names: writers drop them, never add them.)
        // Romanian softens a root's last t or s before -i (Curtea → Curții,
        // Poarta → Porții): that letter's comma is the ending's doing.
        if (all && written && !name.accented[k]) {
          const std::string& folded = written->at(first + k);
          if (language == Language::Romanian && softened_at(folded, root_size)) --root_size;
          if (has_accent(folded, root_size)) all = false;
        }
      }
      if (all && std::find(found.begin(), found.end(), std::make_pair(index, length)) == found.end()) {
        found.emplace_back(index, length);
      }
    }
  }
  // Longest first; among equals, the order of the index (likelier first).
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return found;
}

const Entity* EntityBase::find(std::string_view id) const {
  const auto found = by_id_.find(std::string(id));
  return found == by_id_.end() ? nullptr : &entities_[found->second];
}

std::vector<const Entity*> EntityBase::resolve(std::string_view name, analysis::AnalyzerSet& analyzers,
                                               bool inflected) const {
  std::vector<const Entity*> found;
  if (const Entity* by_id = find(name)) found.push_back(by_id);
  for (Language language : analysis::kAllLanguages) {
    // Undetermined has no inflection: its matches are the names as written.
    if (!inflected && language != Language::Undetermined) continue;
    std::vector<std::string> words;
    for (const analysis::Token& token : analyzers[language].analyze(name)) words.push_back(token.norm);
    if (words.empty()) continue;
    for (const auto& [index, length] : names_at(language, words, 0, words.size())) {
      if (length != words.size()) continue;  // the whole value must be a name
      const Entity* entity = &entities_[names_[index].entity];
      if (std::find(found.begin(), found.end(), entity) == found.end()) found.push_back(entity);
    }
  }
  return found;
}

std::vector<const Entity*> EntityBase::complete(std::string_view prefix, std::optional<EntityType> type,
                                                std::size_t limit) const {
  std::vector<const Entity*> found;
  const std::string key = analysis::normalize_term(prefix);
  if (key.empty()) return found;
  auto it = std::lower_bound(completions_.begin(), completions_.end(), std::make_pair(key, std::uint32_t{0}));
  for (; it != completions_.end() && it->first.compare(0, key.size(), key) == 0; ++it) {
    const Entity* entity = &entities_[it->second];
    if (type && entity->type != *type) continue;
    if (std::find(found.begin(), found.end(), entity) == found.end()) found.push_back(entity);
    if (limit && found.size() >= limit) break;
  }
  return found;
}

bool is_acronym(std::string_view word) {
  int letters = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

std::string written_form(const analysis::Token& token) {
  const std::string_view text = std::string_view(token.text).substr(0, token.text.find('-'));
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return ascii ? token.norm : analysis::fold_case(text);
}

}  // namespace kronika::entities
