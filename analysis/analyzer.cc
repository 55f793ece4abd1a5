#include "analysis/analyzer.h"

#include <algorithm>
#include <array>

#include "analysis/normalizer.h"
#include "analysis/stemmers.h"
#include "analysis/stopwords.h"

namespace kronika::analysis {

namespace {

// Albanian definite and case endings seen after a hyphen. For acronyms
// (all capitals: SHBA-ja, OKB-së, NATO-s) any of them is an ending.
constexpr std::array<std::string_view, 22> kAcronymEndings = {"a",  "ja", "i",  "u",  "s",  "së", "se", "në",
                                                              "ne", "n",  "ut", "un", "it", "in", "ës", "es",
                                                              "ën", "en", "ve", "të", "te", "t"};
// For other names a hyphenated syllable may be part of the name ("Kim
// Jong-un"), so only endings that cannot be a name part are merged.
constexpr std::array<std::string_view, 7> kNameEndings = {"ut", "it", "in", "së", "ës", "në", "ve"};

bool is_all_capitals(std::string_view word) {
  bool has_letter = false;
  for (char c : word) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 'a' && byte <= 'z') return false;
    if (byte >= 'A' && byte <= 'Z') has_letter = true;
  }
  return has_letter && word.size() >= 2;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

Analyzer::Analyzer(Language language) : language_(language), stemmer_(make_stemmer(language)) {}

void Analyzer::merge_albanian_hyphen_endings(std::string_view text, std::vector<WordSpan>& words) const {
  std::vector<WordSpan> merged;
  merged.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    WordSpan word = words[i];
    if (i + 1 < words.size() && words[i + 1].byte_start == word.byte_end + 1 && text[word.byte_end] == '-') {
      const WordSpan& next = words[i + 1];
      const std::string ending = fold_case(text.substr(next.byte_start, next.byte_end - next.byte_start));
      const std::string_view base = text.substr(word.byte_start, word.byte_end - word.byte_start);
      // The ending must close the word: "SHBA-ja-ve" is not a thing, "Sung-ut-i" neither.
      const bool closes = next.byte_end >= text.size() || text[next.byte_end] != '-';
      const bool known = is_all_capitals(base) ? contains(kAcronymEndings, ending) : contains(kNameEndings, ending);
      if (closes && known) {
        word.byte_end = next.byte_end;  // the token covers "SHBA-ja"; its term is "shba"
        merged.push_back(word);
        ++i;
        continue;
      }
    }
    merged.push_back(word);
  }
  words.swap(merged);
}

std::string Analyzer::stem(std::string_view word) {
  return stemmer_(fold_case(word));
}

namespace {

// For a merged "SHBA-ja" the terms come from the base alone.
std::string_view token_base(std::string_view text) {
  const std::size_t hyphen = text.find('-');
  return hyphen == std::string_view::npos ? text : text.substr(0, hyphen);
}

}  // namespace

std::string Analyzer::stem_of(const std::string& folded, const std::string& norm) {
  if (language_ == Language::Undetermined) return norm;
  std::string stem = stemmer_(folded);
  return stem.empty() ? norm : stem;
}

std::string Analyzer::stem_of(const Token& token) {
  return stem_of(fold_case(token_base(token.text)), token.norm);
}

std::string Analyzer::stem_of(std::string_view text, const Token& token) {
  return stem_of(fold_case(token_base(text.substr(token.byte_start, token.byte_end - token.byte_start))), token.norm);
}

template <typename Visit>
void Analyzer::each_word(std::string_view text, Visit&& visit) {
  std::vector<WordSpan> words = tokenizer_.split(text);
  if (language_ == Language::Albanian) merge_albanian_hyphen_endings(text, words);

  std::size_t counted_bytes = 0;
  std::size_t counted_code_points = 0;
  auto code_point_offset = [&](std::size_t byte_offset) {
    // Tokens arrive in order, so offsets are counted incrementally: O(text).
    for (; counted_bytes < byte_offset; ++counted_bytes) {
      if ((static_cast<unsigned char>(text[counted_bytes]) & 0xC0) != 0x80) ++counted_code_points;
    }
    return counted_code_points;
  };
  for (const WordSpan& word : words) {
    const std::size_t start = code_point_offset(word.byte_start);
    const std::size_t end = code_point_offset(word.byte_end);
    visit(word, start, end, token_base(text.substr(word.byte_start, word.byte_end - word.byte_start)));
  }
}

std::vector<Token> Analyzer::analyze(std::string_view text, Stems stems) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6);
  unsigned position = 0;
  each_word(text, [&](const WordSpan& word, std::size_t start, std::size_t end, std::string_view base) {
    Token& token = tokens.emplace_back();
    token.byte_start = word.byte_start;
    token.byte_end = word.byte_end;
    token.text = std::string(text.substr(word.byte_start, word.byte_end - word.byte_start));
    token.start = start;
    token.end = end;
    const std::string folded = fold_case(base);
    token.norm = strip_diacritics(folded);
    if (stems == Stems::Yes) token.stem = stem_of(folded, token.norm);
    token.stop = is_stopword(language_, token.norm);
    token.position = position++;
  });
  return tokens;
}

void Analyzer::scan(std::string_view text, std::size_t byte_offset, std::size_t char_offset, std::vector<Token>& out,
                    const std::function<bool(std::string_view)>& wanted) {
  each_word(text, [&](const WordSpan& word, std::size_t start, std::size_t end, std::string_view base) {
    Token& token = out.emplace_back();
    token.byte_start = byte_offset + word.byte_start;
    token.byte_end = byte_offset + word.byte_end;
    token.start = char_offset + start;
    token.end = char_offset + end;
    if (!wanted || wanted(base)) token.norm = normalize_term(base);
    token.position = static_cast<unsigned>(out.size() - 1);
  });
}

AnalyzerSet::AnalyzerSet() {
  analyzers_.reserve(kAllLanguages.size());
  for (Language language : kAllLanguages) analyzers_.push_back(std::make_unique<Analyzer>(language));
}

Analyzer& AnalyzerSet::operator[](Language language) {
  for (std::size_t i = 0; i < kAllLanguages.size(); ++i) {
    if (kAllLanguages[i] == language) return *analyzers_[i];
  }
  return *analyzers_.back();
}

}  // namespace kronika::analysis
