#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "schema/name_terms.h"
#include "search/highlighter.h"

using namespace kronika::search;
using kronika::analysis::Analyzer;
using kronika::analysis::Language;

namespace {

// `sentence` written `times` times: filler text without matches.
std::string repeated(const std::string& sentence, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += sentence;
  return text;
}

}  // namespace

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
  const std::string text = repeated("parola qualunque senza interesse. ", 40) +
                           "Qui Kim incontra Putin a Vladivostok. " + repeated("ancora testo di riempimento. ", 40);
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

TEST_CASE("a match far into a long text is still found") {
  Analyzer italian(Language::Italian);
  const std::string text = repeated("parola qualunque senza interesse. ", 400) + "Alla fine arriva Lavrov. " +
                           repeated("ancora testo. ", 10);
  HighlightTerms terms;
  terms.add_stemmed_word("lavrov", italian.stem("lavrov"));
  const std::string snippet = make_snippet(text, italian, terms, 120);
  CHECK(snippet.find("<mark>Lavrov</mark>") != std::string::npos);
  CHECK(snippet.rfind("\u2026", 0) == 0);
}

TEST_CASE("an opening passage with every target wins; one missing a target does not") {
  Analyzer italian(Language::Italian);
  const std::string filler = repeated("parola qualunque senza interesse. ", 200);
  HighlightTerms terms;
  terms.add_stemmed_word("kim", italian.stem("kim"));
  terms.add_stemmed_word("putin", italian.stem("putin"));
  CHECK(terms.targets() == 2);

  // Both words early, and both again later with more matches: the early
  // passage is enough (the text after it is never analysed).
  const std::string early = "Kim e Putin. " + filler + "Kim, Kim e Putin, Putin. " + filler;
  CHECK(make_snippet(early, italian, terms, 60).rfind("<mark>Kim</mark> e <mark>Putin</mark>", 0) == 0);

  // Only Kim early, Kim and Putin together later: the later passage.
  const std::string later = "Kim parla. " + filler + "Kim incontra Putin. " + filler;
  const std::string snippet = make_snippet(later, italian, terms, 60);
  CHECK(snippet.find("<mark>Kim</mark> incontra <mark>Putin</mark>") != std::string::npos);
}

TEST_CASE("targets: one per stem, prefix and plain word") {
  HighlightTerms terms;
  terms.add_stemmed_word("rusise", "rus");
  terms.add_stemmed_word("rusine", "rus");
  terms.words.insert("kim");
  terms.prefixes.push_back("viz");
  CHECK(terms.targets() == 3);
}

TEST_CASE("words ruled out by their first letter are never matches, and accented capitals still are") {
  Analyzer albanian(Language::Albanian);
  HighlightTerms terms;
  terms.add_stemmed_word("ceshtja", albanian.stem("çështja"));  // typed without ç and ë
  terms.prefixes.push_back("shqip");
  terms.words.insert("ozil");
  const std::string snippet =
      make_snippet("Çështjet e Shqipërisë: Özil dhe Cështja, jo çelësi e ÇËSHTJA.", albanian, terms, 200);
  CHECK(snippet ==
        "<mark>Çështjet</mark> e <mark>Shqipërisë</mark>: <mark>Özil</mark> dhe <mark>Cështja</mark>, jo çelësi e "
        "<mark>ÇËSHTJA</mark>.");
}

TEST_CASE("mentions of an entity the query names are marked however the article wrote them") {
  Analyzer albanian(Language::Albanian);
  HighlightTerms terms;
  terms.add_stemmed_word("pyongyang", albanian.stem("pyongyang"));
  // "Phenianit", far into the text, is a mention of Pyongyang: the passage
  // shows it, marked; the same word outside a mention is not marked.
  const std::string text = repeated("Asgjë e re sot. ", 30) + "Presidenti rus mbërriti në Phenianit dje.";
  std::size_t at = 0;  // in code points, as mentions are
  for (std::size_t byte = 0; byte < text.find("Phenianit"); ++byte) at += (text[byte] & 0xC0) != 0x80;
  const std::vector<MarkedSpan> marked = {{at, at + 9, "pyongyang"}};
  const std::string snippet = make_snippet(text, albanian, terms, 80, marked);
  CHECK(snippet.find("<mark>Phenianit</mark>") != std::string::npos);
  CHECK(make_snippet("Phenianit dje.", albanian, terms, 80).find("<mark>") == std::string::npos);
}

TEST_CASE("a phrase is marked where it stands, not word by word") {
  Analyzer albanian(Language::Albanian);
  HighlightTerms terms;
  terms.add_phrase({"edi", "rama"});
  const std::string snippet = make_snippet("Rama foli sot. Edi Rama tha se Edi do të vijë.", albanian, terms, 200);
  CHECK(snippet == "Rama foli sot. <mark>Edi</mark> <mark>Rama</mark> tha se Edi do të vijë.");
}

TEST_CASE("the lower-case connectors inside a marked mention stay unmarked") {
  Analyzer romanian(Language::Romanian);
  HighlightTerms terms;
  terms.add_stemmed_word("usa", romanian.stem("usa"));
  const std::string text = "Vizita in Statele Unite ale Americii.";
  const std::size_t at = text.find("Statele");  // ASCII before it: bytes are code points
  const std::vector<MarkedSpan> marked = {{at, at + std::string("Statele Unite ale Americii").size(), "united-states"}};
  CHECK(make_snippet(text, romanian, terms, 200, marked, 1) ==
        "Vizita in <mark>Statele</mark> <mark>Unite</mark> ale <mark>Americii</mark>.");
}

TEST_CASE("a word asked for as a name is marked only where written with a capital") {
  Analyzer romanian(Language::Romanian);
  HighlightTerms terms;
  const auto name = [](Analyzer& analyzer, const std::string& word) {
    kronika::analysis::Token token;
    token.text = word;
    return kronika::schema::name_terms(analyzer.language(), token);
  };
  terms.add_stemmed_word("putin", romanian.stem("Putin"));
  terms.mark_only_as_name("putin", romanian.stem("Putin"), name(romanian, "Putin"));
  CHECK(make_snippet("Putin a spus puțin, cel puțin azi. Putinului i-a plăcut.", romanian, terms, 200) ==
        "<mark>Putin</mark> a spus puțin, cel puțin azi. <mark>Putinului</mark> i-a plăcut.");
  // Italian Snowball stems "Nordio" like "Nord": as names they differ.
  Analyzer italian(Language::Italian);
  HighlightTerms nordio;
  nordio.add_stemmed_word("nordio", italian.stem("Nordio"));
  nordio.mark_only_as_name("nordio", italian.stem("Nordio"), name(italian, "Nordio"));
  CHECK(make_snippet("Il ministro Nordio era a Modena Nord.", italian, nordio, 200) ==
        "Il ministro <mark>Nordio</mark> era a Modena Nord.");
}
