#include "entities/found_id.h"

#include <algorithm>
#include <span>

#include "analysis/name_forms.h"
#include "analysis/normalizer.h"
#include "entities/entity.h"

namespace kronika::entities {

namespace {

// The bytes slug() turns into hyphens: ASCII other than letters and digits.
bool separates(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x80 && !((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9'));
}

}  // namespace

std::string found_entity_id(analysis::Language language, std::string_view name) {
  const std::string folded = analysis::fold_case(name);
  struct Word {
    std::string_view text;
    bool after_hyphen = false;
  };
  std::vector<Word> words;
  for (std::size_t i = 0; i < folded.size();) {
    if (separates(folded[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < folded.size() && !separates(folded[end])) ++end;
    words.push_back({std::string_view(folded).substr(i, end - i), i > 0 && folded[i - 1] == '-'});
    i = end;
  }
  // A case ending written after a hyphen: "Big Brother-i", "KQZ-së".
  if (words.size() > 1 && words.back().after_hyphen &&
      analysis::is_name_ending(language, analysis::strip_diacritics(words.back().text))) {
    words.pop_back();
  }
  std::string keyed;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k > 0) keyed += ' ';
    // Not the first word ("E Diela"); the last too, for a prefix typed up to an article.
    if (k > 0 && analysis::is_name_article(language, analysis::strip_diacritics(words[k].text))) {
      keyed += 'e';
    } else {
      const bool last_of_several = k > 0 && k + 1 == words.size();
      keyed += last_of_several ? analysis::last_name_key(language, words[k].text)
                               : analysis::name_key(language, words[k].text);
    }
  }
  return slug(keyed);
}

namespace {

// `value` with the case endings users type without diacritics written with
// them, for `language`: Albanian "Gjykates" → Gjykatës, "Qeverise" →
// Qeverisë; Romanian "Vioricai" → Vioricăi. Empty when nothing changes.
std::string accented_endings(analysis::Language language, std::string_view value) {
  struct Ending {
    std::string_view plain, accented;
  };
  static constexpr Ending kAlbanian[] = {{"es", "ës"}, {"en", "ën"}};
  static constexpr Ending kRomanian[] = {{"ai", "ăi"}};
  std::span<const Ending> endings;
  if (language == analysis::Language::Albanian) endings = kAlbanian;
  if (language == analysis::Language::Romanian) endings = kRomanian;
  if (endings.empty()) return {};
  std::string out;
  bool changed = false;
  std::size_t i = 0;
  while (i < value.size()) {
    std::size_t end = i;
    while (end < value.size() && !separates(value[end])) ++end;
    std::string_view word = value.substr(i, end - i);
    for (const Ending& ending : endings) {
      if (word.size() > ending.plain.size() + 2 && word.ends_with(ending.plain)) {
        out.append(word.substr(0, word.size() - ending.plain.size())).append(ending.accented);
        word = {};
        changed = true;
        break;
      }
    }
    out.append(word);
    if (end < value.size()) out += value[end];
    i = end + 1;
  }
  return changed ? out : std::string();
}

}  // namespace

std::vector<std::string> found_entity_ids(std::string_view value) {
  std::vector<std::string> ids;
  auto add = [&](std::string id) {
    if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(std::move(id));
  };
  add(slug(value));
  for (analysis::Language language : analysis::kAllLanguages) add(found_entity_id(language, value));
  // Typed without ë or ă: "Gjykates Kushtetuese" means Gjykatës Kushtetuese.
  for (analysis::Language language : analysis::kAllLanguages) {
    if (const std::string accented = accented_endings(language, value); !accented.empty())
      add(found_entity_id(language, accented));
  }
  return ids;
}

}  // namespace kronika::entities
