// Feed footers: the line a blog engine appends to every item of its RSS
// feed. WordPress writes "The post <title> appeared first on <site>." by
// default, and news read from such feeds carries it at the end of the text,
// as many of the Albanian RSS articles in ../shared/corpus/news do. Left in,
// it repeats the title in the body, puts English words and the site's name
// in every article, and made the site the most frequent "actor" of the
// Albanian news ("Gazeta Express").
#pragma once

#include <string_view>

namespace kronika::articles {

// `text` without a feed footer at its very end, trimmed (util::trim);
// unchanged when it has none. A sentence like it inside the text stays.
std::string_view without_feed_footer(std::string_view text);

}  // namespace kronika::articles
