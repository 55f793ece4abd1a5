// Embed furniture: the captions social-media and sports-data embeds leave in
// news text once the page is flattened to text. Instagram's "View this post
// on Instagram A post shared by Vera Ora (@veraora)", Sofascore's "Standings
// provided by Sofascore", and bare "pic.twitter.com/…" links came with
// hundreds of the Albanian RSS articles in ../shared/corpus/news. Left in,
// they put English boilerplate in the index and in snippets, and made
// "Instagram A", "View", "Standings" and "Sofascore" frequent "people" of the
// actor facets (bench/README-entities.md, "Found entities in real news").
#pragma once

#include <string>
#include <string_view>

namespace kronika::articles {

// `text` without embed captions, the white space around each removal
// squeezed to one separator: a blank line if it held one, else a line break
// if it held one, else a space; unchanged when it has none. The quoted post or tweet itself
// stays: it is content.
std::string without_embed_furniture(std::string_view text);

}  // namespace kronika::articles
