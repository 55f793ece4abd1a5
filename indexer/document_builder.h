// Article → Xapian::Document, through the shared analysis chain and the
// schema in schema/index_schema.h.
#pragma once

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/dates/date_mention.h"
#include "entities/entity_base.h"
#include "entities/entity_extractor.h"
#include "schema/article.h"

namespace kronika::indexer {

// Not thread-safe (owns analyzers): one per indexing thread.
class DocumentBuilder {
 public:
  // `base` must outlive the builder.
  explicit DocumentBuilder(const entities::EntityBase& base) : base_(base), extractor_(base) {}

  Xapian::Document build(const schema::Article& article);

 private:
  // Known entities that are the article's own publisher ("transmeton
  // Telegrafi" in Telegrafi's articles) are its credit, not its news.
  void drop_own_source(std::vector<entities::EntityMention>& mentions, const std::string& source) const;
  // Entity terms (wdf = mentions) and facet slots; see schema/index_schema.h.
  void add_entities(Xapian::Document& document, const std::vector<entities::ArticleEntity>& found) const;

  const entities::EntityBase& base_;
  analysis::AnalyzerSet analyzers_;
  entities::EntityExtractor extractor_;
};

}  // namespace kronika::indexer
