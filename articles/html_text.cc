#include "articles/html_text.h"

#include <gumbo.h>

#include <cctype>
#include <utility>
#include <vector>

#include "util/utf8.h"

namespace kronika::articles {

namespace {

bool is_skipped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE ||
         tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_IFRAME;
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: return true;
    default: return false;
  }
}

}  // namespace

bool looks_like_html(std::string_view text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '<') {
      const char next = text[i + 1];
      if (std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!') return true;
    } else if (text[i] == '&') {
      // A character reference: &name; or &#digits; within a few bytes.
      std::size_t j = i + 1;
      if (j < text.size() && text[j] == '#') ++j;
      const std::size_t name_start = j;
      while (j < text.size() && j - name_start < 10 && std::isalnum(static_cast<unsigned char>(text[j]))) ++j;
      if (j > name_start && j < text.size() && text[j] == ';') return true;
    }
  }
  return false;
}

std::string html_to_text(std::string_view html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string text;
  // Iterative walk: adversarial nesting must not overflow the stack.
  // The bool marks "closing visit" of an element, to end its block.
  std::vector<std::pair<const GumboNode*, bool>> stack{{output->root, false}};
  while (!stack.empty()) {
    auto [node, closing] = stack.back();
    stack.pop_back();
    if (closing) {
      text += "\n\n";
      continue;
    }
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE: text += node->v.text.text; break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& element = node->v.element;
        if (is_skipped(element.tag)) break;
        if (element.tag == GUMBO_TAG_BR) {
          text += '\n';
          break;
        }
        const bool block = is_block(element.tag);
        if (block) {
          text += "\n\n";
          stack.push_back({node, true});
        }
        // Children pushed in reverse so they pop in document order.
        for (unsigned i = element.children.length; i > 0; --i) {
          stack.push_back({static_cast<const GumboNode*>(element.children.data[i - 1]), false});
        }
        break;
      }
      case GUMBO_NODE_DOCUMENT: {
        const GumboVector& children = node->v.document.children;
        for (unsigned i = children.length; i > 0; --i) {
          stack.push_back({static_cast<const GumboNode*>(children.data[i - 1]), false});
        }
        break;
      }
      case GUMBO_NODE_COMMENT: break;
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return util::tidy_whitespace(text);
}

}  // namespace kronika::articles
