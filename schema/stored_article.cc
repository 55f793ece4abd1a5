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
  // Only when the mention has them, so documents without times serialise as before.
  if (!date.time_from.empty()) {
    out["time_from"] = date.time_from;
    out["time_to"] = date.time_to;
  }
  if (date.open != analysis::DateOpen::None) out["open"] = analysis::open_name(date.open);
  return out;
}

analysis::DateGranularity granularity_from(const std::string& name) {
  using analysis::DateGranularity;
  for (DateGranularity granularity :
       {DateGranularity::Day, DateGranularity::Month, DateGranularity::Year, DateGranularity::Decade,
        DateGranularity::Century, DateGranularity::Hour, DateGranularity::Minute}) {
    if (analysis::granularity_name(granularity) == name) return granularity;
  }
  return DateGranularity::Day;
}

json dates_json(const Article& article);

json entities_data(const Article& article) {
  json out = json::array();
  for (const entities::ArticleEntity& entity : article.entities) {
    json mentions = json::array();
    for (const entities::EntityMention& mention : entity.mentions) {
      mentions.push_back({mention.start, mention.end, mention.text});
    }
    json item = {{"id", entity.id}, {"type", entities::type_name(entity.type)}, {"mentions", std::move(mentions)}};
    if (!entity.known) item["name"] = entity.name;
    out.push_back(std::move(item));
  }
  return out;
}

std::vector<entities::ArticleEntity> entities_from(const json& items) {
  std::vector<entities::ArticleEntity> out;
  for (const json& item : items) {
    entities::ArticleEntity entity;
    entity.id = item.value("id", "");
    entity.type = entities::parse_type(item.value("type", "person")).value_or(entities::EntityType::Person);
    entity.known = !item.contains("name");
    entity.name = item.value("name", "");
    for (const json& mention : item.value("mentions", json::array())) {
      entities::EntityMention m;
      m.id = entity.id;
      m.type = entity.type;
      m.known = entity.known;
      m.name = entity.name;
      m.start = mention.at(0).get<std::size_t>();
      m.end = mention.at(1).get<std::size_t>();
      m.text = mention.at(2).get<std::string>();
      entity.mentions.push_back(std::move(m));
    }
    out.push_back(std::move(entity));
  }
  return out;
}

}  // namespace

std::string serialize_article(const Article& article) {
  json data = {{"dates", dates_json(article)},
               {"entities", entities_data(article)},
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
  if (const auto found = parsed.find("entities"); found != parsed.end()) article.entities = entities_from(*found);
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
      date.time_from = item.value("time_from", "");
      date.time_to = item.value("time_to", "");
      const std::string open = item.value("open", "");
      date.open = open == "before"  ? analysis::DateOpen::Before
                  : open == "after" ? analysis::DateOpen::After
                                    : analysis::DateOpen::None;
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

// {"actors": [...], "places": [...]}, most mentioned first.
void add_entities(json& out, const Article& article, const EntityNaming& naming, bool with_mentions) {
  json actors = json::array();
  json places = json::array();
  for (const entities::ArticleEntity& entity : article.entities) {
    json item = {{"id", entity.id},
                 {"name", naming.name_of(entity.id, entity.known, entity.name)},
                 {"type", entities::type_name(entity.type)},
                 {"count", entity.mentions.size()}};
    if (with_mentions) {
      json mentions = json::array();
      for (const auto& mention : entity.mentions) {
        mentions.push_back({{"text", mention.text}, {"start", mention.start}, {"end", mention.end}});
      }
      item["mentions"] = std::move(mentions);
    }
    (entities::is_actor(entity.type) ? actors : places).push_back(std::move(item));
  }
  out["actors"] = std::move(actors);
  out["places"] = std::move(places);
}

}  // namespace

std::string EntityNaming::name_of(const std::string& id, bool known, const std::string& found_name) const {
  if (!known) return found_name.empty() ? id : found_name;
  const entities::Entity* entity = base ? base->find(id) : nullptr;
  return entity ? entity->display_name(ui_lang) : id;
}

json article_summary_json(const Article& article, const EntityNaming& naming) {
  json out = {{"id", article.id},
              {"title", article.title},
              {"lang", analysis::code(article.language)},
              {"published", or_null(article.published)},
              {"source", or_null(article.source)},
              {"url", or_null(article.url)},
              {"dates", dates_json(article)}};
  add_entities(out, article, naming, false);
  return out;
}

json article_json(const Article& article, const EntityNaming& naming) {
  json out = article_summary_json(article, naming);
  add_entities(out, article, naming, true);
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
