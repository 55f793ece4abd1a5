#include "articles/embed_furniture.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace kronika::articles {

namespace {

constexpr std::string_view kInstagramView = "View this post on Instagram";
constexpr std::string_view kInstagramShared = "A post shared by ";
// "(@handle)" closes an Instagram caption within this many bytes of its name.
constexpr std::size_t kMaxCaptionName = 100;
constexpr std::string_view kSofascore = " provided by Sofascore";
// What Sofascore's widgets caption: "Standings provided by Sofascore".
constexpr std::array<std::string_view, 5> kSofascoreWidgets = {"Standings", "Lineups", "Statistics", "Results",
                                                               "Fixtures"};
constexpr std::string_view kTwitterPicture = "pic.twitter.com/";

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// One removal: [start, end) of the text.
struct Cut {
  std::size_t start = 0, end = 0;
};

// The end of "A post shared by NAME (@handle)" starting at `at`, or npos.
std::size_t instagram_caption_end(std::string_view text, std::size_t at) {
  const std::size_t name = at + kInstagramShared.size();
  const std::size_t handle = text.find("(@", name);
  if (handle == std::string_view::npos || handle - name > kMaxCaptionName) return std::string_view::npos;
  if (text.substr(name, handle - name).find('\n') != std::string_view::npos) return std::string_view::npos;
  const std::size_t close = text.find(')', handle);
  if (close == std::string_view::npos || close - handle > kMaxCaptionName) return std::string_view::npos;
  return close + 1;
}

}  // namespace

std::string without_embed_furniture(std::string_view text) {
  // Cheap test first: most articles have none of it.
  if (text.find(kInstagramShared) == std::string_view::npos && text.find(kInstagramView) == std::string_view::npos &&
      text.find(kSofascore) == std::string_view::npos && text.find(kTwitterPicture) == std::string_view::npos) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  // Drops text[i, end) and squeezes the space around it to one separator:
  // the strongest break it held, so paragraphs on either side stay paragraphs
  // (sentences and snippets end at line breaks).
  auto cut = [&](std::size_t end) {
    // Line breaks on each side (spaces between them do not count: "\n \n"
    // is a blank line too); the larger side decides.
    std::size_t before = 0, after = 0;
    while (!out.empty() && is_space(out.back())) {
      before += out.back() == '\n';
      out.pop_back();
    }
    i = end;
    while (i < text.size() && is_space(text[i])) after += text[i++] == '\n';
    if (out.empty() || i >= text.size()) return;
    const std::size_t breaks = std::max(before, after);
    out += breaks >= 2 ? "\n\n" : (breaks == 1 ? "\n" : " ");
  };
  while (i < text.size()) {
    const std::string_view rest = text.substr(i);
    if (rest.starts_with(kInstagramView)) {
      cut(i + kInstagramView.size());
      continue;
    }
    if (rest.starts_with(kInstagramShared)) {
      if (const std::size_t end = instagram_caption_end(text, i); end != std::string_view::npos) {
        cut(end);
        continue;
      }
    }
    if (rest.starts_with(kTwitterPicture)) {
      // The link's scheme goes with it: "https://pic.twitter.com/…".
      for (std::string_view scheme : {"https://", "http://"}) {
        if (out.ends_with(scheme)) out.resize(out.size() - scheme.size());
      }
      std::size_t end = i + kTwitterPicture.size();
      while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
      cut(end);
      continue;
    }
    bool widget = false;
    for (std::string_view name : kSofascoreWidgets) {
      if (rest.starts_with(name) && rest.substr(name.size()).starts_with(kSofascore) &&
          (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
        cut(i + name.size() + kSofascore.size());
        widget = true;
        break;
      }
    }
    if (widget) continue;
    out += text[i++];
  }
  return out;
}

}  // namespace kronika::articles
