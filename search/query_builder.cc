#include "search/query_builder.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include "analysis/normalizer.h"
#include "schema/index_schema.h"
#include "schema/name_terms.h"

namespace kronika::search {

using analysis::Language;

namespace {

// Xapian::Query::MatchAll is a static with an unsynchronised reference count
// (see ../shared/docs/XAPIAN.md): build our own per query instead.
Xapian::Query match_all() {
  return Xapian::Query(std::string());
}

Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  std::vector<Xapian::Query> present;
  for (const auto& part : parts) {
    if (!part.empty()) present.push_back(part);
  }
  if (present.empty()) return Xapian::Query();
  if (present.size() == 1) return present.front();
  return Xapian::Query(op, present.begin(), present.end());
}

// A prefix* matches without weighing its expansion: as Lucene and
// Elasticsearch rewrite prefix queries by default (constant score). Weighing
// up to wildcard_max_expansion terms in every article that holds one was a
// prefix query's whole cost: at 1M articles 67-123 ms for a common prefix,
// against 1-2 ms unweighted (bench/README-speed.md, "Prefixes").
Xapian::Query constant_score(const Xapian::Query& query) {
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, 0.0);
}

}  // namespace

std::vector<std::string> expand_prefix(const Xapian::Database& database, const std::string& prefix, unsigned limit) {
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  for (auto it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it) {
    found.emplace_back(it.get_termfreq(), *it);
  }
  const auto top = found.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(limit, found.size()));
  std::partial_sort(found.begin(), top, found.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  found.erase(top, found.end());
  std::vector<std::string> terms;
  for (auto& [count, term] : found) terms.push_back(std::move(term));
  return terms;
}

Xapian::doccount count_matches(const Xapian::Database& database, const Xapian::Query& query, Xapian::doccount enough) {
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // Asked to check that many, Xapian counts exactly up to there; the lower
  // bound is the count below it, and at least `enough` above.
  const Xapian::MSet counted = enquire.get_mset(0, 0, std::min(enough, database.get_doccount()));
  return counted.get_matches_lower_bound();
}

namespace {

// Italian articles and words that elide before a vowel ("l'Italia",
// "un'auto", "dell'Estremo"), lower case as a query types them.
constexpr std::string_view kItalianElisions[] = {"l",    "un", "dell",  "nell",  "all",  "sull", "dall",
                                                 "coll", "d",  "quell", "quest", "bell", "sant"};
// Those that also open names when capitalised are left out there: "D'Amato",
// "Dell'Utri", "Dall'Oglio", "Sant'Anna", "Bell'Italia" are names whole.
constexpr std::string_view kCapitalisedElisions[] = {"l", "un", "nell", "all", "sull", "quell", "quest"};

// The word after an Italian elided article ("l'Italia" → "Italia"), or nothing.
std::optional<std::string_view> elided_word(std::string_view text) {
  for (const std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    const std::size_t at = text.find(apostrophe);
    if (at == std::string_view::npos || at + apostrophe.size() >= text.size()) continue;
    const std::string_view article = text.substr(0, at);
    if (std::find(std::begin(kItalianElisions), std::end(kItalianElisions), article) != std::end(kItalianElisions))
      return text.substr(at + apostrophe.size());
    // "L'Italia" too: a phone capitalises the first letter of a query.
    const std::string folded = analysis::fold_case(article);
    if (std::find(std::begin(kCapitalisedElisions), std::end(kCapitalisedElisions), folded) !=
        std::end(kCapitalisedElisions))
      return text.substr(at + apostrophe.size());
  }
  return std::nullopt;
}

// Whether the user wrote a word with a capital, as a name ("SUA", "Tyre"),
// not as the function word it also is ("sua", "tyre").
bool written_as_name(std::string_view text) {
  return analysis::has_capital(text);
}

// Whether the words name people only. A person's name written as a name is
// asked for as a name (QueryBuilder::only_as_name): a surname that is also a
// common word ("Putin", Romanian "puțin") is a name to whoever capitalises
// it. Not so for places and bodies: "Carabinieri" also means the lower-case
// "carabinieri" of most articles, and a first word capitalised by a phone
// keyboard ("Porto", "Sala", "Fermo") means the common word as often.
bool only_people(const std::vector<const entities::Entity*>& named) {
  return !named.empty() && std::all_of(named.begin(), named.end(), [](const entities::Entity* entity) {
    return entity->type == entities::EntityType::Person;
  });
}

}  // namespace

Xapian::Query QueryBuilder::item_query(const QueryItem& item, const std::vector<analysis::Token>& tokens,
                                       Language language, HighlightTerms* highlight, bool stem) const {
  if (item.kind == QueryItem::Kind::Prefix) {
    const std::string prefix = analysis::normalize_term(item.text);
    if (prefix.empty()) return Xapian::Query();
    if (highlight) highlight->prefixes.push_back(prefix);
    if (!expand_) {
      return constant_score(Xapian::Query(Xapian::Query::OP_WILDCARD, prefix, wildcard_max_expansion_,
                                          Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT));
    }
    auto found = expanded_.find(prefix);
    if (found == expanded_.end()) found = expanded_.emplace(prefix, expand_(prefix, wildcard_max_expansion_)).first;
    const std::vector<std::string>& terms = found->second;
    if (terms.empty()) return Xapian::Query::MatchNothing;
    // OP_SYNONYM, as OP_WILDCARD combines its expansion.
    return constant_score(Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end()));
  }
  if (tokens.empty()) return Xapian::Query();

  // An elided article before a word ("l'Italia", "un'auto", "dell'Estremo")
  // is the word, as Elasticsearch's elision filter reads it: the article
  // adds nothing a search would want, and a phrase of the two would miss
  // "Italia" and "italiana".
  const bool elided = item.kind == QueryItem::Kind::Word && language == Language::Italian && tokens.size() == 2 &&
                      !tokens[1].stop && elided_word(item.text).has_value();
  const bool stemmed = stem && item.kind == QueryItem::Kind::Word && (tokens.size() == 1 || elided) &&
                       language != Language::Undetermined;
  if (stemmed) {
    const analysis::Token& token = tokens.back();
    if (highlight) {
      highlight->add_stemmed_word(token.norm, token.stem);
    }
    const Xapian::Query forms[] = {Xapian::Query(token.norm), Xapian::Query(schema::stem_term(token.stem))};
    return Xapian::Query(Xapian::Query::OP_SYNONYM, std::begin(forms), std::end(forms));
  }
  // Phrases, and words the chain splits in several ("dell'Estremo"): exact
  // adjacent plain terms.
  std::vector<Xapian::Query> words;
  std::vector<Xapian::Query> bigrams;  // of adjacent common words
  std::vector<std::string> phrase_words;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    words.emplace_back(tokens[i].norm);
    phrase_words.push_back(tokens[i].norm);
    if (!current_schema_ || i == 0) continue;
    if (auto bigram = schema::common_bigram_term(tokens[i - 1].norm, tokens[i].norm)) bigrams.emplace_back(*bigram);
  }
  if (highlight) {
    // A phrase is marked where it stands, not word by word.
    if (phrase_words.size() == 1)
      highlight->words.insert(phrase_words.front());
    else
      highlight->add_phrase(std::move(phrase_words));
  }
  if (words.size() == 1) return words.front();
  // Two common words: the bigram's list is the phrase's matches.
  if (words.size() == 2 && bigrams.size() == 1) return bigrams.front();
  const Xapian::Query phrase(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                             static_cast<Xapian::termcount>(words.size()));
  if (bigrams.empty()) return phrase;
  return Xapian::Query(Xapian::Query::OP_FILTER, phrase, combine(Xapian::Query::OP_AND, bigrams));
}

Xapian::Query QueryBuilder::only_as_name(const Xapian::Query& words, const std::vector<analysis::Token>& tokens,
                                         Language language, HighlightTerms* highlight) const {
  // An older database has no name terms: the words as they are.
  if (!current_schema_ || words.empty()) return words;
  // The last word the user capitalised: the surname, which a common word may
  // spell ("Putin", Romanian "puțin"). The words before it need no such
  // check (a homograph of "Vladimir Putin" would need both words) and
  // often are no name in the text: Italian writes "papa Francesco".
  const auto last = std::find_if(tokens.rbegin(), tokens.rend(), [](const analysis::Token& token) {
    return !token.stop && written_as_name(token.text);
  });
  if (last == tokens.rend()) return words;
  const std::vector<std::string> keys = schema::name_terms(language, *last);
  if (highlight) highlight->mark_only_as_name(last->norm, last->stem, keys);
  return Xapian::Query(Xapian::Query::OP_FILTER, words,
                       combine(Xapian::Query::OP_OR, std::vector<Xapian::Query>(keys.begin(), keys.end())));
}

std::vector<Xapian::Query> QueryBuilder::name_readings(const Xapian::Query& words,
                                                       const std::vector<analysis::Token>& tokens, bool capitalised,
                                                       const std::vector<const entities::Entity*>& named,
                                                       Language language, HighlightTerms* highlight) const {
  std::vector<Xapian::Query> readings;
  const Xapian::Query written =
      capitalised && only_people(named) ? only_as_name(words, tokens, language, highlight) : words;
  if (!written.empty()) readings.push_back(written);
  for (const entities::Entity* entity : named)
    readings.emplace_back(schema::entity_term(entities::is_actor(entity->type), entity->id));
  return readings;
}

namespace {

struct AnalysedItem {
  const QueryItem* item;
  std::vector<analysis::Token> tokens;
  // A plain word made only of stop words: droppable when others remain.
  bool stop_only() const {
    return item->kind == QueryItem::Kind::Word && !tokens.empty() &&
           std::all_of(tokens.begin(), tokens.end(), [](const analysis::Token& token) { return token.stop; });
  }
};

}  // namespace

std::vector<const entities::Entity*> QueryBuilder::named_entities(const QueryItem& item) const {
  if (!entities_ || item.kind != QueryItem::Kind::Word) return {};
  // A lone function word ("e", "de") or a two-letter word is not a name.
  const auto tokens = analyzers_[Language::Undetermined].analyze(item.text);
  if (tokens.empty() || (tokens.size() == 1 && tokens[0].norm.size() < 3)) return {};
  // A name as written ("Pyongyang", "Phenian", "North Korea"). A name with
  // an apostrophe is itself first ("l'Aquila", "Xi'an"); else an Italian
  // elided article before it is no part of it ("l'Italia").
  auto named = entities_->resolve(item.text, analyzers_, /*inflected=*/false);
  if (named.empty())
    if (const auto word = elided_word(item.text)) named = entities_->resolve(*word, analyzers_, /*inflected=*/false);
  // Else a case form of a name, written as a name: "Putinit", "Phenianit",
  // "Moscovei" name their entity in every language, as the base form does
  // (whoever types Albanian "Phenianit" wants Pyongyang, not only the
  // Albanian articles; in Romanian, "Putinit" stemmed would be "puțin").
  // In lower case a form stays that language's word ("rusise").
  if (named.empty() && written_as_name(item.text)) {
    named = entities_->resolve(item.text, analyzers_, /*inflected=*/true);
    std::erase_if(named, [&](const entities::Entity* entity) { return !linked_in_articles(tokens, *entity); });
  }
  return named;
}

bool QueryBuilder::linked_in_articles(const std::vector<analysis::Token>& tokens,
                                      const entities::Entity& entity) const {
  if (!count_ || !current_schema_) return false;
  std::string key = entity.id;
  for (const analysis::Token& token : tokens) key.append(1, '\0').append(token.text);
  if (const auto known = linked_.find(key); known != linked_.end()) return known->second;
  const bool linked = count_links(tokens, entity);
  linked_.emplace(std::move(key), linked);
  return linked;
}

bool QueryBuilder::count_links(const std::vector<analysis::Token>& tokens, const entities::Entity& entity) const {
  std::vector<const analysis::Token*> capitalised;
  for (const analysis::Token& token : tokens)
    if (analysis::has_capital(token.text)) capitalised.push_back(&token);
  if (capitalised.empty()) return false;
  const Xapian::Query named(schema::entity_term(entities::is_actor(entity.type), entity.id));
  // The form read as each language's name (its name key, accents and all:
  // typed without ë, "Rusise" keeps its ending and is no Rusisë), counted
  // in that language's articles; the form is the language's whose articles
  // link it most.
  Xapian::doccount most = 0;
  Language language = Language::Undetermined;
  Xapian::Query most_written;
  for (const Language each : analysis::kAllLanguages) {
    std::vector<Xapian::Query> words;
    for (const analysis::Token* token : capitalised) {
      const std::vector<std::string> keys = schema::name_terms(each, *token);
      words.push_back(combine(Xapian::Query::OP_OR, std::vector<Xapian::Query>(keys.begin(), keys.end())));
    }
    const Xapian::Query written(Xapian::Query::OP_FILTER, combine(Xapian::Query::OP_AND, words),
                                Xapian::Query(schema::language_term(analysis::code(each))));
    const Xapian::doccount linked = count_(Xapian::Query(Xapian::Query::OP_FILTER, written, named), kUncapped);
    if (linked > most) most = linked, language = each, most_written = written;
  }
  // (Counted only as far as the answer needs: past twice the links.)
  if (most < kLinkEvidence || most * 2 < count_(most_written, most * 2 + 1)) return false;
  // Keys meet more than the form: "Roman" has the key of Albanian "Romën"
  // (Rome). Where articles write the form itself as a name (the plain
  // form, schema::name_form_term), half of them must name the entity too.
  std::vector<Xapian::Query> forms;
  for (const analysis::Token* token : capitalised) forms.emplace_back(schema::name_form_term(token->norm));
  const Xapian::Query as_written = combine(Xapian::Query::OP_AND, forms);
  const Xapian::doccount linked_so = count_(Xapian::Query(Xapian::Query::OP_FILTER, as_written, named), kUncapped);
  if (linked_so * 2 < count_(as_written, linked_so * 2 + 1)) return false;
  // And there it is no common word that the extractor took for the name now
  // and then: Albanian "Vitin" (the year) for Vitina, "Krimeve" (crimes) for
  // Crimea.
  return tokens.size() != 1 || word_use(tokens[0].norm, language) != WordUse::Common;
}

QueryBuilder::WordUse QueryBuilder::word_use(const std::string& norm, Language language) const {
  if (!count_ || !current_schema_) return WordUse::Unknown;
  const auto key = std::make_pair(norm, language);
  if (const auto known = word_uses_.find(key); known != word_uses_.end()) return known->second;
  // Counted in the language's articles: Italian "sua" (her) says nothing of
  // Romanian "SUA", Romanian "cină" (dinner) nothing of Italian "Cina".
  const Xapian::Query filter(schema::language_term(analysis::code(language)));
  // The name count first: names are few, so its list is short. The word's
  // own list may be long ("casa"), and need only be counted as far as the
  // answer: past twice the name count (and the evidence).
  const Xapian::doccount named =
      count_(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(schema::name_form_term(norm)), filter), kUncapped);
  const Xapian::doccount enough = std::max(kWordUseEvidence, named * 2 + 1);
  const Xapian::doccount plain = count_(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(norm), filter), enough);
  WordUse use = WordUse::Unknown;
  if (plain >= kWordUseEvidence) use = named * 2 < plain ? WordUse::Common : WordUse::Name;
  word_uses_.emplace(key, use);
  return use;
}

bool QueryBuilder::italian_name(const QueryItem& item, const std::vector<analysis::Token>& tokens,
                                Language language) const {
  // (A word its stem leaves whole gains nothing unstemmed: no count.)
  return language == Language::Italian && item.kind == QueryItem::Kind::Word && tokens.size() == 1 && !tokens[0].stop &&
         tokens[0].norm != tokens[0].stem && written_as_name(item.text) &&
         word_use(tokens[0].norm, Language::Italian) == WordUse::Name;
}

bool QueryBuilder::common_word_here(const QueryItem& item, const std::vector<analysis::Token>& tokens,
                                    const std::vector<const entities::Entity*>& named, Language language) const {
  // People are exempt: whoever types a surname that is also a word
  // ("putin") still gets the man beside the word.
  if (tokens.size() != 1 || written_as_name(item.text) || only_people(named)) return false;
  const WordUse use = word_use(tokens[0].norm, language);
  if (use != WordUse::Unknown) return use == WordUse::Common;
  // Where the language's articles do not tell (too few hold the word), the
  // others do: a common word of one language and a name in none ("krime",
  // Albanian crimes) names nothing in Italian either; a name in one
  // ("phenian") names it in every other.
  bool common = false;
  for (const Language other : analysis::kAllLanguages) {
    if (other == language) continue;
    const WordUse elsewhere = word_use(tokens[0].norm, other);
    if (elsewhere == WordUse::Name) return false;
    common = common || elsewhere == WordUse::Common;
  }
  return common;
}

std::vector<QueryEntity> QueryBuilder::recognise_entities(const ParsedQuery& parsed) const {
  std::vector<QueryEntity> found;
  if (!entities_) return found;
  constexpr std::size_t kLongestName = 6;  // words; longer runs are not names
  const auto& groups = parsed.required;
  // Plain words only: a "quoted phrase" asks for exactly those words.
  auto single = [&](std::size_t g) { return groups[g].size() == 1 && groups[g][0].kind == QueryItem::Kind::Word; };
  for (std::size_t first = 0; first < groups.size(); ++first) {
    if (!single(first)) continue;
    for (std::size_t last = std::min(groups.size(), first + kLongestName) - 1; last + 1 > first; --last) {
      bool words = true;
      std::string text;
      for (std::size_t g = first; g <= last && words; ++g) {
        words = single(g);
        text += (text.empty() ? "" : " ") + groups[g][0].text;
      }
      if (!words) continue;
      const auto named = named_entities({QueryItem::Kind::Word, text});
      if (named.empty()) continue;
      for (const entities::Entity* entity : named) found.push_back({entity, first, last});
      first = last;
      break;
    }
  }
  return found;
}

BuiltQuery QueryBuilder::build(const ParsedQuery& parsed, const std::vector<Language>& requested) {
  const std::vector<Language> languages =
      requested.empty() ? std::vector<Language>(analysis::kAllLanguages.begin(), analysis::kAllLanguages.end())
                        : requested;
  BuiltQuery built;
  const auto is_prefix = [](const QueryItem& item) { return item.kind == QueryItem::Kind::Prefix; };
  built.ranked = std::any_of(parsed.required.begin(), parsed.required.end(),
                             [&](const auto& group) { return !std::all_of(group.begin(), group.end(), is_prefix); });
  // Prefixes and match-all read the same terms in every language: one query
  // then, filtered by the languages asked for (none: every article holds
  // one language), rather than each language's copy of it reading the same
  // posting lists again.
  const bool same_in_every_language =
      !built.ranked && std::all_of(parsed.excluded.begin(), parsed.excluded.end(), is_prefix);
  std::vector<Xapian::Query> language_filters;
  built.entities = recognise_entities(parsed);
  std::vector<std::vector<const entities::Entity*>> excluded_entities;
  for (const QueryItem& item : parsed.excluded) excluded_entities.push_back(named_entities(item));
  // The entities each word of an OR group names (recognise_entities reads
  // groups of one word only).
  std::vector<std::vector<std::vector<const entities::Entity*>>> named_alternatives;
  std::vector<std::vector<std::size_t>> alternative_entities;  // per group and word: its first in built.entities
  std::vector<bool> in_entity(parsed.required.size(), false);
  for (const QueryEntity& named : built.entities)
    for (std::size_t g = named.first_group; g <= named.last_group; ++g) in_entity[g] = true;
  for (std::size_t g = 0; g < parsed.required.size(); ++g) {
    const auto& group = parsed.required[g];
    auto& named = named_alternatives.emplace_back(group.size());
    auto& first = alternative_entities.emplace_back(group.size());
    if (group.size() < 2) continue;
    for (std::size_t k = 0; k < group.size(); ++k) {
      named[k] = named_entities(group[k]);
      first[k] = built.entities.size();
      for (const entities::Entity* entity : named[k]) built.entities.push_back({entity, g, g, true});
    }
  }
  std::vector<Xapian::Query> interpretations;
  std::vector<bool> used(built.entities.size(), false);  // named in some interpretation
  for (Language language : languages) {
    analysis::Analyzer& analyzer = analyzers_[language];
    auto analyse = [&](const QueryItem& item) {
      return AnalysedItem{
          &item, item.kind == QueryItem::Kind::Prefix ? std::vector<analysis::Token>{} : analyzer.analyze(item.text)};
    };
    std::vector<std::vector<AnalysedItem>> groups;
    bool has_content_word = false;
    for (const auto& group : parsed.required) {
      auto& analysed = groups.emplace_back();
      for (const QueryItem& item : group) {
        analysed.push_back(analyse(item));
        has_content_word = has_content_word || !analysed.back().stop_only();
      }
    }

    HighlightTerms& highlight = built.highlights[language];
    std::vector<Xapian::Query> group_queries;
    // Groups whose every word is a function word of this language ("SUA"
    // is Italian "sua", her): such a word alone never matches.
    std::vector<bool> stop_group;
    for (const auto& group : groups) {
      stop_group.push_back(
          std::all_of(group.begin(), group.end(), [](const AnalysedItem& analysed) { return analysed.stop_only(); }));
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
      std::vector<Xapian::Query> alternatives;
      for (const AnalysedItem& analysed : groups[g]) {
        // A name among alternatives ("Putin OR Zelenski") reads as it would
        // alone: its words (as a name, if a person's written so) or the
        // entity; a function word written as a name, the entity alone ("SUA").
        const auto k = static_cast<std::size_t>(&analysed - groups[g].data());
        const auto& named = named_alternatives[g][k];
        const bool entity_only = !named.empty() && analysed.stop_only() && written_as_name(analysed.item->text);
        if (has_content_word && analysed.stop_only() && !entity_only) continue;
        if (!named.empty() && (!analysed.stop_only() || entity_only) &&
            !common_word_here(*analysed.item, analysed.tokens, named, language)) {
          for (std::size_t e = 0; e < named.size(); ++e) used[alternative_entities[g][k] + e] = true;
          const Xapian::Query words =
              entity_only ? Xapian::Query() : item_query(*analysed.item, analysed.tokens, language, &highlight);
          alternatives.push_back(
              combine(Xapian::Query::OP_OR, name_readings(words, analysed.tokens, written_as_name(analysed.item->text),
                                                          named, language, &highlight)));
          continue;
        }
        // In Italian, which does not inflect names, a capitalised word no
        // entity of the base has that the articles mostly write as a name is
        // that name as written, not stemmed: "Conte" is Giuseppe, Antonio or
        // Loredana Conte, not "conto" (an account), which Snowball stems
        // alike. Mostly a common word, it stays a word: a phone capitalises
        // the first word of any query ("Guerra").
        const bool name = !in_entity[g] && italian_name(*analysed.item, analysed.tokens, language);
        alternatives.push_back(item_query(*analysed.item, analysed.tokens, language, &highlight, !name));
      }
      group_queries.push_back(combine(Xapian::Query::OP_OR, alternatives));
    }
    // Words naming an entity: those words, or the entity however the article wrote it.
    for (std::size_t i = 0; i < built.entities.size();) {
      if (built.entities[i].alternative) {  // read above, with its OR group
        ++i;
        continue;
      }
      const std::size_t first = built.entities[i].first_group;
      const std::size_t last = built.entities[i].last_group;
      std::vector<Xapian::Query> words(group_queries.begin() + static_cast<std::ptrdiff_t>(first),
                                       group_queries.begin() + static_cast<std::ptrdiff_t>(last) + 1);
      // The words themselves, unless they are only function words here. Then
      // written as a name, the entity alone ("SUA" finds the United States,
      // not Italian "sua"); in lower case, the function word, as if no
      // entity were named ("sua madre" asks for "madre").
      const bool only_stop_words =
          std::all_of(stop_group.begin() + static_cast<std::ptrdiff_t>(first),
                      stop_group.begin() + static_cast<std::ptrdiff_t>(last) + 1, [](bool stop) { return stop; });
      bool as_name = false;
      for (std::size_t g = first; g <= last; ++g) as_name = as_name || written_as_name(parsed.required[g][0].text);
      if (only_stop_words && !as_name) {
        while (i < built.entities.size() && built.entities[i].first_group == first) ++i;
        continue;
      }
      std::vector<const entities::Entity*> named;
      for (std::size_t k = i; k < built.entities.size() && built.entities[k].first_group == first; ++k)
        named.push_back(built.entities[k].entity);
      // A word in lower case that this language's articles mostly write as a
      // common word names no place or body here: "krime" is crimes, not
      // Crimea; "cina" is Romanian dinner but Italian China.
      if (first == last && groups[first].size() == 1 &&
          common_word_here(*groups[first][0].item, groups[first][0].tokens, named, language)) {
        i += named.size();
        continue;
      }
      std::vector<analysis::Token> tokens;
      for (std::size_t g = first; g <= last; ++g)
        for (const AnalysedItem& analysed : groups[g])
          tokens.insert(tokens.end(), analysed.tokens.begin(), analysed.tokens.end());
      const Xapian::Query written = only_stop_words ? Xapian::Query() : combine(Xapian::Query::OP_AND, words);
      group_queries[first] =
          combine(Xapian::Query::OP_OR, name_readings(written, tokens, as_name, named, language, &highlight));
      for (std::size_t e = 0; e < named.size(); ++e) used[i + e] = true;
      i += named.size();
      for (std::size_t g = first + 1; g <= last; ++g) group_queries[g] = Xapian::Query();
    }
    Xapian::Query positive = parsed.required.empty() ? match_all() : combine(Xapian::Query::OP_AND, group_queries);
    // Words that analyse to nothing ("!!!") leave nothing to find.
    if (positive.empty()) continue;
    std::vector<Xapian::Query> excluded;
    for (const QueryItem& item : parsed.excluded) {
      const AnalysedItem analysed = analyse(item);
      // Leaving out a named entity leaves it out however an article wrote it,
      // as naming it finds it so: "-Pyongyang" also drops "Phenianit". As
      // there, a function word written as a name is the entity alone ("-SUA").
      const auto& named = excluded_entities[&item - parsed.excluded.data()];
      const bool entity_only = !named.empty() && analysed.stop_only() && written_as_name(item.text);
      // As the same word asked for: unstemmed where it would be (below).
      const Xapian::Query written =
          entity_only ? Xapian::Query()
                      : item_query(item, analysed.tokens, language, nullptr,
                                   named.empty() ? !italian_name(item, analysed.tokens, language) : true);
      // A common word here names nothing: the word alone.
      const bool names = !named.empty() && !common_word_here(item, analysed.tokens, named, language);
      for (Xapian::Query& reading :
           name_readings(written, analysed.tokens, written_as_name(item.text),
                         names ? named : std::vector<const entities::Entity*>{}, language, nullptr))
        excluded.push_back(std::move(reading));
    }
    const Xapian::Query negative = combine(Xapian::Query::OP_OR, excluded);
    if (!negative.empty()) positive = Xapian::Query(Xapian::Query::OP_AND_NOT, positive, negative);
    const Xapian::Query filter(schema::language_term(analysis::code(language)));
    if (same_in_every_language) {
      if (interpretations.empty()) interpretations.push_back(positive);
      language_filters.push_back(filter);
      continue;
    }
    interpretations.emplace_back(Xapian::Query::OP_FILTER, positive, filter);
  }
  // The entities no interpretation asked for are not the query's.
  for (std::size_t i = built.entities.size(); i-- > 0;)
    if (!used[i]) built.entities.erase(built.entities.begin() + static_cast<std::ptrdiff_t>(i));
  if (same_in_every_language && !interpretations.empty()) {
    const bool every_language = language_filters.size() == analysis::kAllLanguages.size();
    built.query = every_language ? interpretations.front()
                                 : Xapian::Query(Xapian::Query::OP_FILTER, interpretations.front(),
                                                 combine(Xapian::Query::OP_OR, language_filters));
    return built;
  }
  built.query = combine(Xapian::Query::OP_OR, interpretations);
  return built;
}

}  // namespace kronika::search
