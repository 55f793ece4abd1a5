#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysis/tokenizer.h"

using kronika::analysis::Tokenizer;

namespace {

std::vector<std::string> words(std::string_view text) {
  Tokenizer tokenizer;
  std::vector<std::string> out;
  for (const auto& span : tokenizer.split(text)) {
    out.emplace_back(text.substr(span.byte_start, span.byte_end - span.byte_start));
  }
  return out;
}

}  // namespace

TEST_CASE("ICU word segmentation skips spaces and punctuation") {
  CHECK(words("Kim Jong Un, në Moskë!") == std::vector<std::string>{"Kim", "Jong", "Un", "në", "Moskë"});
  CHECK(words("  ").empty());
  CHECK(words("").empty());
  CHECK(words("„La invitația”") == std::vector<std::string>{"La", "invitația"});
}

TEST_CASE("Italian elisions are split, with straight and typographic apostrophes") {
  CHECK(words("dell'Estremo Oriente") == std::vector<std::string>{"dell", "Estremo", "Oriente"});
  CHECK(words("dell’Ucraina") == std::vector<std::string>{"dell", "Ucraina"});
  CHECK(words("l’Unione europea") == std::vector<std::string>{"l", "Unione", "europea"});
}

TEST_CASE("hyphens separate words and numbers stay whole") {
  CHECK(words("SHBA-ja") == std::vector<std::string>{"SHBA", "ja"});
  CHECK(words("17.06.2024 e 2019") == std::vector<std::string>{"17.06.2024", "e", "2019"});
}

TEST_CASE("byte offsets point into the original UTF-8") {
  Tokenizer tokenizer;
  const std::string text = "Rusisë dhe Ukrainës";
  const auto spans = tokenizer.split(text);
  REQUIRE(spans.size() == 3);
  CHECK(text.substr(spans[2].byte_start, spans[2].byte_end - spans[2].byte_start) == "Ukrainës");
}

TEST_CASE("over-long 'words' are dropped") {
  const std::string huge(Tokenizer::kMaxWordBytes + 1, 'a');
  CHECK(words(huge + " ok") == std::vector<std::string>{"ok"});
}

TEST_CASE("sentences glued by a lost space are split at the full stop; other dotted words stay whole") {
  CHECK(words("dhe Kosovës.Ministrja për") == std::vector<std::string>{"dhe", "Kosovës", "Ministrja", "për"});
  CHECK(words("alegerilor.Ce urmează") == std::vector<std::string>{"alegerilor", "Ce", "urmează"});
  CHECK(words("zi.Șeful") == std::vector<std::string>{"zi", "Șeful"});
  // Not a sentence end: an uppercase or a digit before, a lowercase after.
  CHECK(words("U.S.A. e google.com") == std::vector<std::string>{"U.S.A", "e", "google.com"});
  CHECK(words("10.000 3.5") == std::vector<std::string>{"10.000", "3.5"});
}
