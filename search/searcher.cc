#include "search/searcher.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "analysis/sentences.h"
#include "entities/found_id.h"
#include "schema/entity_slots.h"
#include "schema/index_schema.h"
#include "schema/stored_article.h"
#include "search/column_facet_count.h"
#include "search/entity_terms.h"
#include "search/query_builder.h"
#include "search/query_parser.h"
#include "search/spelling.h"

namespace kronika::search {

using analysis::Language;

Searcher::Searcher(const util::Settings& settings, const entities::EntityBase& entities, FacetColumnCache* column_cache)
    : shards_(settings),
      settings_(settings.search),
      facet_size_(settings.entities.facet_size),
      entities_(entities),
      column_cache_(column_cache) {
  if (settings.search.parallel_count && !shards_.sharded()) plain_path_ = settings.database;
}

std::shared_ptr<const FacetColumns> Searcher::facet_columns() {
  if (!column_cache_ || shards_.has_remote()) return nullptr;
  const auto revision = FacetColumns::revision_of(shards_.database());
  return revision ? column_cache_->get(*revision) : nullptr;
}

bool Searcher::refresh() {
  return shards_.refresh();
}

template <typename Work>
auto Searcher::with_retry(Work&& work) -> decltype(work()) {
  bool modified_before = false;
  std::size_t network_failures = 0;
  for (;;) {
    try {
      return work();
    } catch (const Xapian::DatabaseModifiedError&) {
      // The indexer's commits overtook our snapshot: once more on the latest.
      if (modified_before) throw;
      modified_before = true;
      shards_.refresh();
    } catch (const Xapian::NetworkError&) {
      // A remote shard went away or is too slow: answer from the others.
      // Bounded: a shard that keeps failing only after connecting is not retried forever.
      if (++network_failures > shards_.size() || !shards_.reconnect_remotes()) throw;
    }
  }
}

namespace {

std::map<std::string, Xapian::doccount> counts_of(const SlotFacetCounter& counter) {
  std::map<std::string, Xapian::doccount> counts;
  counter.for_each([&](const std::string& value, Xapian::doccount count) { counts[value] += count; });
  return counts;
}

// The date and publication filters of a request, or an empty Query when none.
// Articles mentioning (or published on) a date overlapping [from, to]; either end may be open.
// The range is first cut to the years the index holds (its DY terms): an
// open or very wide range ("from=2024") would otherwise ask every shard for
// thousands of year terms up to 9999.
Xapian::Query mentioned_dates_query(const Xapian::Database& database, const std::optional<schema::Day>& from,
                                    const std::optional<schema::Day>& to) {
  const std::string year_prefix = "DY";
  auto year = database.allterms_begin(year_prefix);
  if (year == database.allterms_end(year_prefix)) return Xapian::Query::MatchNothing;
  const auto year_of = [&](const std::string& term) { return std::atoi(term.c_str() + year_prefix.size()); };
  const int first_year = year_of(*year);
  int last_year = first_year;
  for (; year != database.allterms_end(year_prefix); ++year) last_year = year_of(*year);
  const schema::Day low = std::max(from.value_or(schema::Day{1, 1, 1}), schema::Day{first_year, 1, 1});
  const schema::Day high = std::min(to.value_or(schema::Day{9999, 12, 31}), schema::Day{last_year, 12, 31});
  if (high < low) return Xapian::Query::MatchNothing;
  return schema::date_range_query(low, high);
}

Xapian::Query date_filter(const Xapian::Database& database, const SearchRequest& request) {
  std::vector<Xapian::Query> filters;
  if (request.dates_from || request.dates_to)
    filters.push_back(mentioned_dates_query(database, request.dates_from, request.dates_to));
  if (request.published_from || request.published_to) {
    // Slot values are YYYYMMDD with "00" for unknown parts: a month-only date
    // "20230900" is inside a range that covers its whole month.
    const auto key = [](const schema::Day& day) { return schema::published_value(schema::format_day(day)); };
    std::string low;
    if (request.published_from) {
      const schema::Day& from = *request.published_from;
      low = key(from);
      if (from.day == 1) low.replace(6, 2, "00");
      if (from.day == 1 && from.month == 1) low.replace(4, 2, "00");
    }
    const std::string high = request.published_to ? key(*request.published_to) : "99999999";
    filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kPublishedSlot, low, high);
  }
  if (filters.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
}

Xapian::Query with_filter(const Xapian::Query& query, const Xapian::Query& filter) {
  return filter.empty() ? query : Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

Xapian::Query both(const Xapian::Query& a, const Xapian::Query& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return Xapian::Query(Xapian::Query::OP_AND, a, b);
}

// The first `count` items in `before` order; the rest, never shown, are
// dropped unordered.
template <typename Item, typename Before>
void keep_top(std::vector<Item>& items, std::size_t count, Before before) {
  const auto top = items.begin() + static_cast<std::ptrdiff_t>(std::min(count, items.size()));
  std::partial_sort(items.begin(), top, items.end(), before);
  items.erase(top, items.end());
}

// One spy per facet slot of a kind (schema/index_schema.h).
// The timeline facet from the counts of whole kTimelineSlot values
// ("2024 2024-06 2019" → n articles): each key gets the articles of every
// value holding it. Xapian's own spy, so it works over remote shards.
void add_timeline(const SlotFacetCounter& counter, SearchResponse& response) {
  counter.for_each([&](const std::string& value, Xapian::doccount count) {
    std::size_t start = 0;
    while (start < value.size()) {
      std::size_t end = value.find(' ', start);
      if (end == std::string::npos) end = value.size();
      if (end > start) {
        const std::string key = value.substr(start, end - start);
        (key.size() == 4 ? response.timeline_years : response.timeline_months)[key] += count;
      }
      start = end + 1;
    }
  });
}

// "20230900" → "2023-09"; "" → "".
std::string published_from_value(const std::string& value) {
  if (value.size() != 8) return {};
  std::string out = value.substr(0, 4);
  if (value.compare(4, 2, "00") != 0) out += "-" + value.substr(4, 2);
  if (value.compare(6, 2, "00") != 0) out += "-" + value.substr(6, 2);
  return out;
}

}  // namespace

Xapian::Query Searcher::entity_filter(const std::vector<std::string>& actors, const std::vector<std::string>& places,
                                      std::vector<std::string>& unresolved,
                                      std::vector<std::vector<std::string>>* ids) {
  Xapian::Query filter;
  auto add = [&](const std::vector<std::string>& values, bool actor) {
    for (const std::string& value : values) {
      const std::vector<std::string> terms =
          entity_filter_terms(value, actor, entities_, analyzers_, shards_.database());
      if (terms.empty()) {
        unresolved.push_back(value);
        continue;
      }
      if (ids) {
        auto& meanings = ids->emplace_back();
        const std::size_t prefix = (actor ? schema::kActorPrefix : schema::kPlacePrefix).size();
        for (const std::string& term : terms) meanings.push_back(term.substr(prefix));
      }
      filter = both(filter, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    }
  };
  add(actors, true);
  add(places, false);
  return filter;
}

std::vector<EntityCount> Searcher::entity_facet(const EntityFacetCounter& counter, const std::string& ui_lang,
                                                const std::string& except) const {
  // A common word matches articles naming thousands of entities, and only
  // facet_size_ are shown: the counter keeps the entities that can still
  // make the top (counts at or above the facet_size_-th largest: ties at it
  // are decided by name, so every entity at it gets one), and only those
  // are named here (CPU profile in bench/README-speed.md).
  if (facet_size_ == 0) return {};
  const std::vector<EntityFacetCounter::Tally> tallies = counter.tally(except, facet_size_);
  std::vector<EntityCount> facet;
  for (const EntityFacetCounter::Tally& tally : tallies) {
    const schema::SlotEntity slot = schema::parse_entity_slot_value(tally.value);
    EntityCount item;
    item.id = slot.id;
    item.count = tally.count;
    item.known = slot.known;
    if (const entities::Entity* entity = slot.known ? entities_.find(slot.id) : nullptr) {
      item.name = entity->display_name(ui_lang);
      item.type = entity->type;
    } else {
      item.name = slot.name.empty() ? slot.id : slot.name;
      item.type = slot.type;
    }
    facet.push_back(std::move(item));
  }
  keep_top(facet, facet_size_, [](const EntityCount& a, const EntityCount& b) {
    return a.count != b.count ? a.count > b.count : a.name < b.name;
  });
  return facet;
}

std::vector<MarkedSpan> Searcher::title_mentions(const schema::Article& article,
                                                 const std::unordered_map<std::string, std::size_t>& named) {
  std::vector<MarkedSpan> marked;
  if (named.empty() || article.title.empty()) return marked;
  const std::string_view title = article.title;
  const std::vector<analysis::Token> tokens =
      analyzers_[article.language].analyze(title, analysis::Analyzer::Stems::No);
  std::vector<std::string> words, written;
  for (const analysis::Token& token : tokens) {
    words.push_back(token.norm);
    written.push_back(entities::written_form(token));  // accents as written: "Punë" is no Pune
  }
  // A name does not run across punctuation ("Koreja, e Veriut"): runs of
  // words with only spaces between them.
  std::vector<std::size_t> run_end(tokens.size());
  for (std::size_t i = tokens.size(); i-- > 0;) {
    const bool joined =
        i + 1 < tokens.size() &&
        title.substr(tokens[i].byte_end, tokens[i + 1].byte_start - tokens[i].byte_end).find_first_not_of(' ') ==
            std::string_view::npos;
    run_end[i] = joined ? run_end[i + 1] : i + 1;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // The longest name here, as the extractor reads it; a query entity's only
    // if that longest one is ("Washington Post" is no Washington).
    std::size_t longest = 0;
    const std::string* id = nullptr;
    for (const auto& [index, length] : entities_.names_at(article.language, words, i, run_end[i] - i, &written)) {
      const entities::EntityBase::Name& name = entities_.name(index);
      // An acronym only in capitals (before any hyphenated ending: "OKB-së"):
      // "Sua" is no SUA, "Aurul" no AUR.
      const std::string_view text = tokens[i].text;
      if (name.acronym && !entities::is_acronym(text.substr(0, text.find('-')))) continue;
      if (length > longest) longest = length, id = nullptr;
      if (length == longest && !id && named.count(entities_.at(name.entity).id)) id = &entities_.at(name.entity).id;
    }
    if (!longest) continue;
    if (id) marked.push_back({tokens[i].start, tokens[i + longest - 1].end, *id});
    i += longest - 1;
  }
  return marked;
}

SearchResponse Searcher::search(const SearchRequest& request) {
  return with_retry([&] {
    QueryBuilder builder(
        analyzers_, settings_.wildcard_max_expansion, &entities_,
        [this](const std::string& prefix, unsigned limit) { return expand_prefix(shards_.database(), prefix, limit); },
        shards_.current_schema(),
        [this](const Xapian::Query& query, Xapian::doccount enough) {
          return count_matches(shards_.database(), query, enough);
        });
    const ParsedQuery parsed = parse_query(request.query);
    const BuiltQuery built = builder.build(parsed, request.languages);
    SearchResponse response;
    response.suggestion = suggest_spelling(shards_.database(), request.query, parsed, analyzers_);
    for (const QueryEntity& named : built.entities) {
      const entities::Entity& entity = *named.entity;
      const std::string term = schema::entity_term(entities::is_actor(entity.type), entity.id);
      response.query_entities.push_back(
          {entity.id, entity.display_name(request.ui_lang), entity.type, true, shards_.database().get_termfreq(term)});
    }
    const Xapian::Query entities = entity_filter(request.actors, request.places, response.unresolved, nullptr);
    // A value that names nothing matches nothing (and says so in `unresolved`).
    if (!response.unresolved.empty()) return response;
    const Xapian::Query dates = both(date_filter(shards_.database(), request), entities);

    Xapian::Enquire enquire(shards_.database());
    enquire.set_query(with_filter(built.query, dates));
    if (!built.ranked || request.sort_by_date) {
      // Nothing weighs (a browse without words, prefixes alone): newest first.
      enquire.set_sort_by_value_then_relevance(schema::kPublishedSlot, /*reverse=*/true);
    }
    const std::shared_ptr<const FacetColumns> columns = facet_columns();
    SlotFacetCounter timeline_counter(schema::kTimelineSlot, FacetColumns::Column::Timeline, columns.get());
    SlotFacetCounter language_counter(schema::kLanguageSlot, FacetColumns::Column::Language, columns.get());
    const bool filtered = !request.languages.empty();
    EntityFacetCounter actor_counter(EntityFacetCounter::Kind::Actors, shards_.has_remote(), columns.get());
    EntityFacetCounter place_counter(EntityFacetCounter::Kind::Places, shards_.has_remote(), columns.get());
    // Facet language counts show what the other languages would give, as
    // faceted search UIs expect: over the query without the language filter.
    const auto unfiltered_query = [&] { return with_filter(builder.build(parsed, {}).query, dates); };

    // With the columns, facets are counted by document id in one pass
    // (search/column_facet_count.h): from the posting lists where
    // BooleanMatch reads the query, else from Xapian's matcher through one
    // spy; the ranked match stops at the page, and a browse without words
    // takes its page from the count.
    Xapian::MSet mset;
    std::vector<Xapian::docid> newest_page;  // the page, when the count picked it
    if (columns && !shards_.has_remote()) {
      if (!plain_path_.empty() && !count_thread_) count_thread_ = std::make_unique<CountThread>(plain_path_);
      ColumnSearch counted = search_with_columns(
          shards_.database(), *columns, enquire, filtered ? unfiltered_query() : enquire.get_query(), request.languages,
          settings_.facet_check_at_least, {timeline_counter, language_counter, actor_counter, place_counter},
          request.offset, request.page_size, !built.ranked, request.spare_core ? count_thread_.get() : nullptr);
      mset = std::move(counted.page);
      newest_page = std::move(counted.newest);
      response.total = counted.count.estimated;
    } else {
      // Over remote shards the spies get a match of their own, unsorted and
      // with no hits: Xapian 1.4.22's remote match can show a spy one document
      // twice when hits are sorted by value and fewer than the matches
      // (tests/integration/shards_test.cc, "q=&per_page=7").
      Xapian::Enquire facet_match(shards_.database());
      Xapian::Enquire& spied = shards_.has_remote() ? facet_match : enquire;
      if (shards_.has_remote()) facet_match.set_query(enquire.get_query());
      timeline_counter.attach(spied);
      if (!filtered) language_counter.attach(spied);
      actor_counter.attach(spied);
      place_counter.attach(spied);
      mset = enquire.get_mset(request.offset, request.page_size, settings_.facet_check_at_least);
      if (shards_.has_remote()) facet_match.get_mset(0, 0, settings_.facet_check_at_least);
      response.total = mset.get_matches_estimated();
      if (filtered) {
        Xapian::Enquire facet_enquire(shards_.database());
        facet_enquire.set_query(unfiltered_query());
        language_counter.attach(facet_enquire);
        facet_enquire.get_mset(0, 0, settings_.facet_check_at_least);
      }
    }
    response.language_counts = counts_of(language_counter);
    add_timeline(timeline_counter, response);
    response.actor_facet = entity_facet(actor_counter, request.ui_lang);
    response.place_facet = entity_facet(place_counter, request.ui_lang);

    // Entities the query names are marked however each hit wrote them
    // ("Pyongyang" marks "Phenianit"): the hit may match through them alone.
    std::unordered_map<std::string, std::size_t> query_entity_words;  // id → the query words naming it
    for (const QueryEntity& named : built.entities)
      query_entity_words[named.entity->id] = named.last_group - named.first_group + 1;
    const auto add_hit = [&](const Xapian::Document& document, double score) {
      SearchHit hit;
      hit.article = schema::deserialize_article(document.get_data());
      hit.score = score;
      std::vector<MarkedSpan> marked;
      std::size_t marked_words = 0;
      for (const entities::ArticleEntity& entity : hit.article.entities) {
        const auto named = query_entity_words.find(entity.id);
        if (!entity.known || named == query_entity_words.end() || entity.mentions.empty()) continue;
        marked_words += named->second;
        for (const entities::EntityMention& mention : entity.mentions)
          marked.push_back({mention.start, mention.end, entity.id});
      }
      std::sort(marked.begin(), marked.end(),
                [](const MarkedSpan& a, const MarkedSpan& b) { return a.start < b.start; });
      const auto terms = built.highlights.find(hit.article.language);
      const HighlightTerms empty;
      const HighlightTerms& language_terms = terms == built.highlights.end() ? empty : terms->second;
      hit.snippet = make_snippet(hit.article.text, analyzers_[hit.article.language], language_terms,
                                 settings_.snippet_length, marked, marked_words);
      hit.title_html = mark_matches(hit.article.title, analyzers_[hit.article.language], language_terms,
                                    title_mentions(hit.article, query_entity_words));
      response.hits.push_back(std::move(hit));
    };
    for (Xapian::docid docid : newest_page) add_hit(shards_.database().get_document(docid), 0.0);
    // One request for every hit's document rather than one round trip
    // each: Xapian pipelines the fetch on remote shards. (The explicit range:
    // Xapian 1.4.22's fetch() without one crashes on an MSet not starting at 0;
    // an MSet made by no match, when the pass picked the page, throws.)
    if (!mset.empty()) mset.fetch(mset.begin(), mset.end());
    for (auto it = mset.begin(); it != mset.end(); ++it) add_hit(it.get_document(), it.get_weight());
    return response;
  });
}

std::optional<schema::Article> Searcher::find(const std::string& id) {
  return with_retry([&]() -> std::optional<schema::Article> {
    const std::string term = schema::id_term(id);
    Xapian::PostingIterator posting = shards_.database().postlist_begin(term);
    if (posting == shards_.database().postlist_end(term)) return std::nullopt;
    return schema::deserialize_article(shards_.database().get_document(*posting).get_data());
  });
}

IndexStats Searcher::stats() {
  return with_retry([&] {
    IndexStats stats;
    stats.documents = shards_.database().get_doccount();
    for (Language language : analysis::kAllLanguages) {
      const std::string code(analysis::code(language));
      if (const auto count = shards_.database().get_termfreq(schema::language_term(code)); count > 0) {
        stats.languages[code] = count;
      }
    }
    stats.last_update = shards_.last_update();
    stats.revision = shards_.revision();
    stats.shards = shards_.status();
    if (const auto columns = facet_columns()) stats.facet_column_bytes = columns->memory_bytes();
    return stats;
  });
}

std::optional<EntityCount> Searcher::found_entity(const std::string& id, unsigned articles, FoundKind kind,
                                                  bool from_article) {
  for (const bool actor : {true, false}) {
    if ((kind == FoundKind::Actor && !actor) || (kind == FoundKind::Place && actor)) continue;
    const std::string term = schema::entity_term(actor, id);
    Xapian::PostingIterator posting = shards_.database().postlist_begin(term);
    if (posting == shards_.database().postlist_end(term)) continue;
    const Xapian::docid first_article = *posting;
    EntityCount item;
    item.id = id;
    item.count = shards_.database().get_termfreq(term);
    item.type = actor ? entities::EntityType::Person : entities::EntityType::Place;
    item.name = id;
    const Xapian::valueno list = actor ? schema::kActorListSlot : schema::kPlaceListSlot;
    // Slot values (name and type) → articles, chosen as the facets choose
    // (search/entity_facet_counter.cc): most articles, then the smallest value.
    // Articles that name it once hold no value (no facet counts them): up to
    // four times `articles` are read to find `articles` that do.
    std::map<std::string, unsigned> values;
    unsigned named = 0;
    for (unsigned read = 0; named < articles && read < 4 * articles && posting != shards_.database().postlist_end(term);
         ++read, ++posting) {
      // An article's list holds an entity once.
      schema::for_each_list_value(shards_.database().get_document(*posting).get_value(list),
                                  [&](std::string_view value) {
                                    if (schema::entity_slot_id(value) != id) return;
                                    ++values[std::string(value)];
                                    ++named;
                                  });
    }
    const auto best = std::max_element(values.begin(), values.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best != values.end()) {
      const schema::SlotEntity slot = schema::parse_entity_slot_value(best->first);
      if (!slot.known) {
        item.name = slot.name;
        item.type = slot.type;
      }
    } else if (from_article) {
      // Named once in each article read: the first article's own entities name it.
      const schema::Article article =
          schema::deserialize_article(shards_.database().get_document(first_article).get_data());
      for (const entities::ArticleEntity& entity : article.entities) {
        if (entity.id != id || entity.known || entities::is_actor(entity.type) != actor) continue;
        item.name = entity.name;
        item.type = entity.type;
        break;
      }
    }
    return item;
  }
  return std::nullopt;
}

std::vector<EntityCount> Searcher::complete_entities(const std::string& prefix,
                                                     std::optional<entities::EntityType> type, std::size_t limit,
                                                     const std::string& ui_lang) {
  return with_retry([&] {
    constexpr std::size_t kCandidates = 200;  // ranked by article count, then cut to `limit`
    std::vector<EntityCount> found;
    for (const entities::Entity* entity : entities_.complete(prefix, type, kCandidates)) {
      const std::string term = schema::entity_term(entities::is_actor(entity->type), entity->id);
      found.push_back(
          {entity->id, entity->display_name(ui_lang), entity->type, true, shards_.database().get_termfreq(term)});
    }
    // Entities found in text only: their ids are made from their names
    // (entities/found_id.h), so the prefix is read as such an id too:
    // "Kuvendit" completes to the entity of id "kuvend".
    std::unordered_set<std::string> listed;
    for (const std::string& id_prefix : entities::found_entity_ids(prefix)) {
      for (const std::string_view term_prefix : {schema::kActorPrefix, schema::kPlacePrefix}) {
        const std::string start = std::string(term_prefix) + id_prefix;
        std::size_t seen = 0;
        for (auto it = shards_.database().allterms_begin(start);
             it != shards_.database().allterms_end(start) && seen < kCandidates; ++it, ++seen) {
          std::string id = (*it).substr(term_prefix.size());
          if (entities_.find(id) || !listed.insert(std::string(term_prefix) + id).second) continue;
          // One article's name while ranking; the kept ones are named below.
          const FoundKind kind = term_prefix == schema::kActorPrefix ? FoundKind::Actor : FoundKind::Place;
          // A person/organisation filter needs the type, which only an article may tell.
          if (auto item = found_entity(id, 1, kind, type.has_value() && *type != entities::EntityType::Place);
              item && (!type || item->type == *type))
            found.push_back(std::move(*item));
        }
      }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const EntityCount& a, const EntityCount& b) { return a.count > b.count; });
    if (found.size() > limit) found.resize(limit);
    for (EntityCount& item : found) {
      if (item.known) continue;
      const FoundKind kind = entities::is_actor(item.type) ? FoundKind::Actor : FoundKind::Place;
      if (auto named = found_entity(item.id, kFoundNameSample, kind)) {
        item.name = named->name;
        item.type = named->type;
      }
    }
    return found;
  });
}

std::optional<EntityDetails> Searcher::entity(const std::string& id_or_name, const std::string& ui_lang) {
  return with_retry([&]() -> std::optional<EntityDetails> {
    EntityDetails details;
    details.known = entities_.find(id_or_name);
    // The id of a found entity (from a facet or autocomplete) is that entity,
    // even when it also reads as a known one's name: "pamje" (footage) is no
    // form of "PAM", the World Food Programme.
    std::optional<EntityCount> found_by_id;
    if (!details.known) found_by_id = found_entity(id_or_name);
    if (!details.known && !found_by_id) {
      const auto named = entities_.resolve(id_or_name, analyzers_);
      if (!named.empty()) details.known = named.front();
    }
    std::string term;
    if (details.known) {
      const entities::Entity& entity = *details.known;
      term = schema::entity_term(entities::is_actor(entity.type), entity.id);
      details.entity = {entity.id, entity.display_name(ui_lang), entity.type, true,
                        shards_.database().get_termfreq(term)};
    } else {
      std::optional<EntityCount> found = found_by_id;
      for (const std::string& id : entities::found_entity_ids(id_or_name)) {
        if (found) break;
        if (id != id_or_name) found = found_entity(id);  // the value itself was tried above
      }
      if (!found) return std::nullopt;
      details.entity = *found;
      term = schema::entity_term(entities::is_actor(found->type), found->id);
    }
    if (details.entity.count == 0) return details;

    // Who and where it appears with: the facets of its own articles.
    Xapian::Enquire enquire(shards_.database());
    enquire.set_query(Xapian::Query(term));
    const std::shared_ptr<const FacetColumns> columns = facet_columns();
    EntityFacetCounter actor_counter(EntityFacetCounter::Kind::Actors, shards_.has_remote(), columns.get());
    EntityFacetCounter place_counter(EntityFacetCounter::Kind::Places, shards_.has_remote(), columns.get());
    actor_counter.attach(enquire);
    place_counter.attach(enquire);
    enquire.get_mset(0, 0, settings_.facet_check_at_least);
    details.actors = entity_facet(actor_counter, ui_lang, details.entity.id);
    details.places = entity_facet(place_counter, ui_lang, details.entity.id);

    // First and last publication dates: sort its dated articles by date.
    const Xapian::Query dated(Xapian::Query::OP_VALUE_GE, schema::kPublishedSlot, std::string("1"));
    Xapian::Enquire by_date(shards_.database());
    by_date.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term), dated));
    for (const bool newest : {false, true}) {
      by_date.set_sort_by_value(schema::kPublishedSlot, newest);
      const Xapian::MSet first = by_date.get_mset(0, 1);
      if (first.empty()) break;
      const std::string value = first.begin().get_document().get_value(schema::kPublishedSlot);
      (newest ? details.last_seen : details.first_seen) = published_from_value(value);
    }
    return details;
  });
}

EventsResponse Searcher::events(const EventsRequest& request) {
  return with_retry([&] {
    EventsResponse response;
    // Each actor=/place= value: the entity ids it may mean (all must be in the sentence).
    std::vector<std::vector<std::string>> required;
    Xapian::Query filter = entity_filter(request.actors, request.places, response.unresolved, &required);
    if (!response.unresolved.empty()) return response;
    if (request.from || request.to)
      filter = both(filter, mentioned_dates_query(shards_.database(), request.from, request.to));
    if (!request.languages.empty()) {
      std::vector<Xapian::Query> languages;
      for (Language language : request.languages)
        languages.emplace_back(schema::language_term(analysis::code(language)));
      filter = both(filter, Xapian::Query(Xapian::Query::OP_OR, languages.begin(), languages.end()));
    }
    const std::string from = request.from ? schema::format_day(*request.from) : "0000-00-00";
    const std::string to = request.to ? schema::format_day(*request.to) : "9999-99-99";

    // Reading articles is the cost: at most this many, newest first.
    constexpr Xapian::doccount kMaxArticles = 2000;
    Xapian::Enquire enquire(shards_.database());
    enquire.set_query(with_filter(Xapian::Query(std::string()), filter));
    enquire.set_sort_by_value_then_relevance(schema::kPublishedSlot, /*reverse=*/true);
    const Xapian::MSet mset = enquire.get_mset(0, kMaxArticles);
    response.truncated = mset.get_matches_estimated() > mset.size();

    mset.fetch(mset.begin(), mset.end());  // pipelined on remote shards
    analysis::SentenceSplitter splitter;
    const schema::EntityNaming naming{&entities_, request.ui_lang};
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      schema::Article article = schema::deserialize_article(it.get_document().get_data());
      bool dated = false;
      for (const auto& date : article.dates) dated = dated || !date.from.empty();
      if (!dated) continue;
      const std::vector<analysis::Sentence> sentences = splitter.split(article.text);
      // Who is named in sentences [first, last], by id.
      auto named_in = [&](std::size_t first, std::size_t last) {
        std::map<std::string, EntityCount> named;
        for (const entities::ArticleEntity& entity : article.entities) {
          for (const entities::EntityMention& mention : entity.mentions) {
            if (mention.start < sentences[first].start || mention.start >= sentences[last].end) continue;
            EntityCount& item = named[entity.id];
            if (item.id.empty()) {
              item = {entity.id, naming.name_of(entity.id, entity.known, entity.name), entity.type, entity.known, 0};
            }
            ++item.count;
          }
        }
        return named;
      };
      auto has_required = [&](const std::map<std::string, EntityCount>& named) {
        return std::all_of(required.begin(), required.end(), [&](const auto& ids) {
          return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) { return named.count(id) > 0; });
        });
      };
      for (std::size_t k = 0; k < sentences.size(); ++k) {
        const analysis::Sentence& anchor = sentences[k];
        std::vector<const analysis::DateMention*> dates;
        for (const analysis::DateMention& date : article.dates) {
          if (!date.from.empty() && date.start >= anchor.start && date.start < anchor.end && date.to >= from &&
              date.from <= to) {
            dates.push_back(&date);
          }
        }
        if (dates.empty()) continue;
        // The dated sentence; when the requested actors and places are not all
        // in it, the sentence after or before it in the same paragraph too
        // ("… ishte më 2019. Atëbotë ai vizitoi … Vlladivostokut …").
        const bool has_next = k + 1 < sentences.size() && !sentences[k + 1].paragraph_start;
        const bool has_previous = k > 0 && !anchor.paragraph_start;
        const std::pair<std::size_t, std::size_t> windows[] = {{k, k},
                                                               {k, has_next ? k + 1 : k},
                                                               {has_previous ? k - 1 : k, k},
                                                               {has_previous ? k - 1 : k, has_next ? k + 1 : k}};
        std::optional<std::pair<std::size_t, std::size_t>> chosen;
        std::map<std::string, EntityCount> named;
        for (const auto& window : windows) {
          named = named_in(window.first, window.second);
          if (!named.empty() && has_required(named)) {
            chosen = window;
            break;
          }
        }
        if (!chosen) continue;
        std::string text;
        for (std::size_t i = chosen->first; i <= chosen->second; ++i)
          text += (text.empty() ? "" : " ") + sentences[i].text;
        for (const analysis::DateMention* date : dates) {
          Event event;
          event.date = *date;
          for (const auto& [id, item] : named)
            (entities::is_actor(item.type) ? event.actors : event.places).push_back(item);
          event.sentence = text;
          event.start = sentences[chosen->first].start;
          event.end = sentences[chosen->second].end;
          event.article.id = article.id;
          event.article.title = article.title;
          event.article.language = article.language;
          event.article.published = article.published;
          response.events.push_back(std::move(event));
        }
      }
    }
    std::stable_sort(response.events.begin(), response.events.end(), [](const Event& a, const Event& b) {
      return a.date.from != b.date.from ? a.date.from < b.date.from : a.date.to < b.date.to;
    });
    response.total = response.events.size();
    if (response.events.size() > request.limit) response.events.resize(request.limit);
    return response;
  });
}

}  // namespace kronika::search
