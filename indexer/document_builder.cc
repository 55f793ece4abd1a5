#include "indexer/document_builder.h"

#include <cstdio>
#include <set>

#include "schema/date_terms.h"
#include "schema/index_schema.h"
#include "schema/stored_article.h"

namespace kronika::indexer {

namespace {

// Adds the plain term (with position) and the stem term of every token.
void add_tokens(Xapian::Document& document, const std::vector<analysis::Token>& tokens, Xapian::termpos first_position,
                Xapian::termcount weight, bool stemmed) {
  for (const analysis::Token& token : tokens) {
    document.add_posting(token.norm, first_position + token.position, weight);
    if (stemmed) document.add_term(schema::stem_term(token.stem), weight);
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

Xapian::Document DocumentBuilder::build(const schema::Article& input) {
  schema::Article article = input;
  const std::optional<analysis::PartialDate> published = analysis::parse_partial_date(article.published);
  article.dates = analysis::DateExtractor(article.language).extract(article.text, published);

  const std::string_view language_code = analysis::code(article.language);
  Xapian::Document document;
  document.set_data(schema::serialize_article(article));
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
  add_tokens(document, analyzer.analyze(article.text), body_start, 1, stemmed);

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
