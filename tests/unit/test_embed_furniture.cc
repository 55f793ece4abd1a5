// Unit tests for kronika::articles::without_embed_furniture.
#include <doctest/doctest.h>

#include <string>

#include "articles/embed_furniture.h"

using kronika::articles::without_embed_furniture;

TEST_CASE("embed captions are dropped, the text around them joined by one space") {
  CHECK(without_embed_furniture("Këngëtarja erdhi në Tiranë. View this post on Instagram A post shared by Vera Ora "
                                "(@veraora) Familja Ora zotëron një vilë.") ==
        "Këngëtarja erdhi në Tiranë. Familja Ora zotëron një vilë.");
  CHECK(without_embed_furniture("Tri pikë të vlefshme. /Telegrafi/ Standings provided by Sofascore") ==
        "Tri pikë të vlefshme. /Telegrafi/");
  CHECK(without_embed_furniture("Notat e lojtarëve Lineups provided by Sofascore /Telegrafi/") ==
        "Notat e lojtarëve /Telegrafi/");
  CHECK(without_embed_furniture("Ai shkroi: gol! pic.twitter.com/4VikaF72Wp— Ana (@ana) July 15, 2026") ==
        "Ai shkroi: gol! — Ana (@ana) July 15, 2026");
  // The link's scheme goes with it.
  CHECK(without_embed_furniture("Ai shkroi: gol! https://pic.twitter.com/4VikaF72Wp — Ana") == "Ai shkroi: gol! — Ana");
}

TEST_CASE("a caption between paragraphs keeps them apart") {
  CHECK(without_embed_furniture("Paragrafi i parë.\n\nView this post on Instagram A post shared by Vera Ora "
                                "(@veraora)\n\nParagrafi i dytë.") == "Paragrafi i parë.\n\nParagrafi i dytë.");
  CHECK(without_embed_furniture("Rreshti i parë.\nStandings provided by Sofascore\nRreshti i dytë.") ==
        "Rreshti i parë.\nRreshti i dytë.");
  CHECK(without_embed_furniture("Rreshti i parë.\r\n\r\npic.twitter.com/abc\r\n\r\nRreshti i dytë.") ==
        "Rreshti i parë.\n\nRreshti i dytë.");
  CHECK(without_embed_furniture("Rreshti i parë.\n \nStandings provided by Sofascore\n \nRreshti i dytë.") ==
        "Rreshti i parë.\n\nRreshti i dytë.");
}

TEST_CASE("text without embed captions, or only resembling them, stays") {
  const std::string plain = "Ministri foli sot për buxhetin e vitit 2026.";
  CHECK(without_embed_furniture(plain) == plain);
  // No "(@handle)" near: an ordinary English sentence.
  const std::string sentence = "A post shared by many readers went viral, the paper said.";
  CHECK(without_embed_furniture(sentence) == sentence);
  // "provided by Sofascore" after a word that is not a widget's caption.
  const std::string data = "Data provided by Sofascore show it.";
  CHECK(without_embed_furniture(data) == data);
  CHECK(without_embed_furniture("") == "");
}
