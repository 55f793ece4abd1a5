#include <doctest/doctest.h>

#include "articles/html_text.h"

using namespace kronika::articles;

TEST_CASE("looks_like_html spots tags and entities, not comparisons") {
  CHECK(looks_like_html("<p>Tekst</p>"));
  CHECK(looks_like_html("A &amp; B"));
  CHECK(looks_like_html("kuota&#8217;s"));
  CHECK_FALSE(looks_like_html("5 < 6 & 7 > 3"));
  CHECK_FALSE(looks_like_html("Putin dhe Kim"));
}

TEST_CASE("html_to_text keeps text, paragraphs and decoded entities") {
  const std::string text = html_to_text(
      "<p>Putin <b>mbërriti</b> në Phenian.</p><p>Kim &amp; Putin&nbsp;u takuan.</p>"
      "<script>var x = 'nuk duhet';</script><style>p{}</style>");
  CHECK(text == "Putin mbërriti në Phenian.\n\nKim & Putin u takuan.");
}

TEST_CASE("html_to_text survives broken and deeply nested markup") {
  CHECK(html_to_text("<p>pa mbyllje <b>bold") == "pa mbyllje bold");
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "thellë";
  CHECK(html_to_text(deep) == "thellë");
}
