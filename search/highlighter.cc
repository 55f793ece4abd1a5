#include "search/highlighter.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "analysis/normalizer.h"
#include "schema/name_terms.h"
#include "util/utf8.h"

namespace kronika::search {

namespace {

// Context kept before the first match of the chosen window, as a share of
// the snippet length, so the reader sees what leads up to it.
constexpr std::size_t kLeadingContextDivisor = 4;

struct Window {
  std::size_t first = 0;  // token indexes, inclusive
  std::size_t last = 0;
};

// What a matched token counts as, for distinct matches: its entity's key
// inside a marked mention, else its stem.
const std::string& match_key(const std::vector<analysis::Token>& tokens, const std::vector<std::string>& keys,
                             std::size_t i) {
  return keys[i].empty() ? tokens[i].stem : keys[i];
}

// Sliding window over tokens: maximise distinct matched words, then matches.
Window best_window(const std::vector<analysis::Token>& tokens, const std::vector<bool>& matched,
                   const std::vector<std::string>& keys, std::size_t length) {
  Window best{0, 0};
  std::size_t best_distinct = 0;
  std::size_t best_count = 0;
  std::unordered_map<std::string, std::size_t> in_window;
  std::size_t count = 0;
  std::size_t left = 0;
  for (std::size_t right = 0; right < tokens.size(); ++right) {
    if (matched[right]) {
      ++in_window[match_key(tokens, keys, right)];
      ++count;
    }
    while (tokens[right].end - tokens[left].start > length) {
      if (matched[left]) {
        const std::string& key = match_key(tokens, keys, left);
        if (--in_window[key] == 0) in_window.erase(key);
        --count;
      }
      ++left;
    }
    if (in_window.size() > best_distinct || (in_window.size() == best_distinct && count > best_count)) {
      best_distinct = in_window.size();
      best_count = count;
      best = {left, right};
    }
  }
  return best;
}

}  // namespace

namespace {
constexpr std::size_t kOpening = 3;  // bytes of a stem's opening

// A word written in lower case: no ASCII capital, and an ASCII first letter
// (a word opening with another letter, "Ștefan", counts as capitalised).
bool all_lower_case(std::string_view word) {
  return std::none_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) && !word.empty() &&
         static_cast<unsigned char>(word.front()) < 0x80;
}
}  // namespace

void HighlightTerms::add_stemmed_word(const std::string& norm, const std::string& stem) {
  words.insert(norm);
  stemmed_words_.insert(norm);
  add_stem(stem);
}

void HighlightTerms::mark_only_as_name(const std::string& norm, const std::string& stem,
                                       const std::vector<std::string>& name_terms) {
  names_only_.insert(norm);
  names_only_.insert(stem);
  name_terms_.insert(name_terms.begin(), name_terms.end());
}

void HighlightTerms::add_phrase(std::vector<std::string> phrase) {
  for (const std::string& word : phrase) phrase_words_.insert(word);
  phrases_.push_back(std::move(phrase));
}

std::size_t HighlightTerms::targets() const {
  std::size_t plain = 0;
  for (const std::string& word : words) plain += stemmed_words_.count(word) == 0;
  return stems_.size() + prefixes.size() + plain + phrases_.size();
}

void HighlightTerms::add_stem(const std::string& stem) {
  stems_.insert(stem);
  const std::string opening = stem.substr(0, std::min(stem.size(), kOpening));
  if (std::find(stem_openings_.begin(), stem_openings_.end(), opening) == stem_openings_.end())
    stem_openings_.push_back(opening);
}

namespace {

// The first code point of UTF-8 text, as bytes ("" for "").
std::string_view first_code_point(std::string_view text) {
  if (text.empty()) return {};
  std::size_t length = 1;
  while (length < text.size() && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80) ++length;
  return text.substr(0, length);
}

}  // namespace

std::vector<std::string> HighlightTerms::first_letters() const {
  std::vector<std::string> letters;
  const auto add = [&](const std::string& text) {
    const std::string_view letter = first_code_point(text);
    if (std::find(letters.begin(), letters.end(), letter) == letters.end()) letters.emplace_back(letter);
  };
  for (const std::string& word : words) add(word);
  for (const std::string& word : phrase_words_) add(word);
  for (const std::string& stem : stems_) add(stem);
  for (const std::string& prefix : prefixes) add(prefix);
  return letters;
}

bool HighlightTerms::may_match(const analysis::Token& token) const {
  if (token.norm.empty()) return false;  // ruled out by its first letter (Opening::extend_to)
  if (words.count(token.norm)) return true;
  for (const std::string& opening : stem_openings_)
    if (token.norm.starts_with(opening)) return true;
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](const std::string& prefix) { return token.norm.rfind(prefix, 0) == 0; });
}

bool HighlightTerms::matches(const analysis::Token& token) const {
  if (words.count(token.norm) || stems_.count(token.stem)) return true;
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](const std::string& prefix) { return token.norm.rfind(prefix, 0) == 0; });
}

namespace {

// The first part analysed, in bytes per snippet character, and how much the
// analysed opening grows each time: a snippet that starts in the opening
// sentences (title and lead, where most hits match) fits in the first part.
// (News articles average about 1,900 bytes, so a larger first part would
// analyse most of them whole.)
constexpr std::size_t kFirstPartBytesPerChar = 2;
constexpr std::size_t kPartGrowth = 2;

// The end of the part of `text` to analyse: the first space or line break at
// or after `at` (never inside a word or a UTF-8 sequence), or the text's end.
std::size_t part_end(std::string_view text, std::size_t at) {
  if (at >= text.size()) return text.size();
  const std::size_t space = text.find_first_of(" \n", at);
  return space == std::string_view::npos ? text.size() : space;
}

// The tokens of the opening of a text, analysed part by part: each part is
// analysed once, so growing the opening never costs more than the whole text.
class Opening {
 public:
  Opening(std::string_view text, analysis::Analyzer& analyzer, const HighlightTerms& terms,
          const std::vector<MarkedSpan>& marked)
      : text_(text), analyzer_(analyzer), terms_(terms), marked_(marked), first_letters_(terms.first_letters()) {
    // Most words of a text cannot match: a word whose first letter, folded
    // and stripped, begins no query word, stem or prefix is not normalised.
    const bool everything = std::find(first_letters_.begin(), first_letters_.end(), "") != first_letters_.end();
    if (!everything) {
      wanted_ = [this](std::string_view word) {
        const std::optional<std::string_view> letter = analysis::plain_first_letter(word);
        if (!letter) return true;  // not a Latin letter: normalise to know
        const std::string_view first = first_code_point(*letter);
        return std::find(first_letters_.begin(), first_letters_.end(), first) != first_letters_.end();
      };
    }
  }

  // Analyses up to `end` (a part_end()).
  void extend_to(std::size_t end) {
    const std::size_t first = tokens.size();
    analyzer_.scan(text_.substr(bytes_, end - bytes_), bytes_, chars_, tokens, wanted_);
    for (std::size_t i = first; i < tokens.size(); ++i) {
      analysis::Token& token = tokens[i];
      // Only the tokens that may match are stemmed: most words of an
      // article cannot, and stemming is the dearest step of the analysis.
      bool matched = false;
      if (terms_.may_match(token)) {
        token.stem = analyzer_.stem_of(text_, token);
        matched = terms_.matches(token) && (!terms_.only_as_name(token) || written_as_marked_name(token));
      }
      // Inside a mention of an entity the query names: a match, whatever the word.
      while (next_marked_ < marked_.size() && marked_[next_marked_].end <= token.start) ++next_marked_;
      // (Not its lower-case connectors: "Statele Unite ale Americii", "Koreja e Veriut".)
      const bool in_mention = next_marked_ < marked_.size() && marked_[next_marked_].start <= token.start &&
                              token.end <= marked_[next_marked_].end &&
                              !all_lower_case(text_.substr(token.byte_start, token.byte_end - token.byte_start));
      keys.push_back(in_mention ? marked_[next_marked_].key : std::string());
      if (in_mention && !matched) token.stem.clear();  // counts as its entity only, not as a query word
      this->matched.push_back(matched || in_mention);
      mark_phrases_ending_at(i);
    }
    chars_ += util::count_code_points(text_.substr(bytes_, end - bytes_));
    bytes_ = end;
  }
  std::size_t bytes() const { return bytes_; }

  // A token written with a capital as one of the names asked for as names.
  bool written_as_marked_name(const analysis::Token& token) const {
    analysis::Token written;
    written.text = std::string(text_.substr(token.byte_start, token.byte_end - token.byte_start));
    if (!analysis::has_capital(written.text)) return false;
    const auto terms = schema::name_terms(analyzer_.language(), written);
    return std::any_of(terms.begin(), terms.end(),
                       [&](const std::string& term) { return terms_.is_marked_name(term); });
  }

  // A phrase of the query whose last word is token `last` marks all its
  // words, and counts once (its key).
  void mark_phrases_ending_at(std::size_t last) {
    for (const std::vector<std::string>& phrase : terms_.phrases()) {
      if (phrase.empty() || last + 1 < phrase.size()) continue;
      const std::size_t first = last + 1 - phrase.size();
      bool whole = true;
      for (std::size_t k = 0; k < phrase.size() && whole; ++k) whole = tokens[first + k].norm == phrase[k];
      if (!whole) continue;
      std::string key = "\"";
      for (const std::string& word : phrase) key += word + ' ';
      for (std::size_t k = first; k <= last; ++k) {
        matched[k] = true;
        if (keys[k].empty()) keys[k] = key;
      }
    }
  }

  std::vector<analysis::Token> tokens;
  std::vector<bool> matched;
  std::vector<std::string> keys;  // per token: the key of the marked mention it is in, or ""

 private:
  std::string_view text_;
  analysis::Analyzer& analyzer_;
  const HighlightTerms& terms_;
  const std::vector<MarkedSpan>& marked_;
  std::size_t next_marked_ = 0;  // the first marked span not yet behind the tokens
  std::vector<std::string> first_letters_;
  std::function<bool(std::string_view)> wanted_;  // empty: normalise every word
  std::size_t bytes_ = 0, chars_ = 0;             // analysed so far
};

struct Passage {
  std::size_t first = 0, last = 0;  // token indexes shown, inclusive
  std::size_t distinct = 0;         // distinct matched words shown
  bool complete = false;            // filled to `length` before the opening's end
};

Passage best_passage(const Opening& opening, std::size_t length) {
  const auto& tokens = opening.tokens;
  const auto& matched = opening.matched;
  Passage passage;
  if (tokens.empty()) return passage;
  const Window window = best_window(tokens, matched, opening.keys, length);
  // Start a little before the window's first match, then fill up to `length`.
  std::size_t first_match = window.first;
  while (first_match < window.last && !matched[first_match]) ++first_match;
  const std::size_t lead = length / kLeadingContextDivisor;
  std::size_t first = first_match;
  while (first > 0 && tokens[first_match].start - tokens[first - 1].start <= lead) --first;
  std::size_t last = first;
  while (last + 1 < tokens.size() && tokens[last + 1].end - tokens[first].start <= length) ++last;
  passage.first = first;
  passage.last = last;
  passage.complete = last + 1 < tokens.size();
  std::unordered_set<std::string_view> shown;
  for (std::size_t i = first; i <= last; ++i)
    if (matched[i]) shown.insert(match_key(tokens, opening.keys, i));
  passage.distinct = shown.size();
  return passage;
}

// text[byte_begin, byte_end) escaped, its matched tokens first…last marked;
// "…" where it cuts the text.
std::string marked_html(std::string_view text, const Opening& opening, std::size_t first, std::size_t last,
                        std::size_t byte_begin, std::size_t byte_end) {
  const auto& tokens = opening.tokens;
  std::string out;
  if (byte_begin > 0) out += "\u2026";
  std::size_t cursor = byte_begin;
  for (std::size_t i = first; i <= last; ++i) {
    if (!opening.matched[i]) continue;
    out += util::html_escape(text.substr(cursor, tokens[i].byte_start - cursor));
    out += "<mark>";
    out += util::html_escape(text.substr(tokens[i].byte_start, tokens[i].byte_end - tokens[i].byte_start));
    out += "</mark>";
    cursor = tokens[i].byte_end;
  }
  out += util::html_escape(text.substr(cursor, byte_end - cursor));
  if (byte_end < text.size()) out += "\u2026";
  // Paragraph breaks read as spaces inside a one-line snippet.
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

}  // namespace

std::string make_snippet(std::string_view text, analysis::Analyzer& analyzer, const HighlightTerms& terms,
                         std::size_t length, const std::vector<MarkedSpan>& marked, std::size_t marked_words) {
  std::unordered_set<std::string_view> entity_keys;
  for (const MarkedSpan& span : marked) entity_keys.insert(span.key);
  // A marked entity is one target in place of the query words that named it.
  const std::size_t word_targets = terms.targets();
  const std::size_t targets = (word_targets > marked_words ? word_targets - marked_words : 0) + entity_keys.size();
  Opening opening(text, analyzer, terms, marked);
  Passage passage;
  for (std::size_t at = kFirstPartBytesPerChar * std::max<std::size_t>(length, 1);; at *= kPartGrowth) {
    opening.extend_to(part_end(text, at));
    passage = best_passage(opening, length);
    if (opening.bytes() == text.size() || (passage.complete && passage.distinct >= targets)) break;
  }
  const auto& tokens = opening.tokens;
  if (tokens.empty()) return util::html_escape(text.substr(0, std::min(text.size(), length)));
  const std::size_t first = passage.first, last = passage.last;
  const std::size_t byte_begin = first == 0 ? 0 : tokens[first].byte_start;
  const std::size_t byte_end =
      last + 1 == tokens.size() && opening.bytes() == text.size() ? text.size() : tokens[last].byte_end;
  return marked_html(text, opening, first, last, byte_begin, byte_end);
}

std::string mark_matches(std::string_view text, analysis::Analyzer& analyzer, const HighlightTerms& terms,
                         const std::vector<MarkedSpan>& marked) {
  Opening opening(text, analyzer, terms, marked);
  opening.extend_to(text.size());
  if (opening.tokens.empty()) return util::html_escape(text);
  return marked_html(text, opening, 0, opening.tokens.size() - 1, 0, text.size());
}

}  // namespace kronika::search
