#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "articles/article_reader.h"
#include "articles/feed_footer.h"
#include "temp_directory.h"

using kronika::articles::without_feed_footer;

TEST_CASE("a WordPress feed footer at the end of a text is dropped") {
  CHECK(without_feed_footer("Ministri foli sot. The post Ministri foli sot appeared first on Gazeta Jonë.") ==
        "Ministri foli sot.");
  CHECK(without_feed_footer("Ndeshja mbaroi 2-1.\n\nThe post Fitore në shtëpi first appeared on Sporti Ynë.\n") ==
        "Ndeshja mbaroi 2-1.");
  CHECK(without_feed_footer("Lajm i shkurtër. The post Lajm appeared first on Portali") == "Lajm i shkurtër.");
}

TEST_CASE("an Italian paper's sign-off, initials and rights line, is dropped") {
  CHECK(without_feed_footer("Sono ben pochi». \u2014 G. F. \u00a9 RIPRODUZIONE RISERVATA") == "Sono ben pochi».");
  CHECK(without_feed_footer("La vita normale». \u2014 e. b.. \u00a9 RIPRODUZIONE RISERVATA.") == "La vita normale».");
  CHECK(without_feed_footer("Fuori servizio. \u2014 \u00a9 Riproduzione riservata") == "Fuori servizio.");
  CHECK(without_feed_footer("Li ha filmati. \u00a9RIPRODUZIONE RISERVATA.") == "Li ha filmati.");
  CHECK(without_feed_footer("Era la riproduzione riservata") == "Era la riproduzione riservata");  // no ©
  // No dash: the last sentence keeps its full stop and its last word.
  CHECK(without_feed_footer("Serve la vitamina C. \u00a9 RIPRODUZIONE RISERVATA") == "Serve la vitamina C.");
  // Not at the end: stays.
  const std::string inside = "\u00a9 RIPRODUZIONE RISERVATA era scritto in fondo. Poi altro.";
  CHECK(without_feed_footer(inside) == inside);
}

TEST_CASE("text that only resembles a feed footer stays") {
  // Not at the end.
  const std::string inside = "The post office appeared first on the list of closures. Then the bank followed.";
  CHECK(without_feed_footer(inside) == inside);
  // No title between the opening and the middle, or no site after it.
  CHECK(without_feed_footer("The post appeared first on Gazeta.") == "The post appeared first on Gazeta.");
  CHECK(without_feed_footer("The post Lajm appeared first on ") == "The post Lajm appeared first on ");
  // A "site" far too long to be a name is a sentence of the article.
  const std::string sentence = "The post Lajm appeared first on " + std::string(100, 'x');
  CHECK(without_feed_footer(sentence) == sentence);
  CHECK(without_feed_footer("") == "");
}

TEST_CASE("the article reader drops the footer before analysis and storage") {
  const std::filesystem::path dir = kronika::testing::temp_directory("feed-footer");
  const std::filesystem::path file = dir / "feed.jsonl";
  std::ofstream(file)
      << R"({"id":"f1","lang":"sq","title":"Takim në Prishtinë","text":"Ministrat u takuan në Prishtinë. The post Takim në Prishtinë appeared first on Gazeta Jonë."})"
      << "\n";
  std::vector<kronika::schema::Article> read;
  kronika::articles::read_article_file(
      file, [&](kronika::schema::Article&& article) { read.push_back(std::move(article)); },
      [](const kronika::articles::ReadProblem&) {});
  REQUIRE(read.size() == 1);
  CHECK(read[0].text == "Ministrat u takuan në Prishtinë.");
  CHECK(read[0].title == "Takim në Prishtinë");
}
