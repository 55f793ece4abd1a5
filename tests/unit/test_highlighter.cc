#include <doctest/doctest.h>

#include "search/highlighter.h"

using namespace kronika::search;
using kronika::analysis::Analyzer;
using kronika::analysis::Language;

TEST_CASE("matched words are marked, including inflected and unaccented matches") {
  Analyzer albanian(Language::Albanian);
  HighlightTerms terms;
  terms.words.insert("rusise");
  terms.add_stem(albanian.stem("Rusise"));
  const std::string snippet = make_snippet("Armët e Rusisë dhe Rusinë.", albanian, terms, 200);
  CHECK(snippet == "Armët e <mark>Rusisë</mark> dhe <mark>Rusinë</mark>.");
}

TEST_CASE("snippets are HTML-escaped") {
  Analyzer none(Language::Undetermined);
  HighlightTerms terms;
  terms.words.insert("putin");
  const std::string snippet = make_snippet("5 < 6 & <b>Putin</b>", none, terms, 200);
  CHECK(snippet == "5 &lt; 6 &amp; &lt;b&gt;<mark>Putin</mark>&lt;/b&gt;");
}

TEST_CASE("a long text is cut around the best passage, with ellipses") {
  Analyzer italian(Language::Italian);
  std::string text;
  for (int i = 0; i < 40; ++i) text += "parola qualunque senza interesse. ";
  text += "Qui Kim incontra Putin a Vladivostok. ";
  for (int i = 0; i < 40; ++i) text += "ancora testo di riempimento. ";
  HighlightTerms terms;
  terms.words = {"kim", "putin"};
  const std::string snippet = make_snippet(text, italian, terms, 120);
  CHECK(snippet.find("<mark>Kim</mark>") != std::string::npos);
  CHECK(snippet.find("<mark>Putin</mark>") != std::string::npos);
  CHECK(snippet.rfind("\u2026", 0) == 0);
  CHECK(snippet.size() < 120 + 60);  // bytes: the text plus marks and ellipses
}

TEST_CASE("prefixes mark every word they start; no match gives the opening") {
  Analyzer romanian(Language::Romanian);
  HighlightTerms prefix;
  prefix.prefixes.push_back("viz");
  CHECK(make_snippet("Vizita și vizitele", romanian, prefix, 200) == "<mark>Vizita</mark> și <mark>vizitele</mark>");
  HighlightTerms none;
  CHECK(make_snippet("Primul rând.\n\nAl doilea.", romanian, none, 200) == "Primul rând.  Al doilea.");
}
