// An Article: what Kronika stores, whatever format it came from.
#pragma once

#include <string>

#include <vector>

#include "analysis/dates/date_mention.h"
#include "analysis/language.h"
#include "entities/entity.h"

namespace kronika::schema {

struct Article {
  std::string id;
  std::string title;
  analysis::Language language = analysis::Language::Undetermined;
  std::string published;                     // "YYYY-MM-DD", "YYYY-MM", "YYYY" or empty when unknown
  std::string source;                        // empty when unknown
  std::string url;                           // empty when unknown
  std::string text;                          // plain text, paragraphs separated by blank lines
  std::vector<analysis::DateMention> dates;  // mentioned in `text`; filled when indexing
  // Actors and places named in `text` (offsets into it), most mentioned
  // first; filled when indexing.
  std::vector<entities::ArticleEntity> entities;
};

}  // namespace kronika::schema
