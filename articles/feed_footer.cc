#include "articles/feed_footer.h"

#include <array>
#include <optional>

#include "analysis/normalizer.h"
#include "util/utf8.h"

namespace kronika::articles {

namespace {

// WordPress's default ("The post %1$s appeared first on %2$s.") and the
// wording some themes use instead.
constexpr std::string_view kOpening = "The post ";
constexpr std::array<std::string_view, 2> kMiddles = {" appeared first on ", " first appeared on "};
constexpr std::size_t kMaxSiteBytes = 80;

// A site's name ("Gazeta Express", "Koha.net"), with the footer's full stop:
// one short line, no sentence ending inside it.
bool looks_like_site(std::string_view site) {
  if (site.empty() || site.size() > kMaxSiteBytes || site.find('\n') != std::string_view::npos) return false;
  for (std::string_view end : {". ", "! ", "? "})
    if (site.find(end) != std::string_view::npos) return false;
  return true;
}

// Italian papers sign off their stories "— G. F. © RIPRODUZIONE RISERVATA"
// (the author's initials, all rights reserved): 1,186 of the Italian crime
// news end so, and the initials were a "person" in 17 to 19 articles each.
constexpr std::string_view kReserved = "riproduzione riservata";

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// `text` (trimmed) without a final "© RIPRODUZIONE RISERVATA" and the
// initials and dash before it; nullopt when it does not end so.
std::optional<std::string_view> without_rights_line(std::string_view text) {
  std::string_view rest = text;
  if (rest.ends_with('.')) rest.remove_suffix(1);  // "RISERVATA."
  if (rest.size() < kReserved.size() || analysis::fold_case(rest.substr(rest.size() - kReserved.size())) != kReserved)
    return std::nullopt;
  rest.remove_suffix(kReserved.size());
  // "© RIPRODUZIONE RISERVATA" or "©RIPRODUZIONE RISERVATA".
  if (rest.ends_with(' ')) rest.remove_suffix(1);
  constexpr std::string_view kCopyright = "\u00a9";
  if (!rest.ends_with(kCopyright)) return std::nullopt;
  rest.remove_suffix(kCopyright.size());
  // Initials before it, "G. F. ", "e. b.. " (a letter and its full stops
  // after a space), only when a dash opens the sign-off: else a final "C."
  // is the article's own.
  std::string_view signed_off = rest;
  for (;;) {
    std::string_view before = signed_off;
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    std::size_t dots = 0;
    while (!before.empty() && before.back() == '.') {
      before.remove_suffix(1);
      ++dots;
    }
    if (dots == 0 || before.size() < 2 || !is_letter(before.back()) || before[before.size() - 2] != ' ') break;
    before.remove_suffix(1);
    signed_off = before;
  }
  for (std::string_view candidate : {signed_off, rest}) {
    candidate = util::trim(candidate);
    for (std::string_view dash : {"\u2014", "\u2013", "-"}) {
      if (candidate.ends_with(dash)) return util::trim(candidate.substr(0, candidate.size() - dash.size()));
    }
  }
  return util::trim(rest);
}

}  // namespace

std::string_view without_feed_footer(std::string_view text) {
  const std::string_view trimmed = util::trim(text);
  if (const auto signed_off = without_rights_line(trimmed)) return *signed_off;
  for (std::string_view middle : kMiddles) {
    const std::size_t at = trimmed.rfind(middle);
    if (at == std::string_view::npos) continue;
    if (!looks_like_site(trimmed.substr(at + middle.size()))) continue;
    // The title: from the last "The post " before it, on the same line.
    const std::size_t opening = trimmed.rfind(kOpening, at);
    if (opening == std::string_view::npos || at <= opening + kOpening.size()) continue;
    if (trimmed.substr(opening, at - opening).find('\n') != std::string_view::npos) continue;
    return util::trim(trimmed.substr(0, opening));
  }
  return text;
}

}  // namespace kronika::articles
