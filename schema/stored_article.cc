#include "schema/stored_article.h"

#include <cstdint>
#include <stdexcept>

#include "util/json_writer.h"

namespace kronika::schema {

using nlohmann::json;

namespace {

analysis::DateGranularity granularity_from(const std::string& name) {
  using analysis::DateGranularity;
  for (DateGranularity granularity :
       {DateGranularity::Day, DateGranularity::Month, DateGranularity::Year, DateGranularity::Decade,
        DateGranularity::Century, DateGranularity::Hour, DateGranularity::Minute}) {
    if (analysis::granularity_name(granularity) == name) return granularity;
  }
  return DateGranularity::Day;
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

// Databases written before the binary form hold JSON documents, still read.
Article article_from_json(std::string_view data) {
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

// The binary form: a format byte, then every field in a fixed order.
// Numbers are LEB128 varints, strings a varint length and their bytes,
// lists a varint count and their items. Parsing it is a few copies, where
// JSON was a tenth of a search's CPU (bench/README-speed.md).
constexpr char kBinaryFormat = '\x01';

class Writer {
 public:
  void number(std::uint64_t value) {
    while (value >= 0x80) {
      out_ += static_cast<char>((value & 0x7f) | 0x80);
      value >>= 7;
    }
    out_ += static_cast<char>(value);
  }
  void text(std::string_view value) {
    number(value.size());
    out_ += value;
  }
  void byte(char value) { out_ += value; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  std::uint64_t number() {
    std::uint64_t value = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
      const auto byte = static_cast<unsigned char>(next());
      value |= std::uint64_t{byte & 0x7fu} << shift;
      if (byte < 0x80) return value;
    }
    throw std::runtime_error("stored article: number too long");
  }
  std::size_t size() { return static_cast<std::size_t>(number()); }
  std::string text() {
    const std::size_t length = size();
    if (length > data_.size() - at_) throw std::runtime_error("stored article: string runs past the end");
    std::string value(data_.substr(at_, length));
    at_ += length;
    return value;
  }
  // A count of items, each at least one byte: a corrupt count cannot make
  // the reader reserve gigabytes.
  std::size_t count() {
    const std::size_t n = size();
    if (n > data_.size() - at_) throw std::runtime_error("stored article: count runs past the end");
    return n;
  }
  bool done() const { return at_ == data_.size(); }

 private:
  char next() {
    if (at_ >= data_.size()) throw std::runtime_error("stored article: truncated");
    return data_[at_++];
  }
  std::string_view data_;
  std::size_t at_ = 0;
};

}  // namespace

std::string serialize_article(const Article& article) {
  Writer out;
  out.byte(kBinaryFormat);
  for (const std::string* field :
       {&article.id, &article.title, &article.published, &article.source, &article.url, &article.text})
    out.text(*field);
  out.text(analysis::code(article.language));
  out.number(article.dates.size());
  for (const analysis::DateMention& date : article.dates) {
    out.text(date.text);
    out.number(date.start);
    out.number(date.end);
    for (const std::string* field : {&date.from, &date.to, &date.month_day, &date.time_from, &date.time_to})
      out.text(*field);
    out.number(static_cast<unsigned>(date.granularity));
    out.number(static_cast<unsigned>(date.open));
    out.number(date.relative ? 1 : 0);
  }
  out.number(article.entities.size());
  for (const entities::ArticleEntity& entity : article.entities) {
    out.text(entity.id);
    out.text(entities::type_name(entity.type));
    out.number(entity.known ? 1 : 0);
    out.text(entity.name);
    out.number(entity.mentions.size());
    for (const entities::EntityMention& mention : entity.mentions) {
      out.number(mention.start);
      out.number(mention.end);
      out.text(mention.text);
    }
  }
  return out.take();
}

Article deserialize_article(std::string_view data) {
  if (data.empty() || data.front() != kBinaryFormat) return article_from_json(data);
  Reader in(data.substr(1));
  Article article;
  for (std::string* field :
       {&article.id, &article.title, &article.published, &article.source, &article.url, &article.text})
    *field = in.text();
  article.language = analysis::parse_language(in.text()).value_or(analysis::Language::Undetermined);
  article.dates.resize(in.count());
  for (analysis::DateMention& date : article.dates) {
    date.text = in.text();
    date.start = in.size();
    date.end = in.size();
    for (std::string* field : {&date.from, &date.to, &date.month_day, &date.time_from, &date.time_to})
      *field = in.text();
    const std::uint64_t granularity = in.number();
    if (granularity > static_cast<unsigned>(analysis::DateGranularity::Minute))
      throw std::runtime_error("stored article: unknown date granularity");
    date.granularity = static_cast<analysis::DateGranularity>(granularity);
    const std::uint64_t open = in.number();
    if (open > static_cast<unsigned>(analysis::DateOpen::After))
      throw std::runtime_error("stored article: unknown open end");
    date.open = static_cast<analysis::DateOpen>(open);
    date.relative = in.number() != 0;
  }
  article.entities.resize(in.count());
  for (entities::ArticleEntity& entity : article.entities) {
    entity.id = in.text();
    entity.type = entities::parse_type(in.text()).value_or(entities::EntityType::Person);
    entity.known = in.number() != 0;
    entity.name = in.text();
    entity.mentions.resize(in.count());
    for (entities::EntityMention& mention : entity.mentions) {
      mention.id = entity.id;
      mention.type = entity.type;
      mention.known = entity.known;
      mention.name = entity.name;
      mention.start = in.size();
      mention.end = in.size();
      mention.text = in.text();
    }
  }
  if (!in.done()) throw std::runtime_error("stored article: bytes after the end");
  return article;
}

namespace {

void write_date(util::JsonWriter& out, const analysis::DateMention& date) {
  out.begin_object()
      .key("text")
      .value(date.text)
      .key("start")
      .value(std::uint64_t{date.start})
      .key("end")
      .value(std::uint64_t{date.end})
      .key("granularity")
      .value(analysis::granularity_name(date.granularity));
  if (!date.from.empty()) {
    out.key("from").value(date.from).key("to").value(date.to);
  } else {
    out.key("month_day").value(date.month_day);  // year unknown: never guessed
  }
  if (date.relative) out.key("relative").value(true);
  // Only when the mention has them, so documents without times serialise as before.
  if (!date.time_from.empty()) out.key("time_from").value(date.time_from).key("time_to").value(date.time_to);
  if (date.open != analysis::DateOpen::None) out.key("open").value(analysis::open_name(date.open));
  out.end_object();
}

// "actors" and "places", most mentioned first (the stored order).
void write_entities(util::JsonWriter& out, const Article& article, const EntityNaming& naming, ArticleView view) {
  for (const bool actors : {true, false}) {
    out.key(actors ? "actors" : "places").begin_array();
    for (const entities::ArticleEntity& entity : article.entities) {
      if (entities::is_actor(entity.type) != actors) continue;
      out.begin_object()
          .key("id")
          .value(entity.id)
          .key("name")
          .value(naming.name_of(entity.id, entity.known, entity.name))
          .key("type")
          .value(entities::type_name(entity.type))
          .key("count")
          .value(std::uint64_t{entity.mentions.size()});
      if (view == ArticleView::Full) {
        out.key("mentions").begin_array();
        for (const auto& mention : entity.mentions) {
          out.begin_object()
              .key("text")
              .value(mention.text)
              .key("start")
              .value(std::uint64_t{mention.start})
              .key("end")
              .value(std::uint64_t{mention.end})
              .end_object();
        }
        out.end_array();
      }
      out.end_object();
    }
    out.end_array();
  }
}

}  // namespace

std::string EntityNaming::name_of(const std::string& id, bool known, const std::string& found_name) const {
  if (!known) return found_name.empty() ? id : found_name;
  const entities::Entity* entity = base ? base->find(id) : nullptr;
  return entity ? entity->display_name(ui_lang) : id;
}

void write_article_members(util::JsonWriter& out, const Article& article, const EntityNaming& naming,
                           ArticleView view) {
  out.key("id")
      .value(article.id)
      .key("title")
      .value(article.title)
      .key("lang")
      .value(analysis::code(article.language))
      .key("published")
      .string_or_null(article.published)
      .key("source")
      .string_or_null(article.source)
      .key("url")
      .string_or_null(article.url)
      .key("dates")
      .begin_array();
  for (const auto& date : article.dates) write_date(out, date);
  out.end_array();
  write_entities(out, article, naming, view);
  if (view == ArticleView::Full) out.key("text").value(article.text);
}

std::string article_json(const Article& article, const EntityNaming& naming, ArticleView view) {
  util::JsonWriter out;
  out.begin_object();
  write_article_members(out, article, naming, view);
  out.end_object();
  return out.take();
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
