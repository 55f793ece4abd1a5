// ParsedQuery → Xapian::Query, interpreting the query once per language:
// each interpretation uses that language's analyzer and is matched only
// against articles of that language, so "vizita" finds Albanian vizitë,
// Romanian vizită and Italian visita articles with their own stemmers.
//
// Per language L and query word w (analysed with L's chain):
//   SYNONYM( plain(w), Z+stem_L(w) )     inflected and unaccented forms
// Phrases use plain terms with positions; two adjacent common words in a
// phrase use their bigram term, on a database that has them (exactly the
// phrase for two words; for longer phrases a filter that spares the
// position check of most articles); prefix* expands plain terms and, as in
// Lucene, weighs nothing (a constant score).
// Stop words of L are left out of L's interpretation when the query has
// other words ("Koreja e Veriut" → Koreja AND Veriut), kept when it has none.
// The whole query is  OR over L of ( query_L FILTER Llang ); a query of
// prefixes alone (or none: a browse) reads the same in every language and
// is  query FILTER OR(Llang)  once, without the filter for every language.
//
// Plain words that are a known entity's name or alias as written, in any
// language ("Pyongyang", "Phenian", "North Korea"), also match the entity
// itself, so articles in other languages that name it their own way are found
// (an inflected form such as "Rusise", or a "quoted phrase", stays literal):
//   words_L  →  OR( words_L, XP<id> )       ("Phenianit", "Phenianul" articles)
// Written as a name (with a capital), the words match only where an article
// wrote them as a name too (schema::name_term): "Putin" finds Vladimir Putin
// and any other Putin, not Romanian "puțin"; "Rama" finds Përparim Rama as
// well as Edi Rama, not Romanian "ramă":
//   words_L  →  OR( words_L FILTER AND(N+key_L(w)), XA<id> )
// In Italian a capitalised word no entity has that the articles mostly write
// as a name matches as written, unstemmed ("Conte": not "conto").
#pragma once

#include <functional>
#include <map>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "entities/entity_base.h"
#include "search/highlighter.h"
#include "search/query_parser.h"

namespace kronika::search {

// Query words recognised as a known entity.
struct QueryEntity {
  const entities::Entity* entity;
  std::size_t first_group, last_group;  // in ParsedQuery::required
  // Named by one word of an OR group ("Putin OR Zelenski"), not by the group.
  bool alternative = false;
};

struct BuiltQuery {
  Xapian::Query query;
  std::vector<QueryEntity> entities;
  std::map<analysis::Language, HighlightTerms> highlights;  // per language interpretation
  // Some positive word carries a weight: hits by relevance. Else (a browse
  // without words, or prefix* alone, which weighs nothing) newest first.
  bool ranked = false;
};

// The terms a prefix* stands for, at most `limit`, most frequent first.
// Xapian's OP_WILDCARD applies its limit shard by shard, so over several
// shards each would keep its own most frequent terms and the answer would
// differ from one database's; an expander over the whole database (global
// frequencies) gives the same terms either way.
using PrefixExpander = std::function<std::vector<std::string>(const std::string& prefix, unsigned limit)>;

// How many articles a query matches: exactly up to `enough`, and at least
// `enough` when more do.
using MatchCount = std::function<Xapian::doccount(const Xapian::Query& query, Xapian::doccount enough)>;
inline constexpr Xapian::doccount kUncapped = static_cast<Xapian::doccount>(-1);

// The server's count: an unranked match of `database`, stopped at `enough`.
Xapian::doccount count_matches(const Xapian::Database& database, const Xapian::Query& query,
                               Xapian::doccount enough = kUncapped);

// The server's expander: the `limit` terms of `database` starting with
// `prefix` that the most articles hold (then alphabetical).
std::vector<std::string> expand_prefix(const Xapian::Database& database, const std::string& prefix, unsigned limit);

class QueryBuilder {
 public:
  // `entities` may be null (no entity matching); it must outlive the builder.
  // Without `expand`, prefix* becomes OP_WILDCARD. `current_schema`: the
  // database holds the bigram terms of schema::common_bigram_term and the
  // name terms of schema::name_term; an older one is asked for plain phrases
  // and names as plain words. `count`: counts of the database's articles,
  // by which a word in lower case that a language's articles mostly write
  // as a common word names no place or body in that language (word_use);
  // without it, or on an older database, any does. Counts are remembered
  // for the builder's life: build one per search, as the database grows.
  QueryBuilder(analysis::AnalyzerSet& analyzers, unsigned wildcard_max_expansion,
               const entities::EntityBase* entities = nullptr, PrefixExpander expand = {}, bool current_schema = false,
               MatchCount count = {})
      : analyzers_(analyzers),
        wildcard_max_expansion_(wildcard_max_expansion),
        entities_(entities),
        expand_(std::move(expand)),
        current_schema_(current_schema),
        count_(std::move(count)) {}

  // `languages`: the interpretations to build (and the article languages to
  // search); empty means all.
  BuiltQuery build(const ParsedQuery& parsed, const std::vector<analysis::Language>& languages);

 private:
  // Query for one analysed item in one language, or an empty Query when the
  // item has no words in it (punctuation only). `stem`: a word matches its
  // stem too (else only as written).
  Xapian::Query item_query(const QueryItem& item, const std::vector<analysis::Token>& tokens,
                           analysis::Language language, HighlightTerms* highlight, bool stem = true) const;

  // `words` where the article wrote them as a name: filtered by the name
  // terms (schema::name_terms in `language`) of the last capitalised word of
  // `tokens`, which is marked in snippets only where written as that name.
  Xapian::Query only_as_name(const Xapian::Query& words, const std::vector<analysis::Token>& tokens,
                             analysis::Language language, HighlightTerms* highlight) const;

  // What words naming the entities `named` read as, one reading each: the
  // words (only where written as that name, when a person's name was
  // `capitalised`: only_as_name; none when `words` is empty), or any of the
  // entities however an article wrote it. The one rule for a name alone, a
  // name among OR alternatives and a name left out.
  std::vector<Xapian::Query> name_readings(const Xapian::Query& words, const std::vector<analysis::Token>& tokens,
                                           bool capitalised, const std::vector<const entities::Entity*>& named,
                                           analysis::Language language, HighlightTerms* highlight) const;

  // Runs of plain words that name known entities, longest first.
  std::vector<QueryEntity> recognise_entities(const ParsedQuery& parsed) const;
  // The known entities a plain word or words name as written (none for
  // phrases).
  std::vector<const entities::Entity*> named_entities(const QueryItem& item) const;
  // Whether the articles link a case form the user typed (`tokens`) to
  // `entity`: in the language whose articles most often write it as a name
  // of that entity (schema::name_terms of its capitalised words, so a form
  // typed without its ë or ă is no form of the name), at least
  // kLinkEvidence articles and half of those writing it as a name do, as
  // do half of any articles writing the form itself as a name
  // (schema::name_form_term), and that language's articles do not mostly
  // write the word as a common word (word_use). The links are the index's
  // own (articles holding both the name term and the entity's term), so it
  // trusts the extractor of the database. False without counts or on an
  // older database. Remembered for the builder's life.
  bool linked_in_articles(const std::vector<analysis::Token>& tokens, const entities::Entity& entity) const;
  bool count_links(const std::vector<analysis::Token>& tokens, const entities::Entity& entity) const;
  static constexpr Xapian::doccount kLinkEvidence = 2;
  // Whether a word the user typed in lower case, naming places or bodies
  // (`named`), is in `language` a common word rather than their name:
  // "krime" is Albanian crimes, not Crimea ("Krime"); "punë" work, not Pune;
  // "porto" in Italian a port; where `language`'s articles do not tell, a
  // common word of another language and a name of none. People are never:
  // "putin" is still the man.
  bool common_word_here(const QueryItem& item, const std::vector<analysis::Token>& tokens,
                        const std::vector<const entities::Entity*>& named, analysis::Language language) const;
  // In Italian, which does not inflect names, a capitalised word that the
  // articles mostly write as a name: it matches as written, unstemmed.
  bool italian_name(const QueryItem& item, const std::vector<analysis::Token>& tokens,
                    analysis::Language language) const;
  // How `language`'s articles write a word (its plain term `norm`): Common
  // when more than twice as many hold it as hold it written as a name
  // (schema::name_form_term), else Name; Unknown without counts, on an older
  // database, or for a word fewer than kWordUseEvidence articles hold.
  enum class WordUse { Unknown, Name, Common };
  static constexpr Xapian::doccount kWordUseEvidence = 5;
  WordUse word_use(const std::string& norm, analysis::Language language) const;

  analysis::AnalyzerSet& analyzers_;
  unsigned wildcard_max_expansion_;
  const entities::EntityBase* entities_;
  PrefixExpander expand_;
  bool current_schema_;
  MatchCount count_;
  // Counts remembered for the builder's life, one search (its builds for the
  // answer and for the language facet ask for the same words).
  mutable std::map<std::pair<std::string, analysis::Language>, WordUse> word_uses_;
  mutable std::map<std::string, bool> linked_;  // linked_in_articles, by entity id and the words typed
  // Each language's interpretation asks for the same prefixes.
  mutable std::map<std::string, std::vector<std::string>> expanded_;
};

}  // namespace kronika::search
