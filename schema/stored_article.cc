#include "schema/stored_article.h"

namespace kronika::schema {

using nlohmann::json;

std::string serialize_article(const Article& article) {
  json data = {{"id", article.id},
               {"title", article.title},
               {"lang", analysis::code(article.language)},
               {"published", article.published},
               {"source", article.source},
               {"url", article.url},
               {"text", article.text}};
  return data.dump();
}

Article deserialize_article(std::string_view data) {
  const json parsed = json::parse(data);
  Article article;
  article.id = parsed.value("id", "");
  article.title = parsed.value("title", "");
  article.language = analysis::parse_language(parsed.value("lang", "und")).value_or(analysis::Language::Undetermined);
  article.published = parsed.value("published", "");
  article.source = parsed.value("source", "");
  article.url = parsed.value("url", "");
  article.text = parsed.value("text", "");
  return article;
}

namespace {

json or_null(const std::string& value) {
  return value.empty() ? json(nullptr) : json(value);
}

}  // namespace

json article_summary_json(const Article& article) {
  return {{"id", article.id},
          {"title", article.title},
          {"lang", analysis::code(article.language)},
          {"published", or_null(article.published)},
          {"source", or_null(article.source)},
          {"url", or_null(article.url)}};
}

json article_json(const Article& article) {
  json out = article_summary_json(article);
  out["text"] = article.text;
  return out;
}

std::string published_value(std::string_view published) {
  std::string digits;
  for (char c : published) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (digits.empty()) return "";
  digits.resize(8, '0');
  return digits;
}

}  // namespace kronika::schema
