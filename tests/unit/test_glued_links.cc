#include <doctest/doctest.h>

#include "articles/glued_links.h"

using kronika::articles::with_glued_links_apart;

TEST_CASE("a site's prompt glued to the word before it is put on its own line") {
  CHECK(with_glued_links_apart("Sursa foto: InstagramAflă totul despre vedete.") ==
        "Sursa foto: Instagram\nAflă totul despre vedete.");
  CHECK(with_glued_links_apart("o declarație / EXCLUSIVCitește și: alt articol") ==
        "o declarație / EXCLUSIV\nCitește și: alt articol");
  CHECK(with_glued_links_apart("războiul din UcrainaLoghează-te în contul tău") ==
        "războiul din Ucraina\nLoghează-te în contul tău");
  // After a letter with diacritics too.
  CHECK(with_glued_links_apart("în RomâniaCiteste si: x") == "în România\nCiteste si: x");
}

TEST_CASE("prompts already apart, and text without them, stay as they are") {
  const std::string apart = "Un paragraf.\nCitește și: alt articol. Află totul aici.";
  CHECK(with_glued_links_apart(apart) == apart);
  const std::string plain = "Guvernul a aprobat bugetul.";
  CHECK(with_glued_links_apart(plain) == plain);
  CHECK(with_glued_links_apart("").empty());
  CHECK(with_glued_links_apart("Află totul") == "Află totul");  // at the very start
}
