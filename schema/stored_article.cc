#include "schema/stored_article.h"

namespace kronika::schema {

using nlohmann::json;

namespace {

json date_json(const analysis::DateMention& date) {
  json out = {{"text", date.text},
              {"start", date.start},
              {"end", date.end},
              {"granularity", analysis::granularity_name(date.granularity)}};
  if (!date.from.empty()) {
    out["from"] = date.from;
    out["to"] = date.to;
  } else {
    out["month_day"] = date.month_day;  // year unknown: never guessed
  }
  if (date.relative) out["relative"] = true;
  return out;
}

analysis::DateGranularity granularity_from(const std::string& name) {
  using analysis::DateGranularity;
  for (DateGranularity granularity : {DateGranularity::Day, DateGranularity::Month, DateGranularity::Year,
                                      DateGranularity::Decade, DateGranularity::Century}) {
    if (analysis::granularity_name(granularity) == name) return granularity;
  }
  return DateGranularity::Day;
}

json dates_json(const Article& article);

}  // namespace

std::string serialize_article(const Article& article) {
  json data = {{"dates", dates_json(article)},
               {"id", article.id},
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
  if (const auto dates = parsed.find("dates"); dates != parsed.end()) {
    for (const json& item : *dates) {
      analysis::DateMention date;
      date.text = item.value("text", "");
      date.start = item.value("start", std::size_t{0});
      date.end = item.value("end", std::size_t{0});
      date.from = item.value("from", "");
      date.to = item.value("to", "");
      date.month_day = item.value("month_day", "");
      date.granularity = granularity_from(item.value("granularity", "day"));
      date.relative = item.value("relative", false);
      article.dates.push_back(std::move(date));
    }
  }
  return article;
}

namespace {

json or_null(const std::string& value) {
  return value.empty() ? json(nullptr) : json(value);
}

json dates_json(const Article& article) {
  json dates = json::array();
  for (const auto& date : article.dates) dates.push_back(date_json(date));
  return dates;
}

}  // namespace

json article_summary_json(const Article& article) {
  return {{"id", article.id},
          {"title", article.title},
          {"lang", analysis::code(article.language)},
          {"published", or_null(article.published)},
          {"source", or_null(article.source)},
          {"url", or_null(article.url)},
          {"dates", dates_json(article)}};
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
