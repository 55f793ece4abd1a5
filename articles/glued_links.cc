#include "articles/glued_links.h"

#include <array>

namespace kronika::articles {

namespace {

// Prompts that open with a capital letter, so that the letter before them
// tells a glued prompt from a word that merely contains them.
constexpr std::array<std::string_view, 6> kPrompts = {"Citește și", "Citeste si",  "Citiți și",
                                                      "Află totul", "Loghează-te", "Citește mai mult"};

// True when the byte before `at` ends a letter: an ASCII letter or the last
// byte of a multi-byte letter (ă, ș, ë …; digits and punctuation are ASCII).
bool letter_before(std::string_view text, std::size_t at) {
  if (at == 0) return false;
  const auto byte = static_cast<unsigned char>(text[at - 1]);
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || byte >= 0x80;
}

}  // namespace

std::string with_glued_links_apart(std::string_view text) {
  std::string out;
  std::size_t copied = 0;
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (!letter_before(text, i)) continue;
    for (std::string_view prompt : kPrompts) {
      if (text.substr(i).starts_with(prompt)) {
        out.append(text.substr(copied, i - copied)).append("\n");
        copied = i;
        break;
      }
    }
  }
  if (copied == 0) return std::string(text);
  out.append(text.substr(copied));
  return out;
}

}  // namespace kronika::articles
