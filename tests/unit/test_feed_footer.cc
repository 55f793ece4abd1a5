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
