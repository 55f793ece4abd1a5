#include <doctest/doctest.h>

#include "util/utf8.h"

using namespace kronika::util;

TEST_CASE("UTF-8 validation") {
  CHECK(is_valid_utf8("Rusisë, președintele, città"));
  CHECK(is_valid_utf8(""));
  CHECK_FALSE(is_valid_utf8("\xC3\x28"));      // bad continuation
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
  CHECK_FALSE(is_valid_utf8("abc\xE2\x82"));   // truncated
  CHECK(first_invalid_utf8("ok\xFFno") == 2);
}

TEST_CASE("code points, escaping, whitespace") {
  CHECK(count_code_points("Rusisë") == 6);
  CHECK(html_escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  CHECK(trim("\u00A0 text \n") == "text");
  CHECK(tidy_whitespace("  a \t b\n\n\n\nc\r\n d ") == "a b\n\nc\nd");
}
