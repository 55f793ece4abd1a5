#include <doctest/doctest.h>

#include <xapian.h>

#include "schema/index_schema.h"
#include "search/query_parser.h"
#include "search/spelling.h"

using namespace kronika;

TEST_CASE("edit distance counts insertions, deletions, substitutions and transpositions") {
  CHECK(search::edit_distance("putin", "putin", 2) == 0);
  CHECK(search::edit_distance("putni", "putin", 2) == 1);  // transposition
  CHECK(search::edit_distance("pyongyng", "pyongyang", 2) == 1);
  CHECK(search::edit_distance("kim", "kimit", 2) == 2);
  CHECK(search::edit_distance("abc", "xyz", 1) == 2);  // stops beyond the limit
}

TEST_CASE("did you mean: unknown words get the most frequent close indexed word") {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const char* words : {"putin vladivostok", "putin pyongyang", "pution"}) {
    Xapian::Document document;
    std::string text = words;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      document.add_term(text.substr(start, end - start));
      start = end + 1;
    }
    database.add_document(document);
  }
  analysis::AnalyzerSet analyzers;
  auto suggest = [&](const std::string& query) {
    return search::suggest_spelling(database, query, search::parse_query(query), analyzers);
  };
  CHECK(suggest("Putni Vladivostock") == std::optional<std::string>("Putin Vladivostok"));
  CHECK(suggest("pyongyng") == std::optional<std::string>("pyongyang"));
  CHECK(suggest("putin") == std::nullopt);    // known
  CHECK(suggest("qqqqqqq") == std::nullopt);  // nothing close
  CHECK(suggest("xyz") == std::nullopt);      // too short to correct
}

TEST_CASE("did you mean: a stem counts as known only in its own language's articles") {
  // A Romanian article: plain "ciolacului", Romanian stem "ciolac". The
  // Albanian stem of the typo "ciolacuu" is "ciolac" too, but no Albanian
  // article has it, so the typo is unknown and gets its correction.
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  analysis::AnalyzerSet analyzers;
  Xapian::Document romanian;
  romanian.add_term("ciolacului");
  romanian.add_term("ciolacu");
  romanian.add_term(schema::stem_term(analyzers[analysis::Language::Romanian].stem("ciolacului")));
  romanian.add_term(schema::language_term("ro"));
  database.add_document(romanian);
  REQUIRE(analyzers[analysis::Language::Albanian].stem("ciolacuu") ==
          analyzers[analysis::Language::Romanian].stem("ciolacului"));
  const auto suggestion = search::suggest_spelling(database, "Ciolacuu", search::parse_query("Ciolacuu"), analyzers);
  CHECK(suggestion == std::optional<std::string>("Ciolacu"));
}
