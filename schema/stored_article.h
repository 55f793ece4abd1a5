// The document data Kronika stores with each article, and the value-slot form
// of its publication date. Defined beside the schema so both sides agree.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "entities/entity_base.h"
#include "schema/article.h"
#include "util/json_writer.h"

namespace kronika::schema {

// Article → Xapian document data, and back: a compact binary form (read
// for every hit of every search); the JSON that databases written before it
// hold is still read. Corrupt data throws std::runtime_error (or
// nlohmann::json::exception for JSON).
std::string serialize_article(const Article& article);
Article deserialize_article(std::string_view data);

// How responses name entities: known ones by the base, in `ui_lang`
// (en, sq, ro, it); found ones by the name the article wrote.
struct EntityNaming {
  const entities::EntityBase* base = nullptr;
  std::string ui_lang = "en";
  std::string name_of(const std::string& id, bool known, const std::string& found_name) const;
};

// JSON for API responses: nulls for unknown published/source/url; "actors"
// and "places" with mention counts (Summary, a search hit) or also their
// mentions with offsets, and the text (Full, a document). Written straight
// as text (util/json_writer.h): search pages write ten of these per request.
enum class ArticleView { Summary, Full };
// The members alone, into an object the caller opened (a hit adds its own).
void write_article_members(util::JsonWriter& out, const Article& article, const EntityNaming& naming, ArticleView view);
std::string article_json(const Article& article, const EntityNaming& naming, ArticleView view);

// "2023-09" → "20230900"; "" → "".
std::string published_value(std::string_view published);

}  // namespace kronika::schema
