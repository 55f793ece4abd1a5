#include "indexer/document_builder.h"

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

}  // namespace

Xapian::Document DocumentBuilder::build(const schema::Article& article) {
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
  return document;
}

}  // namespace kronika::indexer
