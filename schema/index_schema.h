// The index schema: every term prefix, value slot and metadata key Kronika
// writes. Indexer and searcher both read it from here and nowhere else.
//
// Terms of one article
//   (no prefix)  plain words, case-folded and diacritic-free, with positions
//                (phrases, prefix*, exact forms)              "rusise"
//   Z            language stems, diacritic-free, no positions "Zrus"
//   N            name keys of the words of names (schema/name_terms.h): every
//                capitalised word inside a mention of an actor or place the
//                extractor found (known or not), no positions, boolean. A query word
//                written as a name asks for them, so "Putin" finds the man and
//                not Romanian "puțin", "Rama" Edi and Përparim Rama, not
//                "ramă" nor the village "Rami"                    "Nputin"
//   M            the same words' plain forms, boolean: how often a word is
//                written as a name, against its plain term's count, tells
//                a query in lower case whether it is a name ("phenian") or
//                a common word ("krime", crimes; not Crimea)      "Mputinit"
//   B            two adjacent plain words that are both common words
//                (stop words of any language and frequent general words:
//                analysis::is_common_word), no positions: a phrase of
//                common words asks for one list              "Bsi sono"
//   Q            unique article id (replace_document key)     "Qsq-01"
//   L            language code, a boolean filter              "Lsq"
//   DD DM DY     days, months, years a date interval touches  "DM202406"
//   WM WY        months, years a date interval covers whole   "WY2019"
//                (mentioned dates and the publication date; see schema/date_terms.h)
//   XA XP        actors (people, organisations) and places by entity id,
//                wdf = mentions, so a query that names an entity ranks by it
//                                                             "XAvladimir-putin"
//
// Values
//   kPublishedSlot  publication date "YYYYMMDD"; unknown month/day are "00"
//                   ("20230900"), so a string sort is a date sort
//   kLanguageSlot   language code, for the language facet
//   kTimelineSlot   the years and months the article's dates touch,
//                   space-separated ("2024 2024-06 2019"), for the timeline facet
//   kActorSlots, kPlaceSlots
//                   the article's most mentioned actors and places, one per
//                   slot (entity_slot_value), for facets: Xapian's own
//                   ValueCountMatchSpy counts one value per slot per document,
//                   and it works over remote shards, where custom spies do not
//   kActorListSlot, kPlaceListSlot
//                   the same values in one slot, joined by U+001E, for the
//                   local facet spy (search/entity_facet_counter.h): one value
//                   read per article instead of one per facet slot
//
// Document data: the article as JSON (schema/stored_article.h), original text
// included, so results and snippets need no other store.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

#include "analysis/common_words.h"

namespace kronika::schema {

inline constexpr std::string_view kStemPrefix = "Z";
inline constexpr std::string_view kBigramPrefix = "B";
inline constexpr std::string_view kNamePrefix = "N";
inline constexpr std::string_view kNameFormPrefix = "M";
inline constexpr std::string_view kIdPrefix = "Q";
inline constexpr std::string_view kLanguagePrefix = "L";
inline constexpr std::string_view kActorPrefix = "XA";
inline constexpr std::string_view kPlacePrefix = "XP";

inline constexpr Xapian::valueno kPublishedSlot = 0;
inline constexpr Xapian::valueno kLanguageSlot = 1;
inline constexpr Xapian::valueno kTimelineSlot = 2;
inline constexpr Xapian::valueno kActorListSlot = 3;
inline constexpr Xapian::valueno kPlaceListSlot = 4;
// Facet slots: kFirstActorSlot.. and kFirstPlaceSlot.., kEntitySlots each.
// An article's entities beyond that many (least mentioned first out) still
// have their terms, so filters find them; facets count its top ones.
inline constexpr Xapian::valueno kFirstActorSlot = 10;
inline constexpr Xapian::valueno kFirstPlaceSlot = 30;
inline constexpr unsigned kEntitySlots = 16;

// Title words count this many times as often as body words (BM25 wdf).
inline constexpr Xapian::termcount kTitleWeight = 3;
// Positions of body words start after the title plus this gap, so a phrase
// never spans title and body.
inline constexpr Xapian::termpos kTitleBodyGap = 100;

// Database metadata.
inline constexpr std::string_view kLastUpdateKey = "kronika.last_update";  // ISO 8601 UTC of the last commit
inline constexpr std::string_view kSchemaVersionKey = "kronika.schema";
// Bumped whenever the terms an article produces change (prefixes, stemmers):
// 3 = Snowball 2.2 Romanian, Albanian irregular verbs and Gheg endings,
// entity list slots; 4 = words glued at a full stop split
// (analysis/tokenizer.h); 5 = bigram terms of common words (a query uses
// them only on a database of this schema: search/query_builder.h); 6 =
// frequent general words are common words too (analysis/common_words.cc);
// 7 = Albanian stemmer, fourth version (Kosovo Gheg forms, more irregular verbs);
// 8 = ids of found entities shared by their case forms (entities/found_id.h);
// 9 = also the Albanian endings of foreign surnames in a vowel (Mbappes, Zelenskyt),
// and the Albanian stemmer's -yt/-yn of names in -y (Zelenskyt → zelensky);
// 10 = name-word terms (N, M).
inline constexpr std::string_view kSchemaVersion = "10";

// The schema version `database` records when it is another one than
// kSchemaVersion; nullopt when it is this one or none (a new database).
inline std::optional<std::string> other_schema_version(const Xapian::Database& database) {
  std::string version = database.get_metadata(std::string(kSchemaVersionKey));
  if (version.empty() || version == kSchemaVersion) return std::nullopt;
  return version;
}

// prefix + value, built by append: GCC 12's -Wrestrict misfires on
// operator+ of two temporaries when inlined (GCC bug 105329).
inline std::string prefixed(std::string_view prefix, std::string_view value) {
  std::string term;
  term.reserve(prefix.size() + value.size());
  term.append(prefix).append(value);
  return term;
}

inline std::string id_term(std::string_view id) {
  return prefixed(kIdPrefix, id);
}
inline std::string language_term(std::string_view code) {
  return prefixed(kLanguagePrefix, code);
}
inline std::string stem_term(std::string_view stem) {
  return prefixed(kStemPrefix, stem);
}
// `key`: a name key, diacritic-free (schema::name_terms makes them).
inline std::string name_term(std::string_view key) {
  return prefixed(kNamePrefix, key);
}
// `norm`: the word's plain term (analysis::Token::norm).
inline std::string name_form_term(std::string_view norm) {
  return prefixed(kNameFormPrefix, norm);
}
// Common words are short, so the term stays far below glass's 245 bytes.
inline std::string bigram_term(std::string_view first, std::string_view second) {
  std::string term = prefixed(kBigramPrefix, first);
  term += ' ';
  term += second;
  return term;
}
// The one rule for which pairs have a bigram term: two adjacent plain words
// that are both common words (analysis::is_common_word). The indexer writes
// the term and a phrase asks for it by this function, so they cannot
// disagree. nullopt for any other pair.
inline std::optional<std::string> common_bigram_term(std::string_view first, std::string_view second) {
  if (!analysis::is_common_word(first) || !analysis::is_common_word(second)) return std::nullopt;
  return bigram_term(first, second);
}

inline std::string actor_term(std::string_view entity_id) {
  return prefixed(kActorPrefix, entity_id);
}
inline std::string place_term(std::string_view entity_id) {
  return prefixed(kPlacePrefix, entity_id);
}
// The term of an entity, an actor's (person, organisation) or a place's.
inline std::string entity_term(bool actor, std::string_view entity_id) {
  return actor ? actor_term(entity_id) : place_term(entity_id);
}

// Longest id accepted: an id term must stay well under glass's 245-byte limit.
inline constexpr std::size_t kMaxIdBytes = 200;

}  // namespace kronika::schema
