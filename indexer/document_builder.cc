#include "indexer/document_builder.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "analysis/normalizer.h"
#include "entities/nested_mentions.h"
#include "schema/date_terms.h"
#include "schema/entity_slots.h"
#include "schema/index_schema.h"
#include "schema/name_terms.h"
#include "schema/stored_article.h"

namespace kronika::indexer {

namespace {

// Adds the plain term (with position) and the stem term of every token, and
// the bigram term of two adjacent common words (schema::common_bigram_term).
void add_tokens(Xapian::Document& document, const std::vector<analysis::Token>& tokens, Xapian::termpos first_position,
                Xapian::termcount weight, bool stemmed) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const analysis::Token& token = tokens[i];
    document.add_posting(token.norm, first_position + token.position, weight);
    if (stemmed) document.add_term(schema::stem_term(token.stem), weight);
    if (i == 0 || tokens[i - 1].position + 1 != token.position) continue;
    if (auto bigram = schema::common_bigram_term(tokens[i - 1].norm, token.norm)) document.add_term(*bigram, weight);
  }
}

// The name terms of every capitalised token inside a mention (both sorted by
// start): the words the extractor read as a name, so a query word written as a name
// finds the name and not the common word folded to the same letters
// (Romanian "puțin" is "putin"), and a query in lower case can tell a name
// from a common word (schema::name_term, schema::name_form_term).
void add_name_terms(Xapian::Document& document, const std::vector<analysis::Token>& tokens, analysis::Language language,
                    const std::vector<entities::EntityMention>& mentions) {
  std::size_t next = 0;  // the first token not before the mention
  for (const entities::EntityMention& mention : mentions) {
    while (next < tokens.size() && tokens[next].start < mention.start) ++next;
    for (std::size_t i = next; i < tokens.size() && tokens[i].end <= mention.end; ++i) {
      // Not the lower-case words of a name ("Koreja e Veriut"), nor of a body
      // named by a common noun ("il governo"): nobody types them as a name.
      if (!analysis::has_capital(tokens[i].text)) continue;
      for (const std::string& term : schema::name_terms(language, tokens[i])) document.add_boolean_term(term);
      document.add_boolean_term(schema::name_form_term(tokens[i].norm));
    }
  }
}

// The years and months an interval touches, for the timeline facet. Month
// bars only come from month-precise intervals (up to a quarter): "nel 2019"
// is one year bar, not twelve month bars.
void add_timeline_keys(const schema::Day& from, const schema::Day& to, std::set<std::string>& keys) {
  constexpr int kMaxTimelineMonths = 3;
  char buffer[16];
  const int months = (to.year * 12 + to.month) - (from.year * 12 + from.month) + 1;
  for (int year = from.year; year <= to.year && year < from.year + schema::kMaxYearTerms; ++year) {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
    keys.insert(buffer);
  }
  if (months > kMaxTimelineMonths) return;
  for (int index = from.year * 12 + from.month - 1; index <= to.year * 12 + to.month - 1; ++index) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", index / 12, index % 12 + 1);
    keys.insert(buffer);
  }
}

}  // namespace

void DocumentBuilder::add_entities(Xapian::Document& document,
                                   const std::vector<entities::ArticleEntity>& found) const {
  unsigned actors = 0;
  unsigned places = 0;
  std::string actor_list;
  std::string place_list;
  // Facet slots go to known entities first (most mentioned first), then to
  // names found in the text: a known entity is what users filter and count by.
  std::vector<const entities::ArticleEntity*> ordered;
  for (const auto& entity : found) ordered.push_back(&entity);
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto* a, const auto* b) { return a->known > b->known; });
  for (const entities::ArticleEntity* pointer : ordered) {
    const entities::ArticleEntity& entity = *pointer;
    if (entity.id.empty() || entity.id.size() > schema::kMaxIdBytes) continue;  // glass limits term length
    const auto mentions = static_cast<Xapian::termcount>(std::max<std::size_t>(1, entity.mentions.size()));
    const bool actor = entities::is_actor(entity.type);
    document.add_term(schema::entity_term(actor, entity.id), mentions);
    // A one-word name found once, with no entity behind it ("Angara", "Aurus")
    // is as often a product or a stray capital as a name: filterable, not a facet.
    // Nor is a body named by a common noun ("la polizia", "il governo cinese"):
    // an actor of its article, but across articles it means a different
    // police or government each time, so it must not be counted as one.
    const bool common_noun = !entity.known && !entity.name.empty() && entity.name[0] >= 'a' && entity.name[0] <= 'z';
    const bool tentative =
        common_noun || (!entity.known && entity.name.find(' ') == std::string::npos && entity.mentions.size() < 2);
    unsigned& used = actor ? actors : places;
    if (!tentative && used < schema::kEntitySlots) {
      const std::string value = schema::entity_slot_value(entity);
      document.add_value((actor ? schema::kFirstActorSlot : schema::kFirstPlaceSlot) + used, value);
      std::string& list = actor ? actor_list : place_list;
      if (!list.empty()) list += schema::kEntityListSeparator;
      list += value;
      ++used;
    }
  }
  if (!actor_list.empty()) document.add_value(schema::kActorListSlot, actor_list);
  if (!place_list.empty()) document.add_value(schema::kPlaceListSlot, place_list);
}

Xapian::Document DocumentBuilder::build(const schema::Article& input) {
  schema::Article article = input;
  const std::optional<analysis::PartialDate> published = analysis::parse_partial_date(article.published);
  article.dates = analysis::DateExtractor(article.language).extract(article.text, published);

  const std::string_view language_code = analysis::code(article.language);
  Xapian::Document document;
  document.add_boolean_term(schema::id_term(article.id));
  document.add_boolean_term(schema::language_term(language_code));
  document.add_value(schema::kLanguageSlot, std::string(language_code));
  if (const std::string published = schema::published_value(article.published); !published.empty()) {
    document.add_value(schema::kPublishedSlot, published);
  }

  analysis::Analyzer& analyzer = analyzers_[article.language];
  // Undetermined articles have no stemmer: their stems would only repeat the plain terms.
  const bool stemmed = article.language != analysis::Language::Undetermined;
  const auto title = analyzer.analyze(article.title);
  add_tokens(document, title, 1, schema::kTitleWeight, stemmed);
  const Xapian::termpos body_start = static_cast<Xapian::termpos>(title.size()) + schema::kTitleBodyGap;
  const auto body = analyzer.analyze(article.text);
  add_tokens(document, body, body_start, 1, stemmed);

  // Actors and places; words inside a date ("June 17") are not names.
  std::vector<std::pair<std::size_t, std::size_t>> date_spans;
  for (const analysis::DateMention& date : article.dates) date_spans.emplace_back(date.start, date.end);
  std::vector<entities::EntityMention> mentions = extractor_.extract(article.text, body, article.language, date_spans);
  credits_.drop(mentions, article.source);
  // Known entities inside longer names count too ("Universitatea Ewha din Seul" is also in Seoul).
  for (auto& inner : entities::nested_known_mentions(base_, article.text, body, article.language, mentions)) {
    mentions.push_back(std::move(inner));
  }
  std::stable_sort(
      mentions.begin(), mentions.end(),
      [](const entities::EntityMention& a, const entities::EntityMention& b) { return a.start < b.start; });
  article.entities = entities::group_mentions(mentions);
  add_name_terms(document, body, article.language, mentions);
  // A title names what the article is about: its entities count even when
  // the text does not repeat them (they are stored without mentions).
  std::vector<entities::EntityMention> in_title = extractor_.extract(article.title, title, article.language);
  credits_.drop(in_title, article.source);
  add_name_terms(document, title, article.language, in_title);
  for (const auto& group : entities::group_mentions(in_title)) {
    const bool in_text = std::any_of(article.entities.begin(), article.entities.end(),
                                     [&](const entities::ArticleEntity& entity) { return entity.id == group.id; });
    if (!in_text) article.entities.push_back({group.id, group.type, group.known, group.name, {}});
  }
  document.set_data(schema::serialize_article(article));
  add_entities(document, article.entities);

  // Mentioned dates and the publication date, as overlap-searchable terms.
  std::set<std::string> timeline;
  auto add_interval = [&](const std::optional<schema::Day>& from, const std::optional<schema::Day>& to) {
    if (!from || !to || *to < *from) return;
    for (const std::string& term : schema::date_terms(*from, *to)) document.add_boolean_term(term);
    add_timeline_keys(*from, *to, timeline);
  };
  for (const analysis::DateMention& date : article.dates) {
    if (!date.from.empty()) add_interval(schema::parse_day(date.from), schema::parse_day(date.to));
  }
  if (!article.published.empty()) {
    add_interval(schema::first_day_of(article.published), schema::last_day_of(article.published));
  }
  std::string timeline_value;
  for (const std::string& key : timeline) timeline_value += (timeline_value.empty() ? "" : " ") + key;
  if (!timeline_value.empty()) document.add_value(schema::kTimelineSlot, timeline_value);
  return document;
}

}  // namespace kronika::indexer
