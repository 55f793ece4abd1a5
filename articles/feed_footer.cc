#include "articles/feed_footer.h"

#include <array>

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

}  // namespace

std::string_view without_feed_footer(std::string_view text) {
  const std::string_view trimmed = util::trim(text);
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
