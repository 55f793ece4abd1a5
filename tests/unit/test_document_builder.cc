// Unit tests for kronika::indexer::DocumentBuilder: the entity terms and facet
// values it writes (schema/index_schema.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <xapian.h>

#include "entities/entity_base.h"
#include "indexer/document_builder.h"
#include "schema/entity_slots.h"
#include "schema/index_schema.h"

using namespace kronika;

namespace {

const entities::EntityBase& shipped_base() {
  static const entities::EntityBase base =
      entities::EntityBase::load(std::string(KRONIKA_SOURCE_DIR) + "/data/entities", "");
  return base;
}

Xapian::Document build(analysis::Language language, const std::string& text, const std::string& source = "") {
  schema::Article article;
  article.id = "t1";
  article.language = language;
  article.title = "Titolo";
  article.text = text;
  article.source = source;
  indexer::DocumentBuilder builder(shipped_base());
  return builder.build(article);
}

bool has_term(const Xapian::Document& document, const std::string& term) {
  auto it = document.termlist_begin();
  it.skip_to(term);
  return it != document.termlist_end() && *it == term;
}

std::vector<std::string> facet_values(const Xapian::Document& document, Xapian::valueno first) {
  std::vector<std::string> values;
  for (unsigned i = 0; i < schema::kEntitySlots; ++i)
    if (std::string value = document.get_value(first + i); !value.empty()) values.push_back(value);
  return values;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) {
    if (!out.empty()) out += schema::kEntityListSeparator;
    out += value;
  }
  return out;
}

}  // namespace

TEST_CASE("document builder: the list slot holds exactly the facet slots' values") {
  const Xapian::Document document =
      build(analysis::Language::Italian,
            "Vladimir Putin e Kim Jong Un si sono incontrati a Vladivostok. Il portavoce Matthew Miller ha "
            "commentato da Washington. Putin è poi tornato a Mosca.");
  const auto actors = facet_values(document, schema::kFirstActorSlot);
  const auto places = facet_values(document, schema::kFirstPlaceSlot);
  CHECK(actors.size() >= 2);
  CHECK(places.size() >= 2);
  CHECK(document.get_value(schema::kActorListSlot) == joined(actors));
  CHECK(document.get_value(schema::kPlaceListSlot) == joined(places));
}

TEST_CASE("document builder: a body named by a common noun is filterable, never a facet") {
  const Xapian::Document document = build(analysis::Language::Italian,
                                          "Ieri la polizia ha arrestato due uomini a Modena. La polizia ha poi "
                                          "sequestrato l'auto. Il governo cinese ha protestato.");
  CHECK(has_term(document, schema::actor_term("polizia")));
  for (const std::string& value : facet_values(document, schema::kFirstActorSlot)) {
    CAPTURE(value);
    CHECK(schema::parse_entity_slot_value(value).id != "polizia");
    CHECK(schema::parse_entity_slot_value(value).id != "governo-cinese");
  }
  CHECK(document.get_value(schema::kActorListSlot).find("polizia") == std::string::npos);
}

TEST_CASE("document builder: a publisher named in its own article is its credit, not an actor") {
  const std::string text = "Qeveria ka miratuar buxhetin, transmeton Telegrafi. Sipas Libertatea, debati vazhdon.";
  const Xapian::Document own = build(analysis::Language::Albanian, text, "Telegrafi");
  CHECK_FALSE(has_term(own, schema::actor_term("telegrafi")));
  CHECK(has_term(own, schema::actor_term("libertatea")));  // another publisher, quoted: news
  const Xapian::Document other = build(analysis::Language::Albanian, text, "libertatea.ro");
  CHECK(has_term(other, schema::actor_term("telegrafi")));
  CHECK_FALSE(has_term(other, schema::actor_term("libertatea")));
}

TEST_CASE("document builder: a known place inside a body's name counts, an accented common word does not") {
  // "Universitatea din Seul" is also in Seoul; Albanian "Punës" (of work) in
  // "Partia e Punës" is no Pune, as outside a name.
  const auto seoul = build(analysis::Language::Romanian, "Profesorii de la Universitatea Națională din Seul au spus.");
  CHECK(has_term(seoul, schema::place_term("seoul")));
  const auto labour = build(analysis::Language::Albanian,
                            "Partia e Punës dhe Ministria e Punëve të Jashtme të Shqipërisë folën sot në Tiranë.");
  CHECK_FALSE(has_term(labour, schema::place_term("pune")));
  CHECK(has_term(labour, schema::place_term("albania")));
}

TEST_CASE("document builder: every word of a name gets a name term, other words none") {
  const auto document = build(analysis::Language::Romanian, "Vladimir Putin a spus puțin despre vizită.");
  CHECK(has_term(document, schema::name_term("vladimir")));
  CHECK(has_term(document, schema::name_term("putin")));
  CHECK(has_term(document, schema::name_form_term("putin")));
  CHECK_FALSE(has_term(document, schema::name_term("spus")));
  CHECK_FALSE(has_term(document, schema::name_term("viz")));
}
