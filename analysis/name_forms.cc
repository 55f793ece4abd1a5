#include "analysis/name_forms.h"

#include "analysis/normalizer.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace kronika::analysis {

namespace {

// A root keeps at least this many bytes, so short names ("Iran", "Kim") stay whole.
constexpr std::size_t kMinimumRoot = 3;

// Endings of names in text (plain forms: ë → e).
constexpr std::array<std::string_view, 26> kAlbanianEndings = {"i",   "it",  "in", "u",   "ut",  "un", "a",  "ja", "e",
                                                               "es",  "se",  "en", "ne",  "n",   "s",  "t",  "et", "ve",
                                                               "eve", "ave", "te", "ite", "ine", "je", "ut", "ja"};
constexpr std::array<std::string_view, 15> kRomanianEndings = {"ul", "ului", "ule", "le", "lor", "ilor", "lui", "a",
                                                               "ei", "iei",  "ea",  "ii", "i",   "e",    "u"};
// Endings of the base form that inflection replaces ("Koreja" → kore+ne).
constexpr std::array<std::string_view, 6> kAlbanianBaseEndings = {"ja", "a", "e", "i", "u", "et"};
constexpr std::array<std::string_view, 7> kRomanianBaseEndings = {"ul", "le", "ea", "a", "e", "i", "u"};
constexpr std::array<std::string_view, 4> kAlbanianArticles = {"e", "i", "te", "se"};
// What a final -a of a name becomes in Albanian inflection: Rama → Ramës, Ramën.
constexpr std::array<std::string_view, 2> kAlbanianAForms = {"es", "en"};

template <std::size_t N>
std::vector<std::string> strip_each(std::string_view word, const std::array<std::string_view, N>& endings) {
  std::vector<std::string> roots = {std::string(word)};
  for (std::string_view ending : endings) {
    if (word.size() >= ending.size() + kMinimumRoot && word.ends_with(ending)) {
      std::string root(word.substr(0, word.size() - ending.size()));
      if (std::find(roots.begin(), roots.end(), root) == roots.end()) roots.push_back(std::move(root));
    }
  }
  return roots;
}

template <std::size_t N>
bool ends_as(std::string_view word, std::string_view root, const std::array<std::string_view, N>& endings) {
  if (!word.starts_with(root)) return false;
  const std::string_view rest = word.substr(root.size());
  return rest.empty() || std::find(endings.begin(), endings.end(), rest) != endings.end();
}

}  // namespace

std::vector<std::string> name_roots(Language language, std::string_view word) {
  switch (language) {
    case Language::Albanian: return strip_each(word, kAlbanianBaseEndings);
    case Language::Romanian: {
      std::vector<std::string> roots = strip_each(word, kRomanianBaseEndings);
      // Adjectives in -eană lose the a of -ea- before -e: Uniunea Europeană,
      // Uniunii Europene; Comisia Europeană, Comisiei Europene.
      if (word.size() >= kMinimumRoot + 4 && word.ends_with("eana"))
        roots.push_back(std::string(word.substr(0, word.size() - 4)) + "en");
      return roots;
    }
    default: return {std::string(word)};
  }
}

std::vector<std::string> alias_roots(Language language, std::string_view word) {
  if (language != Language::Albanian || word.size() < kMinimumRoot + 1 || !word.ends_with('a')) return {};
  const std::string_view stem = word.substr(0, word.size() - 1);
  std::vector<std::string> roots;
  for (std::string_view form : kAlbanianAForms) roots.push_back(std::string(stem) + std::string(form));
  return roots;
}

std::vector<std::string> possible_roots(Language language, std::string_view word) {
  switch (language) {
    case Language::Albanian: return strip_each(word, kAlbanianEndings);
    case Language::Romanian: return strip_each(word, kRomanianEndings);
    default: return {std::string(word)};
  }
}

bool is_name_form(Language language, std::string_view word, std::string_view name_word) {
  if (word == name_word) return true;
  if (is_name_article(language, word) && is_name_article(language, name_word)) return true;
  for (const std::string& root : name_roots(language, name_word)) {
    switch (language) {
      case Language::Albanian:
        if (ends_as(word, root, kAlbanianEndings)) return true;
        break;
      case Language::Romanian:
        if (ends_as(word, root, kRomanianEndings)) return true;
        break;
      default: break;
    }
  }
  return false;
}

bool share_name_root(Language language, std::string_view a, std::string_view b) {
  if (a == b) return true;
  // One is the other with a case ending: "Kurtit" and "Kurti", "Orbanului" and "Orban".
  for (const auto& [longer, shorter] : {std::pair{a, b}, std::pair{b, a}}) {
    const auto roots = possible_roots(language, longer);
    if (std::find(roots.begin(), roots.end(), shorter) != roots.end()) return true;
  }
  // Two forms of an Albanian name in -a ("Bashës", "Bashën"): the same word
  // before -a, -ës or -ën. Not any shared root: "Rami" is no form of "Rama".
  if (language != Language::Albanian) return false;
  auto a_stem = [](std::string_view word) -> std::string_view {
    for (std::string_view ending : kAlbanianAForms) {
      if (word.size() >= ending.size() + kMinimumRoot && word.ends_with(ending)) {
        return word.substr(0, word.size() - ending.size());
      }
    }
    return word.size() >= kMinimumRoot + 1 && word.ends_with('a') ? word.substr(0, word.size() - 1)
                                                                  : std::string_view();
  };
  const std::string_view stem = a_stem(a);
  return !stem.empty() && stem == a_stem(b);
}

bool is_name_ending(Language language, std::string_view ending) {
  switch (language) {
    case Language::Albanian:
      return std::find(kAlbanianEndings.begin(), kAlbanianEndings.end(), ending) != kAlbanianEndings.end();
    case Language::Romanian:
      return std::find(kRomanianEndings.begin(), kRomanianEndings.end(), ending) != kRomanianEndings.end();
    default: return false;
  }
}

bool is_name_article(Language language, std::string_view word) {
  return language == Language::Albanian &&
         std::find(kAlbanianArticles.begin(), kAlbanianArticles.end(), word) != kAlbanianArticles.end();
}

namespace {

// `word` ends with an ASCII consonant (or Albanian ç) before its last `ending` bytes.
bool consonant_before(std::string_view word, std::size_t ending) {
  if (word.size() < ending + 1) return false;
  const std::string_view before = word.substr(0, word.size() - ending);
  for (std::string_view letter : {"ç", "ș", "ş", "ț", "ţ"})
    if (before.ends_with(letter)) return true;
  const char c = before.back();
  return c >= 'a' && c <= 'z' && std::string_view("aeiouy").find(c) == std::string_view::npos;
}

// word without its last `ending` bytes plus `replacement`, when at least
// kMinimumRoot bytes stay; nullopt otherwise.
std::optional<std::string> replace_end(std::string_view word, std::string_view ending, std::string_view replacement) {
  if (!word.ends_with(ending) || word.size() < ending.size() + kMinimumRoot) return std::nullopt;
  return std::string(word.substr(0, word.size() - ending.size())) + std::string(replacement);
}

// Romanian men's names that end like a woman's genitive (Oanei): Andrei, Matei.
constexpr std::array<std::string_view, 6> kRomanianMenInEi = {"andrei", "matei",   "sergei",
                                                              "alexei", "aleksei", "pompei"};

bool romanian_man_in_ei(std::string_view folded) {
  return std::find(kRomanianMenInEi.begin(), kRomanianMenInEi.end(), folded) != kRomanianMenInEi.end();
}

std::string albanian_name_key(std::string_view word) {
  // Feminine nouns in -ia: Qeverisë → qeveria. Not -inë: Qeverinë (qeveri+në)
  // and Prishtinë (prishtin+ë) end alike; it stays as written.
  if (word.ends_with("isë"))
    if (auto key = replace_end(word, "së", "a")) return *key;
  if (word.ends_with("inë")) return std::string(word);
  // Feminine in -a: Gjykatës, Gjykatën → gjykata; the indefinite Kamenicë → kamenica.
  for (std::string_view ending : {"ës", "ën", "ë"})
    if (consonant_before(word, ending.size()))
      if (auto key = replace_end(word, ending, "a")) return *key;
  // Masculine: Kuvendit, Kuvendi → kuvend (a foreign name is often written
  // bare too: Haaland, Haalandit).
  for (std::string_view ending : {"it", "i"})
    if (consonant_before(word, ending.size()))
      if (auto key = replace_end(word, ending, "")) return *key;
  // Names in -aj, -ej, -oj: Haradinajt → haradinaj.
  for (std::string_view ending : {"ajt", "ejt", "ojt"})
    if (auto key = replace_end(word, "t", ""); key && word.ends_with(ending)) return *key;
  return std::string(word);
}

std::string romanian_name_key(std::string_view word) {
  // The article: Guvernului, Guvernul → guvern; Consiliului, Consiliul → consili.
  if (auto key = replace_end(word, "ului", "")) return *key;
  if (word.ends_with("ul") && (consonant_before(word, 2) || word.ends_with("iul")))
    if (auto key = replace_end(word, "ul", "")) return *key;
  // Feminine genitive: Oanei → oana, Andreei → andreea, Comisiei → comisia,
  // Vioricăi → viorica, Curții → curtea.
  // Not the men's names in -ei: Andrei, Matei.
  if (auto key = replace_end(word, "ăi", "a")) return *key;
  if (auto key = replace_end(word, "eei", "eea")) return *key;
  if (!romanian_man_in_ei(word))
    if (auto key = replace_end(word, "ei", "a")) return *key;
  if (consonant_before(word, 2) || word.ends_with("ții") || word.ends_with("ţii"))
    if (auto key = replace_end(word, "ii", "ea")) return *key;
  // Masculine in -u without its article: Ciolacu → ciolac, consiliu → consili.
  if (consonant_before(word, 1) || word.ends_with("iu"))
    if (auto key = replace_end(word, "u", "")) return *key;
  return std::string(word);
}

// An Albanian word of a name in the nominative, and the article that agrees
// with it after it ("i" after a masculine, "e" after a feminine), or nullopt.
std::optional<std::pair<std::string, std::string_view>> albanian_nominative(std::string_view word) {
  if (word.ends_with("isë"))
    if (auto name = replace_end(word, "së", "a")) return std::pair{*name, std::string_view("e")};
  for (std::string_view ending : {"ës", "ën"})
    if (consonant_before(word, ending.size()))
      if (auto name = replace_end(word, ending, "a")) return std::pair{*name, std::string_view("e")};
  if (consonant_before(word, 2))
    if (auto name = replace_end(word, "it", "i")) return std::pair{*name, std::string_view("i")};
  for (std::string_view ending : {"ajt", "ejt", "ojt"})
    if (word.ends_with(ending))
      if (auto name = replace_end(word, "t", "")) return std::pair{*name, std::string_view()};
  return std::nullopt;
}

// A Romanian woman's given name in the genitive: Oanei → Oana, Andreei →
// Andreea, Vioricăi → Viorica (not the men's Andrei, Matei).
std::optional<std::string> romanian_given_name_nominative(std::string_view word) {
  if (auto name = replace_end(word, "ăi", "a")) return name;
  if (auto name = replace_end(word, "eei", "eea")) return name;
  if (!romanian_man_in_ei(fold_case(word)))
    if (auto name = replace_end(word, "ei", "a")) return name;
  return std::nullopt;
}

// A Romanian noun of one word with the genitive article: Guvernului →
// Guvernul, Comisiei → Comisia (not any -ei: Huawei).
std::optional<std::string> romanian_noun_nominative(std::string_view word) {
  if (auto name = replace_end(word, "ului", "ul")) return name;
  if (auto name = replace_end(word, "iei", "ia")) return name;
  return std::nullopt;
}

}  // namespace

std::string nominative_name(Language language, std::string_view name, bool person, bool after_article) {
  if (language != Language::Albanian && language != Language::Romanian) return std::string(name);
  // Albanian: a bare form may end like a genitive (Brexit, Durrës): only a
  // name after an article is surely in the genitive ("të Kuvendit").
  if (language == Language::Albanian && !after_article) return std::string(name);
  // Words and what separates them, kept as written.
  std::vector<std::string> words, gaps;
  std::size_t i = 0;
  while (i < name.size()) {
    const std::size_t end = std::min(name.find(' ', i), name.size());
    words.emplace_back(name.substr(i, end - i));
    std::size_t next = end;
    while (next < name.size() && name[next] == ' ') ++next;
    gaps.emplace_back(name.substr(end, next - end));
    i = next;
  }
  if (language == Language::Romanian) {
    // A person's given name ("Oanei Roman": surnames do not decline), or a
    // noun of one word.
    if (!words.empty() && person) {
      if (auto nominative = romanian_given_name_nominative(words[0])) words[0] = *nominative;
    } else if (words.size() == 1) {
      if (auto nominative = romanian_noun_nominative(words[0])) words[0] = *nominative;
    }
  } else if (!words.empty()) {
    // Only the head declines: a person's surname, the first word of any
    // other name (or its last, in a foreign name without articles: "Real
    // Sociedadit"); a complement stays in its genitive ("Ministrisë së
    // Arsimit" → Ministria e Arsimit), given names stay as they are
    // ("Granit Xhakës" → Granit Xhaka), and the article after the head, or
    // after its adjective, agrees ("Komisionit Qendror të" → Komisioni Qendror i).
    auto article_at = [&](std::size_t k) { return is_name_article(language, normalize_term(words[k])); };
    std::size_t head = person ? words.size() - 1 : 0;
    auto nominative = albanian_nominative(words[head]);
    if (!nominative && !person && words.size() > 1) {
      bool articles = false;
      for (std::size_t k = 0; k < words.size(); ++k) articles = articles || article_at(k);
      if (!articles) {
        head = words.size() - 1;
        nominative = albanian_nominative(words[head]);
      }
    }
    if (nominative) {
      words[head] = nominative->first;
      for (std::size_t k = head + 1; k < words.size() && k <= head + 2 && !nominative->second.empty(); ++k) {
        if (!article_at(k)) continue;
        words[k] = std::string(nominative->second);
        break;
      }
    }
  }
  std::string out;
  for (std::size_t k = 0; k < words.size(); ++k) out += words[k] + gaps[k];
  return out;
}

std::string name_key(Language language, std::string_view word) {
  switch (language) {
    case Language::Albanian: return albanian_name_key(word);
    case Language::Romanian: return romanian_name_key(word);
    default: return std::string(word);
  }
}

std::string last_name_key(Language language, std::string_view word) {
  if (language == Language::Albanian && word.size() >= kMinimumRoot + 2) {
    const char last = word.back(), before = word[word.size() - 2];
    const bool vowel_ending = (last == 's' || last == 'n') && (before == 'a' || before == 'e' || before == 'o');
    const bool y_ending = (last == 't' || last == 'n') && before == 'y';
    if (vowel_ending || y_ending) return std::string(word.substr(0, word.size() - 1));
  }
  return name_key(language, word);
}

}  // namespace kronika::analysis
