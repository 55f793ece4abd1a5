// Article → Xapian::Document, through the shared analysis chain and the
// schema in schema/index_schema.h.
#pragma once

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/dates/date_mention.h"
#include "schema/article.h"

namespace kronika::indexer {

// Not thread-safe (owns analyzers): one per indexing thread.
class DocumentBuilder {
 public:
  Xapian::Document build(const schema::Article& article);

 private:
  analysis::AnalyzerSet analyzers_;
};

}  // namespace kronika::indexer
