// Links and prompts a news site puts between or after paragraphs ("Citește
// și:", "Află totul despre…", "Loghează-te în contul tău…") come glued to the
// last word before them once the page is flattened to text, with no space:
// "EXCLUSIVCitește și:", "InstagramAflă totul", "UcrainaLoghează-te". The
// glued word is then a new word: "InstagramAflă" was a found person of 53
// Romanian articles, "EXCLUSIVCitește" of 57, and "Instagram" and "Ucraina"
// were lost to the facets (bench/README-entities.md).
#pragma once

#include <string>
#include <string_view>

namespace kronika::articles {

// `text` with a line break put between such a prompt and a letter glued
// before it; unchanged when there is none. The prompt itself stays (the
// entity extractor knows its words are no names).
std::string with_glued_links_apart(std::string_view text);

}  // namespace kronika::articles
