// HTML in article text (RSS bodies, WordPress exports) becomes plain text.
#pragma once

#include <string>
#include <string_view>

namespace kronika::articles {

// True when `text` contains a tag ("<p", "</", "<!--") or a character
// reference ("&amp;", "&#8217;"): worth a real HTML parse.
bool looks_like_html(std::string_view text);

// Parses with Gumbo (an HTML5-conformant parser: real pages break regexes),
// keeps text, drops script/style, turns block elements into paragraph
// breaks, decodes entities, tidies whitespace.
std::string html_to_text(std::string_view html);

}  // namespace kronika::articles
