#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>

#include <xapian.h>

#include "indexer/document_builder.h"
#include "schema/index_schema.h"
#include "schema/stored_article.h"
#include "search/query_builder.h"

using namespace kronika;
using analysis::Language;

namespace {

struct Written {
  const char* id;
  Language language;
  const char* title;
  const char* text;
};

// A small in-memory index built through the real document builder.
Xapian::WritableDatabase index_of(std::initializer_list<Written> articles) {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  static const entities::EntityBase no_entities;
  indexer::DocumentBuilder builder(no_entities);
  for (const Written& written : articles) {
    schema::Article article;
    article.id = written.id;
    article.language = written.language;
    article.title = written.title;
    article.text = written.text;
    database.replace_document(schema::id_term(written.id), builder.build(article));
  }
  database.commit();
  return database;
}

Xapian::WritableDatabase make_index() {
  return index_of({
      {"sq1", Language::Albanian, "Vizita e Putinit", "Presidenti rus erdhi për vizitë në Phenian."},
      {"ro1", Language::Romanian, "Vizita lui Putin", "Președintele rus a făcut o vizită la Phenian."},
      {"it1", Language::Italian, "La visita di Putin", "Il presidente russo in visita nell’Estremo Oriente."},
      {"und1", Language::Undetermined, "Putin visit", "The Russian president visited Pyongyang."},
  });
}

// The ids of the top 10, sorted. `bigrams`: the database has the bigram
// terms; `description`, when given, gets the query built.
std::vector<std::string> run(Xapian::Database& database, const std::string& query, std::vector<Language> languages = {},
                             bool bigrams = false, std::string* description = nullptr) {
  analysis::AnalyzerSet analyzers;
  search::QueryBuilder builder(analyzers, 100, nullptr, {}, bigrams);
  const auto built = builder.build(search::parse_query(query), languages);
  if (description) *description = built.query.get_description();
  Xapian::Enquire enquire(database);
  enquire.set_query(built.query);
  std::vector<std::string> ids;
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    ids.push_back(schema::deserialize_article(it.get_document().get_data()).id);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

using Ids = std::vector<std::string>;

// An entity of the base, named `name` in every language.
entities::Entity entity(const std::string& id, entities::EntityType type, const std::string& name,
                        std::vector<std::string> aliases = {}) {
  entities::Entity made;
  made.id = id;
  made.type = type;
  made.names = {name, name, name, name};
  made.aliases = std::move(aliases);
  return made;
}

// The ids of the articles `query` matches (the first 10), sorted.
Ids matches(Xapian::Database& database, const Xapian::Query& query) {
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  Ids found;
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  for (auto it = mset.begin(); it != mset.end(); ++it)
    found.push_back(schema::deserialize_article(it.get_document().get_data()).id);
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

TEST_CASE("the document builder writes the schema's terms and values") {
  Xapian::WritableDatabase database = make_index();
  CHECK(database.get_termfreq(schema::id_term("sq1")) == 1);
  CHECK(database.get_termfreq(schema::language_term("sq")) == 1);
  CHECK(database.term_exists("putinit"));
  CHECK(database.term_exists("presedintele"));
  CHECK_FALSE(database.term_exists("președintele"));  // plain terms are diacritic-free
  // Undetermined articles get no stem terms.
  Xapian::Document und = database.get_document(*database.postlist_begin(schema::id_term("und1")));
  for (auto term = und.termlist_begin(); term != und.termlist_end(); ++term) {
    CHECK((*term).rfind(std::string(schema::kStemPrefix), 0) != 0);
  }
}

TEST_CASE("each language interpretation matches only its own articles, inflections included") {
  Xapian::WritableDatabase database = make_index();
  CHECK(run(database, "Putin") == Ids{"it1", "ro1", "sq1", "und1"});
  CHECK(run(database, "vizita") == Ids{"ro1", "sq1"});
  CHECK(run(database, "visita") == Ids{"it1"});
  CHECK(run(database, "presedintele") == Ids{"ro1"});
  CHECK(run(database, "Putin", {Language::Italian}) == Ids{"it1"});
}

TEST_CASE("phrases, prefixes, exclusions and OR") {
  Xapian::WritableDatabase database = make_index();
  CHECK(run(database, "\"Estremo Oriente\"") == Ids{"it1"});
  CHECK(run(database, "\"Oriente Estremo\"").empty());
  // An elided article is no part of the word asked for: "dell'Estremo" finds "nell’Estremo".
  CHECK(run(database, "dell'Estremo") == Ids{"it1"});
  CHECK(run(database, "\"dell'Estremo\"").empty());  // quoted: exactly as written
  CHECK(run(database, "phen*") == Ids{"ro1", "sq1"});
  CHECK(run(database, "Putin -Phenian") == Ids{"it1", "und1"});
  CHECK(run(database, "Pyongyang OR Phenian") == Ids{"ro1", "sq1", "und1"});
  CHECK(run(database, "-Putin").empty());
  CHECK(run(database, "!!!").empty());
  CHECK(run(database, "").size() == 4);
}

TEST_CASE("an elided article is no part of the word, capitalised too, but a surname's is") {
  Xapian::WritableDatabase database = index_of({
      {"it1", Language::Italian, "Tribunale", "Il giudice D'Amato ha deciso ieri."},
      {"it2", Language::Italian, "Cani", "Il cane era amato da tutti."},
      {"it3", Language::Italian, "Viaggio", "Il viaggio nell'Estremo Oriente è finito."},
  });
  CHECK(run(database, "d'amato") == Ids{"it1", "it2"});
  CHECK(run(database, "D'Amato") == Ids{"it1"});  // a surname, whole
  CHECK(run(database, "Dell'Estremo") == Ids{});  // likewise: "Dell'Utri" is a name
  CHECK(run(database, "L'Estremo") == Ids{"it3"});
}

TEST_CASE("a prefix weighs nothing and reads the same in every language") {
  Xapian::WritableDatabase database = make_index();
  analysis::AnalyzerSet analyzers;
  search::QueryBuilder builder(analyzers, 100);
  const auto prefix = builder.build(search::parse_query("phen*"), {});
  CHECK_FALSE(prefix.ranked);
  // One query, and no language filter when every language is asked for.
  CHECK(prefix.query.get_description().find(schema::language_term("sq")) == std::string::npos);
  const auto two = builder.build(search::parse_query("phen*"), {Language::Albanian, Language::Italian});
  CHECK(two.query.get_description().find(schema::language_term("it")) != std::string::npos);
  CHECK(run(database, "phen*", {Language::Albanian, Language::Italian}) == Ids{"sq1"});
  CHECK(run(database, "phen*", {Language::Romanian}) == Ids{"ro1"});

  Xapian::Enquire enquire(database);
  enquire.set_query(prefix.query);
  const Xapian::MSet alone = enquire.get_mset(0, 10);
  REQUIRE(alone.size() == 2);
  for (auto it = alone.begin(); it != alone.end(); ++it) CHECK(it.get_weight() == 0.0);
  // Beside a word, the word alone ranks.
  const auto mixed = builder.build(search::parse_query("Putin phen*"), {Language::Albanian});
  const auto word = builder.build(search::parse_query("Putin"), {Language::Albanian});
  CHECK(mixed.ranked);
  enquire.set_query(mixed.query);
  const Xapian::MSet with_prefix = enquire.get_mset(0, 10);
  enquire.set_query(word.query);
  const Xapian::MSet without = enquire.get_mset(0, 10);
  REQUIRE(with_prefix.size() == 1);
  REQUIRE(without.size() == 1);
  CHECK(with_prefix.begin().get_weight() > 0.0);
  CHECK(with_prefix.begin().get_weight() == doctest::Approx(without.begin().get_weight()));
}

TEST_CASE("stop words are dropped when other words remain, kept when they are all there is") {
  Xapian::WritableDatabase database = make_index();
  // "në" is in sq1's text; "e" is in sq1's title but "dhe" is nowhere: dropped, sq1 still found.
  CHECK(run(database, "Putinit dhe", {Language::Albanian}) == Ids{"sq1"});
  // A query of stop words only still searches for them.
  CHECK(run(database, "për", {Language::Albanian}) == Ids{"sq1"});
  CHECK(run(database, "dhe", {Language::Albanian}).empty());
}

namespace {

// Articles where common words stand side by side or apart, in the title,
// the body, and across the two.
Xapian::WritableDatabase make_common_words_index() {
  return index_of({
      {"it1", Language::Italian, "Arrivi", "Molti si sono fermati a Bari."},
      {"it2", Language::Italian, "Partenze", "Si parte presto: non sono tutti pronti."},
      {"it3", Language::Italian, "Ieri si", "Sono arrivati in tanti."},  // title "si", body "Sono"
      {"ro1", Language::Romanian, "Alegeri", "Rezultatele care au fost anunțate ieri."},
      {"ro2", Language::Romanian, "Vot", "Cei care au votat au fost mulți."},
      {"sq1", Language::Albanian, "Takim", "Ai tha se është gati."},
  });
}

}  // namespace

TEST_CASE("a phrase of common words asks for their bigram term and finds exactly the phrase") {
  Xapian::WritableDatabase database = make_common_words_index();
  CHECK(database.term_exists(schema::bigram_term("si", "sono")));
  CHECK(database.term_exists(schema::bigram_term("care", "au")));
  CHECK(database.term_exists(schema::bigram_term("se", "eshte")));        // plain terms: diacritic-free
  CHECK_FALSE(database.term_exists(schema::bigram_term("au", "votat")));  // "votat" is no stop word
  CHECK(database.term_exists(schema::bigram_term("fost", "multi")));      // mulți: a frequent general word
  CHECK(database.get_termfreq(schema::bigram_term("si", "sono")) == 1);   // not across title and body (it3)
  const std::vector<std::pair<std::string, Ids>> phrases = {
      {"\"si sono\"", {"it1"}},        {"\"sono si\"", {}},
      {"\"care au fost\"", {"ro1"}},   {"\"care au\"", {"ro1", "ro2"}},
      {"\"au fost\"", {"ro1", "ro2"}}, {"\"se është\"", {"sq1"}},
      {"\"se eshte gati\"", {"sq1"}},  {"\"si sono fermati\"", {"it1"}},
      {"\"fost mulți\"", {"ro2"}},     {"\"au fost mulți\"", {"ro2"}},
      {"\"Ieri si Sono\"", {}}};
  for (const auto& [query, expected] : phrases) {
    CAPTURE(query);
    std::string with_bigrams;
    CHECK(run(database, query, {}, true, &with_bigrams) == expected);
    CHECK(run(database, query) == expected);
    // Two common words: their bigram alone, no position check.
    if (query == "\"si sono\"" || query == "\"fost mulți\"") {
      CHECK(with_bigrams.find("PHRASE") == std::string::npos);
      CHECK(with_bigrams.find(query == "\"si sono\"" ? schema::bigram_term("si", "sono")
                                                     : schema::bigram_term("fost", "multi")) != std::string::npos);
    }
  }
}

TEST_CASE("a person's name written as a name finds it as a name, not the common word of the same letters") {
  // Romanian "puțin" (a little) folds to "putin"; "ramă" (a frame) stems like "Rama".
  Xapian::WritableDatabase database = index_of({
      {"ro1", Language::Romanian, "Vizita", "Vladimir Putin a vorbit ieri. Putin a plecat apoi la Moscova."},
      {"ro2", Language::Romanian, "Prețuri", "Prețurile au crescut puțin în octombrie, cel puțin așa spun datele."},
      {"ro3", Language::Romanian, "Tablouri", "Pictorul a ales o ramă aurie pentru tablou."},
      {"ro4", Language::Romanian, "Tirana", "Premierul Edi Rama a vorbit la Tirana. Rama a cerut sprijin."},
  });
  CHECK(database.term_exists(schema::name_term("putin")));
  CHECK(database.get_termfreq(schema::name_term("putin")) == 1);  // ro1's mentions, not ro2's adverb
  using entities::EntityType;
  const entities::EntityBase base({
      entity("vladimir-putin", EntityType::Person, "Vladimir Putin", {"Putin"}),
      entity("edi-rama", EntityType::Person, "Edi Rama", {"Rama"}),
      // a body whose name is also a common noun, as "Carabinieri" is
      entity("tablou", EntityType::Organisation, "Tablou"),
  });
  const auto ids = [&](const std::string& query, bool current_schema = true) {
    analysis::AnalyzerSet analyzers;
    search::QueryBuilder builder(analyzers, 100, &base, {}, current_schema);
    return matches(database, builder.build(search::parse_query(query), {Language::Romanian}).query);
  };
  CHECK(ids("Putin") == Ids{"ro1"});
  CHECK(ids("Rama") == Ids{"ro4"});
  CHECK(ids("Edi Rama") == Ids{"ro4"});
  CHECK(ids("Putin OR Rama") == Ids{"ro1", "ro4"});  // alternatives read as each alone
  {
    analysis::AnalyzerSet analyzers;
    search::QueryBuilder builder(analyzers, 100, &base, {}, true);
    const auto named = builder.build(search::parse_query("Putin OR Rama"), {}).entities;
    REQUIRE(named.size() == 2);
    CHECK(named[0].alternative);
    CHECK(named[1].entity->id == "edi-rama");
  }
  CHECK(ids("putin OR rama") == Ids{"ro1", "ro2", "ro3", "ro4"});
  CHECK(ids("crescut -Putin") == Ids{"ro2"});  // leaving the man out keeps the adverb
  // In lower case the user may mean either: the word as any other.
  CHECK(ids("putin") == Ids{"ro1", "ro2"});
  CHECK(ids("rama") == Ids{"ro3", "ro4"});
  // A body's name is also its common noun: "Tablou" finds "tablou" too.
  analysis::AnalyzerSet analyzers;
  REQUIRE(search::QueryBuilder(analyzers, 100, &base).build(search::parse_query("Tablou"), {}).entities.size() == 1);
  CHECK(ids("Tablou") == Ids{"ro3"});
  // A database of an older schema has no name terms: the words as before.
  CHECK(ids("Putin", false) == Ids{"ro1", "ro2"});
}

TEST_CASE("a name's case forms are the name; another name of the same stem is not") {
  Xapian::WritableDatabase database = index_of({
      {"sq1", Language::Albanian, "Sanksionet", "Bashkimi Evropian zgjati sanksionet ndaj Putinit dhe Lavrovit."},
      {"ro1", Language::Romanian, "Kremlin",
       "Purtătorul de cuvânt al lui Vladimir Putin a vorbit. Declarația Putinului a venit ieri."},
      {"it1", Language::Italian, "Giustizia", "Il ministro Carlo Nordio ha presentato la riforma."},
      {"it2", Language::Italian, "Traffico", "Un incidente sulla tangenziale di Modena Nord ha bloccato il traffico."},
      {"it3", Language::Italian, "Udienza", "In piazza ha parlato papa Francesco ai fedeli."},
  });
  using entities::EntityType;
  const entities::EntityBase base({
      entity("vladimir-putin", EntityType::Person, "Vladimir Putin", {"Putin"}),
      entity("carlo-nordio", EntityType::Person, "Carlo Nordio", {"Nordio"}),
      entity("pope-francis", EntityType::Person, "Papa Francesco"),
  });
  const auto ids = [&](const std::string& query) {
    analysis::AnalyzerSet analyzers;
    search::QueryBuilder builder(analyzers, 100, &base, {}, true);
    return matches(database, builder.build(search::parse_query(query), {}).query);
  };
  CHECK(ids("Putin") == Ids{"ro1", "sq1"});  // Putinit, Putinului
  // Italian Snowball stems "Nordio" and "Nord" alike; as names they differ.
  CHECK(ids("nordio") == Ids{"it1", "it2"});
  CHECK(ids("Nordio") == Ids{"it1"});
  // Only the surname must be a name: Italian writes "papa" in lower case.
  CHECK(ids("Papa Francesco") == Ids{"it3"});
}

namespace {

const entities::EntityBase& no_entities() {
  static const entities::EntityBase none;
  return none;
}

// `count` articles of `language` with ids prefix1.., each `text`, its
// entities found with `base`.
void add_articles(Xapian::WritableDatabase& database, Language language, const std::string& prefix, int count,
                  const std::string& text, const entities::EntityBase& base = no_entities()) {
  indexer::DocumentBuilder builder(base);
  for (int i = 1; i <= count; ++i) {
    schema::Article article;
    article.id = prefix + std::to_string(i);
    article.language = language;
    article.title = "Știri";
    article.text = text;
    database.replace_document(schema::id_term(article.id), builder.build(article));
  }
  database.commit();
}

search::MatchCount counts_of(const Xapian::Database& database) {
  return [&database](const Xapian::Query& query, Xapian::doccount enough) {
    return search::count_matches(database, query, enough);
  };
}

}  // namespace

TEST_CASE("a word in lower case names a place or body only where the articles mostly write it as a name") {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  // Italian writes "Cina" (China) as a name; Romanian "cină" is dinner.
  add_articles(database, Language::Italian, "it", 5, "La delegazione è partita ieri per la Cina.");
  add_articles(database, Language::Romanian, "ro", 6, "Familia a luat cina împreună aseară.");
  add_articles(database, Language::Romanian, "rt", 5, "Pictorul a ales o ramă aurie pentru tablou.");
  using entities::EntityType;
  entities::Entity china = entity("china", EntityType::Place, "China");
  china.names = {"China", "Kina", "China", "Cina"};
  const entities::EntityBase base({china, entity("tablou", EntityType::Organisation, "Tablou")});
  const auto named = [&](const std::string& query, std::vector<Language> languages, bool counts = true) {
    analysis::AnalyzerSet analyzers;
    search::QueryBuilder builder(analyzers, 100, &base, {}, true, counts ? counts_of(database) : search::MatchCount());
    std::vector<std::string> found;
    for (const auto& entity : builder.build(search::parse_query(query), languages).entities)
      found.push_back(entity.entity->id);
    return found;
  };
  using Names = std::vector<std::string>;
  CHECK(named("cina", {Language::Italian}) == Names{"china"});
  CHECK(named("cina", {Language::Romanian}).empty());            // dinner
  CHECK(named("cina", {}) == Names{"china"});                    // named in the Italian reading
  CHECK(named("Cina", {Language::Romanian}) == Names{"china"});  // written as a name by the user
  CHECK(named("tablou", {}).empty());                            // a common word wherever written
  CHECK(named("tablou", {}, false) == Names{"tablou"});          // no counts: as before
  // Leaving it out leaves out the word, not the place, where it is a word.
  analysis::AnalyzerSet analyzers;
  search::QueryBuilder builder(analyzers, 100, &base, {}, true, counts_of(database));
  const std::string minus =
      builder.build(search::parse_query("aseară -cina"), {Language::Romanian}).query.get_description();
  CHECK(minus.find(schema::place_term("china")) == std::string::npos);
}

TEST_CASE("an Italian capitalised word no entity has is a name when the articles mostly write it as one") {
  // Italian Snowball stems "Conte" and "conto" (an account) alike.
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  add_articles(database, Language::Italian, "coach", 5, "L'allenatore Antonio Conte ha parlato ai giornalisti.");
  add_articles(database, Language::Italian, "bank", 5, "Il conto in banca era vuoto da mesi.");
  add_articles(database, Language::Italian, "sea", 6, "Il porto di Genova e il porto di Napoli sono pieni.");
  add_articles(database, Language::Italian, "city", 1, "La nave è arrivata a Porto ieri.");
  const auto count = [&](const std::string& query, bool counts = true) {
    analysis::AnalyzerSet analyzers;
    search::QueryBuilder builder(analyzers, 100, nullptr, {}, true,
                                 counts ? counts_of(database) : search::MatchCount());
    return search::count_matches(database, builder.build(search::parse_query(query), {}).query);
  };
  CHECK(count("Conte") == 5);
  CHECK(count("conte") == 10);  // in lower case, a word
  CHECK(count("Conto") == 10);  // mostly a common word: capitalised, still a word
  CHECK(count("Porto") == 7);
  CHECK(count("Conte", false) == 10);
  CHECK(count("giornalisti -Conte") == 0);
  CHECK(count("banca -Conte") == 5);  // left out as asked for: the name, not "conto"
}

TEST_CASE("a case form written as a name names its entity in every language, where the articles say so") {
  using entities::EntityType;
  entities::Entity moscow = entity("moscow", EntityType::Place, "Moscow");
  moscow.names = {"Moscow", "Moska", "Moscova", "Mosca"};
  entities::Entity lega = entity("lega", EntityType::Organisation, "Lega");
  const entities::EntityBase base({moscow, lega, entity("alba-county", EntityType::Place, "Alba"),
                                   entity("albin-kurti", EntityType::Person, "Albin Kurti", {"Kurti"}),
                                   entity("vladimir-putin", EntityType::Person, "Vladimir Putin", {"Putin"})});
  analysis::AnalyzerSet resolving;
  // What the base's inflection alone would say:
  const auto resolves = [&](const std::string& form, const std::string& id) {
    const auto found = base.resolve(form, resolving);
    return std::any_of(found.begin(), found.end(), [&](const entities::Entity* e) { return e->id == id; });
  };
  REQUIRE(resolves("Moskës", "moscow"));
  REQUIRE(resolves("Putinului", "vladimir-putin"));
  REQUIRE(resolves("Legea", "lega"));
  REQUIRE(resolves("Albin", "alba-county"));
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  add_articles(database, Language::Albanian, "sq", 3, "Delegacioni mbërriti në Moskë. Rrugët e Moskës ishin plot.",
               base);
  add_articles(database, Language::Romanian, "ro", 3, "Delegația a ajuns ieri la Moscova.", base);
  add_articles(database, Language::Italian, "it", 3, "La delegazione è arrivata ieri a Mosca.", base);
  add_articles(database, Language::Albanian, "ak", 3, "Albin Kurti foli sot në Kuvend.", base);
  add_articles(database, Language::Romanian, "vp", 2, "Vladimir Putin a vorbit ieri la telefon.", base);
  add_articles(database, Language::Romanian, "lg", 6,
               "Parlamentul a votat ieri. Legea intră în vigoare, legea e clară.", base);
  const auto named = [&](const std::string& query, bool counts = true) {
    analysis::AnalyzerSet analyzers;
    search::QueryBuilder builder(analyzers, 100, &base, {}, true, counts ? counts_of(database) : search::MatchCount());
    std::vector<std::string> found;
    for (const auto& entity : builder.build(search::parse_query(query), {}).entities)
      found.push_back(entity.entity->id);
    return found;
  };
  using Names = std::vector<std::string>;
  // The articles write "Moskës" as Moscow's name: Moscow, in every language.
  CHECK(named("Moskës") == Names{"moscow"});
  {
    analysis::AnalyzerSet analyzers;
    search::QueryBuilder builder(analyzers, 100, &base, {}, true, counts_of(database));
    CHECK(search::count_matches(database, builder.build(search::parse_query("Moskës"), {}).query) == 9);
  }
  // No article writes "Putinului", but it is a Romanian form of the name
  // they write (its name key, schema::name_terms).
  CHECK(named("Putinului") == Names{"vladimir-putin"});
  // Typed without its ë, an Albanian form keeps its ending: a word as typed.
  CHECK(named("Moskes").empty());
  // "Albin" is written as a name, but of Albin Kurti, not of Alba.
  CHECK(named("Albin").empty());
  // Romanian articles write "legea" (the law) mostly in lower case.
  CHECK(named("Legea").empty());
  // In lower case a form is that language's word; without counts, as before.
  CHECK(named("moskës").empty());
  CHECK(named("Moskës", false).empty());
}
