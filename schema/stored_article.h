// The document data Kronika stores with each article, and the value-slot form
// of its publication date. Defined beside the schema so both sides agree.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "schema/article.h"

namespace kronika::schema {

// Article → JSON stored as Xapian document data, and back.
std::string serialize_article(const Article& article);
Article deserialize_article(std::string_view data);

// JSON for API responses: nulls for unknown published/source/url.
nlohmann::json article_summary_json(const Article& article);  // without text
nlohmann::json article_json(const Article& article);          // with text

// "2023-09" → "20230900"; "" → "".
std::string published_value(std::string_view published);

}  // namespace kronika::schema
