// Article → Xapian::Document, through the shared analysis chain and the
// schema in schema/index_schema.h.
#pragma once

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/dates/date_mention.h"
#include "entities/entity_base.h"
#include "entities/entity_extractor.h"
#include "entities/source_credits.h"
#include "schema/article.h"

namespace kronika::indexer {

// Not thread-safe (owns analyzers): one per indexing thread.
class DocumentBuilder {
 public:
  // `base` must outlive the builder.
  explicit DocumentBuilder(const entities::EntityBase& base) : base_(base), extractor_(base), credits_(base) {}

  Xapian::Document build(const schema::Article& article);

 private:
  // Entity terms (wdf = mentions) and facet slots; see schema/index_schema.h.
  void add_entities(Xapian::Document& document, const std::vector<entities::ArticleEntity>& found) const;

  const entities::EntityBase& base_;
  analysis::AnalyzerSet analyzers_;
  entities::EntityExtractor extractor_;
  entities::SourceCredits credits_;  // the publisher's own name is its credit, not its news
};

}  // namespace kronika::indexer
