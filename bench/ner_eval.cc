// Measures entities::EntityExtractor against named-entity gold. See bench/README-entities.md.
//
//   ner_eval [--entities DIR] [--shared DIR] [--split dev|test|train] [--lang it|ro|sq]...
//            [--window N] [--errors N] [--dump] [--export FILE] [--speed [--speed-mb N]]
//
// Mention-level precision, recall and F1 for actors (gold PER, PERSON, ORG)
// and places (gold LOC, GPE, FACILITY): "exact" needs the same span and the
// same class, "overlap" any overlap and the same class (one prediction per
// gold mention). Gold of other types (RONEC EVENT, WORK_OF_ART, NAT_REL_POL,
// …) is neither: a prediction on it is a false positive. RONEC's PERSON also
// tags pronouns and common nouns ("jucători", "dlui Michael Stewart"): only
// mentions that start with a capital are scored, and a prediction
// overlapping a lower-case one is ignored (neither right nor wrong).
//
// Data (under --shared, default $SHARED_DIR or ../shared):
//   it  eval/ner/it_kind_wikinews/kind_wn_{train,dev,test}.conll
//   ro  eval/ner/ro_ronec_v2/ronec2_{dev,test}.conll, text from ronec2_*.txt
//   sq  bench/data/ner_sq_gold.jsonl on corpus/news/sq_bleta_rss/articles.jsonl
// CoNLL sentences are joined in windows of --window consecutive sentences
// (default 8, separated by "\n") so that the extractor sees some of the
// article around each one; Albanian articles are extracted whole, as the
// indexer does, and only mentions inside the gold sentences are scored. As in
// the indexer, words inside dates are no names (DateExtractor spans are skipped).
//
// --errors N prints N false positives and N misses per language (exact rule);
// --dump prints every prediction with the gold label of its exact span.
// --export FILE writes each document as a JSON line: text, our tokens, gold
// and predictions (code point offsets), for bench/ner_tagger_probe.py.
// --speed prints analysis and analysis+extraction throughput, one core.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <nlohmann/json.hpp>

#include "analysis/analyzer.h"
#include "analysis/dates/date_mention.h"
#include "analysis/language.h"
#include "entities/entity_base.h"
#include "entities/entity_extractor.h"

using namespace kronika;
using analysis::Language;
using entities::EntityType;

namespace {

// ------------------------------------------------------------ gold and predictions

enum class Class { Actor, Place, Other };

Class class_of_label(std::string_view label) {
  if (label == "PER" || label == "PERSON" || label == "ORG") return Class::Actor;
  if (label == "LOC" || label == "GPE" || label == "FACILITY") return Class::Place;
  return Class::Other;
}

Class class_of_type(EntityType type) {
  return entities::is_actor(type) ? Class::Actor : Class::Place;
}

struct GoldMention {
  std::size_t start = 0, end = 0;  // code points into the document text
  std::string label;
  Class cls = Class::Other;
  bool scored = true;  // false: RONEC lower-case PERSON (pronouns, common nouns)
  // RONEC PERSON that opens its sentence with a word the file also writes in
  // lower case ("Președintele", "El", "Mama"): a common noun or pronoun
  // capitalised by position. Left out only in the "refined" line.
  bool common_opening = false;
};

struct Predicted {
  std::size_t start = 0, end = 0;
  EntityType type = EntityType::Person;
  bool known = false;
};

// One scored sentence: a code point range of its document, with its gold.
struct Sentence {
  std::size_t start = 0, end = 0;
  std::vector<GoldMention> gold;
};

// What the extractor runs on: a window of CoNLL sentences or a whole article.
struct Document {
  std::string text;
  std::vector<Sentence> sentences;
};

// Code point offset of every byte offset of `text` (size + 1 entries).
std::vector<std::size_t> code_points_at(std::string_view text) {
  std::vector<std::size_t> at(text.size() + 1, 0);
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    at[i] = count;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  at[text.size()] = count;
  return at;
}

// Bytes of the code point range [start, end) of `text`.
std::string slice(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t cp = 0, from = text.size(), to = text.size();
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (cp == start) from = std::min(from, i);
      if (cp == end) {
        to = i;
        break;
      }
      ++cp;
    }
  }
  return from <= to ? std::string(text.substr(from, to - from)) : std::string();
}

// True when the word has a letter.
bool shape_is_word(std::string_view text) {
  std::int32_t offset = 0;
  const auto length = static_cast<std::int32_t>(text.size());
  while (offset < length) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), offset, length, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

bool starts_with_capital(std::string_view text) {
  std::int32_t offset = 0;
  const auto length = static_cast<std::int32_t>(text.size());
  while (offset < length) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), offset, length, c);
    if (c < 0) continue;
    if (u_isalpha(c)) return u_isupper(c) || u_istitle(c);
    if (u_isdigit(c)) return false;
  }
  return false;
}

// ------------------------------------------------------------ CoNLL

struct ConllSentence {
  std::string id;  // RONEC "# id = 5260"
  std::vector<std::string> words, tags;
};

std::vector<ConllSentence> read_conll(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    std::exit(2);
  }
  std::vector<ConllSentence> sentences;
  ConllSentence current;
  std::string line;
  auto flush = [&] {
    if (!current.words.empty()) sentences.push_back(std::move(current));
    current = {};
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line.rfind("# id = ", 0) == 0) {
      current.id = line.substr(7);
      continue;
    }
    if (line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    current.words.push_back(line.substr(0, tab));
    current.tags.push_back(line.substr(tab + 1));
  }
  flush();
  return sentences;
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// An elided article or preposition ("dell'", "l'", "un'", "c'"): written
// against the next word. "po'" (poco) is a whole word.
bool elided(std::string_view word) {
  if (word == "po'" || word == "Po'") return false;
  const bool apostrophe = word.ends_with("'") || word.ends_with("\xe2\x80\x99");
  return apostrophe && word.size() >= 2 && word.size() <= 7;
}

// Sentence text from tokens, as a writer would space it; byte ranges of the tokens.
std::string rebuild(const std::vector<std::string>& words, std::vector<std::pair<std::size_t, std::size_t>>& spans) {
  std::string text;
  bool glue_next = true;  // no space before the first word
  bool double_quote_open = false;
  for (const std::string& word : words) {
    bool glue = glue_next;
    glue_next = false;
    if (is_one_of(word, {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "\xe2\x80\xa6", "\xc2\xbb",
                         "\xe2\x80\x9d", "'s"})) {
      glue = true;
    }
    if (word == "\"") {
      if (double_quote_open)
        glue = true;
      else
        glue_next = true;
      double_quote_open = !double_quote_open;
    }
    if (is_one_of(word, {"(", "[", "{", "\xc2\xab", "\xe2\x80\x9c", "\xe2\x80\x9e"})) glue_next = true;
    if (elided(word)) glue_next = true;
    if (!glue && !text.empty()) text += ' ';
    spans.emplace_back(text.size(), text.size() + word.size());
    text += word;
  }
  return text;
}

// The original sentence text (RONEC .txt), when every token can be found in
// it in order with only white space between; otherwise empty.
bool align(const std::string& original, const std::vector<std::string>& words,
           std::vector<std::pair<std::size_t, std::size_t>>& spans) {
  std::size_t position = 0;
  spans.clear();
  for (const std::string& word : words) {
    const std::size_t found = original.find(word, position);
    if (found == std::string::npos) return false;
    for (std::size_t k = position; k < found; ++k) {
      if (original[k] != ' ' && original[k] != '\t' && original[k] != '\n') return false;
    }
    spans.emplace_back(found, found + word.size());
    position = found + word.size();
  }
  return true;
}

struct ConllStats {
  std::size_t sentences = 0, aligned = 0;
};

std::string fold(std::string_view word) {
  std::string folded;
  icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
      .foldCase()
      .toUTF8String(folded);
  return folded;
}

// The first word of a sentence, after opening quotes and dashes.
std::size_t first_word(const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (shape_is_word(words[i])) return i;
  }
  return 0;
}

// Words a file writes in lower case somewhere (case-folded).
std::unordered_set<std::string> lower_case_words(const std::vector<ConllSentence>& sentences) {
  std::unordered_set<std::string> words;
  for (const ConllSentence& sentence : sentences) {
    for (const std::string& word : sentence.words) {
      if (shape_is_word(word) && !starts_with_capital(word)) words.insert(fold(word));
    }
  }
  return words;
}

// Windows of `window` consecutive sentences, joined by "\n".
std::vector<Document> conll_documents(const std::vector<ConllSentence>& sentences,
                                      const std::unordered_map<std::string, std::string>& originals, std::size_t window,
                                      ConllStats& stats, const std::unordered_set<std::string>* lower_words = nullptr) {
  std::vector<Document> documents;
  for (std::size_t first = 0; first < sentences.size(); first += window) {
    Document document;
    std::vector<std::pair<std::size_t, std::vector<std::pair<std::size_t, std::size_t>>>> pieces;
    for (std::size_t s = first; s < std::min(sentences.size(), first + window); ++s) {
      const ConllSentence& sentence = sentences[s];
      ++stats.sentences;
      std::vector<std::pair<std::size_t, std::size_t>> spans;
      std::string text;
      const auto original = originals.find(sentence.id);
      if (original != originals.end() && align(original->second, sentence.words, spans)) {
        text = original->second;
        ++stats.aligned;
      } else {
        spans.clear();
        text = rebuild(sentence.words, spans);
      }
      if (!document.text.empty()) document.text += '\n';
      const std::size_t base = document.text.size();
      document.text += text;
      for (auto& [a, b] : spans) a += base, b += base;
      pieces.emplace_back(base, std::move(spans));
    }
    const auto cp = code_points_at(document.text);
    for (std::size_t p = 0; p < pieces.size(); ++p) {
      const ConllSentence& sentence = sentences[first + p];
      const auto& spans = pieces[p].second;
      Sentence scored;
      const std::size_t sentence_end = p + 1 < pieces.size() ? pieces[p + 1].first - 1 : document.text.size();
      scored.start = cp[pieces[p].first];
      scored.end = cp[sentence_end];
      for (std::size_t i = 0; i < sentence.tags.size(); ++i) {
        const std::string& tag = sentence.tags[i];
        if (tag.rfind("B-", 0) != 0 && tag.rfind("I-", 0) != 0) continue;
        const std::string label = tag.substr(2);
        // A span starts at B- (or at an I- that does not continue one).
        if (tag[0] == 'I' && i > 0 && sentence.tags[i - 1].size() > 2 && sentence.tags[i - 1].substr(2) == label) {
          continue;
        }
        std::size_t j = i;
        while (j + 1 < sentence.tags.size() && sentence.tags[j + 1] == "I-" + label) ++j;
        GoldMention gold;
        gold.start = cp[spans[i].first];
        gold.end = cp[spans[j].second];
        gold.label = label;
        gold.cls = class_of_label(label);
        if (label == "PERSON" && !starts_with_capital(sentence.words[i])) gold.scored = false;
        if (label == "PERSON" && gold.scored && i == first_word(sentence.words) && lower_words) {
          bool all_lower = true;
          for (std::size_t k = i; k <= j; ++k) all_lower = all_lower && lower_words->count(fold(sentence.words[k]));
          gold.common_opening = all_lower;
        }
        scored.gold.push_back(gold);
      }
      document.sentences.push_back(std::move(scored));
    }
    documents.push_back(std::move(document));
  }
  return documents;
}

std::unordered_map<std::string, std::string> read_ronec_text(const std::string& path) {
  std::unordered_map<std::string, std::string> texts;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    if (tab != std::string::npos) texts.emplace(line.substr(0, tab), line.substr(tab + 1));
  }
  return texts;
}

// ------------------------------------------------------------ Albanian gold

std::vector<Document> albanian_documents(const std::string& gold_path, const std::string& corpus_path,
                                         const std::string& split, std::size_t& sentences) {
  std::ifstream in(gold_path);
  if (!in) {
    std::cerr << "cannot read " << gold_path << "\n";
    std::exit(2);
  }
  std::vector<std::string> order;  // articles in gold order
  std::map<std::string, std::vector<Sentence>> by_article;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto record = nlohmann::json::parse(line);
    if (record.value("split", "") != split) continue;
    const std::string article = record.at("article").get<std::string>();
    Sentence sentence;
    sentence.start = record.at("start").get<std::size_t>();
    sentence.end = record.at("end").get<std::size_t>();
    for (const auto& mention : record.at("mentions")) {
      GoldMention gold;
      gold.start = mention.at(0).get<std::size_t>();
      gold.end = mention.at(1).get<std::size_t>();
      gold.label = mention.at(2).get<std::string>();
      gold.cls = class_of_label(gold.label);
      sentence.gold.push_back(gold);
    }
    if (!by_article.count(article)) order.push_back(article);
    by_article[article].push_back(std::move(sentence));
    ++sentences;
  }
  std::unordered_map<std::string, std::string> texts;
  std::ifstream corpus(corpus_path);
  if (!corpus) {
    std::cerr << "cannot read " << corpus_path << "\n";
    std::exit(2);
  }
  while (std::getline(corpus, line)) {
    const auto record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!record.is_object()) continue;
    const std::string id = record.value("id", "");
    if (by_article.count(id) && record.contains("text") && record["text"].is_string()) {
      texts[id] = record["text"].get<std::string>();
    }
  }
  std::vector<Document> documents;
  for (const std::string& article : order) {
    const auto text = texts.find(article);
    if (text == texts.end()) {
      std::cerr << "article " << article << " not in " << corpus_path << "\n";
      std::exit(2);
    }
    documents.push_back({text->second, std::move(by_article[article])});
  }
  return documents;
}

// ------------------------------------------------------------ scoring

struct Counts {
  std::size_t gold = 0, predicted = 0, exact = 0, overlap = 0;
};

struct Score {
  Counts actor, place;
  std::size_t ignored_predictions = 0, unscored_gold = 0;
  // gold label (or "(none)") → what the extractor made of it.
  std::map<std::string, std::map<std::string, std::size_t>> confusion;
  std::vector<std::string> false_positives, misses;
  std::vector<std::string> dump;  // --dump: every prediction with the gold label on its exact span
};

std::string show_sentence(std::string_view text, const Sentence& sentence) {
  std::string shown = slice(text, sentence.start, sentence.end);
  std::replace(shown.begin(), shown.end(), '\n', ' ');
  return shown;
}

void score_sentence(const Document& document, const Sentence& sentence, const std::vector<Predicted>& predictions,
                    Score& score, bool refined) {
  auto left_out = [&](const GoldMention& g) { return !g.scored || (refined && g.common_opening); };
  auto overlaps = [](std::size_t a, std::size_t b, std::size_t c, std::size_t d) { return a < d && c < b; };
  std::vector<const Predicted*> mine;
  for (const Predicted& p : predictions) {
    if (p.start < sentence.start || p.start >= sentence.end) continue;
    // Do not penalise what RONEC tags as a lower-case PERSON ("dlui Michael Stewart").
    bool ignored = false;
    for (const GoldMention& g : sentence.gold) {
      ignored = ignored || (left_out(g) && overlaps(p.start, p.end, g.start, g.end));
    }
    if (ignored) {
      ++score.ignored_predictions;
      continue;
    }
    mine.push_back(&p);
    (class_of_type(p.type) == Class::Actor ? score.actor : score.place).predicted++;
  }
  std::vector<const GoldMention*> gold;
  for (const GoldMention& g : sentence.gold) {
    if (left_out(g)) {
      ++score.unscored_gold;
      continue;
    }
    gold.push_back(&g);
    if (g.cls != Class::Other) (g.cls == Class::Actor ? score.actor : score.place).gold++;
  }
  // Exact: same span, same class.
  std::vector<bool> exact_gold(gold.size(), false), exact_pred(mine.size(), false);
  for (std::size_t p = 0; p < mine.size(); ++p) {
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (exact_gold[g] || gold[g]->cls != class_of_type(mine[p]->type)) continue;
      if (gold[g]->start == mine[p]->start && gold[g]->end == mine[p]->end) {
        exact_gold[g] = exact_pred[p] = true;
        (gold[g]->cls == Class::Actor ? score.actor : score.place).exact++;
        break;
      }
    }
  }
  // Overlap: exact pairs first, then any overlap with the same class.
  std::vector<bool> overlap_gold = exact_gold, overlap_pred = exact_pred;
  for (std::size_t p = 0; p < mine.size(); ++p) {
    if (overlap_pred[p]) continue;
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (overlap_gold[g] || gold[g]->cls != class_of_type(mine[p]->type)) continue;
      if (overlaps(gold[g]->start, gold[g]->end, mine[p]->start, mine[p]->end)) {
        overlap_gold[g] = overlap_pred[p] = true;
        break;
      }
    }
  }
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (overlap_gold[g] && gold[g]->cls != Class::Other)
      (gold[g]->cls == Class::Actor ? score.actor : score.place).overlap++;
  }

  // Confusion: per gold mention, the prediction on exactly its span, else a partial one, else none.
  const std::string context = show_sentence(document.text, sentence);
  for (std::size_t g = 0; g < gold.size(); ++g) {
    std::string outcome = "missed";
    std::string predicted_text;
    for (const Predicted* p : mine) {
      if (p->start == gold[g]->start && p->end == gold[g]->end) {
        outcome = std::string(entities::type_name(p->type));
        predicted_text = "[" + slice(document.text, p->start, p->end) + "] " + outcome;
        break;
      }
      if (overlaps(p->start, p->end, gold[g]->start, gold[g]->end)) {
        outcome = "partial";
        predicted_text += (predicted_text.empty() ? "" : ", ") + std::string("[") +
                          slice(document.text, p->start, p->end) + "] " + std::string(entities::type_name(p->type));
      }
    }
    score.confusion[gold[g]->label][outcome]++;
    if (gold[g]->cls != Class::Other && !exact_gold[g]) {
      score.misses.push_back("MISS\t[" + slice(document.text, gold[g]->start, gold[g]->end) + "] " + gold[g]->label +
                             (predicted_text.empty() ? "" : "\tgot " + predicted_text) + "\t| " + context);
    }
  }
  for (std::size_t p = 0; p < mine.size(); ++p) {
    bool touches = false;
    std::string gold_text;
    for (const GoldMention* g : gold) {
      if (overlaps(mine[p]->start, mine[p]->end, g->start, g->end)) {
        touches = true;
        gold_text += (gold_text.empty() ? "" : ", ") + std::string("[") + slice(document.text, g->start, g->end) +
                     "] " + g->label;
      }
    }
    if (!touches) score.confusion["(none)"][std::string(entities::type_name(mine[p]->type))]++;
    std::string exact_label = touches ? "overlap" : "none";
    for (const GoldMention* g : gold) {
      if (g->start == mine[p]->start && g->end == mine[p]->end) exact_label = g->label;
    }
    // Context may reach into the next sentence of the window: one line per prediction.
    auto one_line = [](std::string context) {
      std::replace(context.begin(), context.end(), '\n', ' ');
      return context;
    };
    score.dump.push_back("PRED\t" + slice(document.text, mine[p]->start, mine[p]->end) + "\t" +
                         std::string(entities::type_name(mine[p]->type)) + "\t" + (mine[p]->known ? "known" : "found") +
                         "\t" + exact_label + "\t" +
                         one_line(slice(document.text, mine[p]->start > 30 ? mine[p]->start - 30 : 0, mine[p]->start)) +
                         "\t" + one_line(slice(document.text, mine[p]->end, mine[p]->end + 30)));
    if (!exact_pred[p]) {
      score.false_positives.push_back("FP\t[" + slice(document.text, mine[p]->start, mine[p]->end) + "] " +
                                      std::string(entities::type_name(mine[p]->type)) +
                                      (mine[p]->known ? " known" : " found") +
                                      (gold_text.empty() ? "" : "\tgold " + gold_text) + "\t| " + context);
    }
  }
}

struct Run {
  double seconds = 0;
  std::size_t bytes = 0;
};

// One JSON line per document: its tokens, gold and predictions (offsets in code points), for training.
void export_document(std::ostream& out, const Document& document, const std::vector<analysis::Token>& tokens,
                     const std::vector<Predicted>& predictions, Language language) {
  nlohmann::json line;
  line["lang"] = std::string(analysis::code(language));
  line["text"] = document.text;
  for (const auto& token : tokens) line["tokens"].push_back({token.start, token.end, token.text, token.norm});
  for (const Sentence& sentence : document.sentences) {
    nlohmann::json gold = nlohmann::json::array();
    for (const GoldMention& g : sentence.gold) gold.push_back({g.start, g.end, g.label, g.scored});
    line["sentences"].push_back({{"start", sentence.start}, {"end", sentence.end}, {"gold", gold}});
  }
  line["pred"] = nlohmann::json::array();
  for (const Predicted& p : predictions)
    line["pred"].push_back({p.start, p.end, std::string(entities::type_name(p.type)), p.known});
  out << line.dump() << "\n";
}

Score evaluate(const std::vector<Document>& documents, Language language, const entities::EntityExtractor& extractor,
               Run& run, bool refined = false, std::ostream* exported = nullptr) {
  analysis::Analyzer analyzer(language);
  const analysis::DateExtractor dates(language);
  Score score;
  for (const Document& document : documents) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto tokens = analyzer.analyze(document.text);
    std::vector<std::pair<std::size_t, std::size_t>> skip;
    for (const auto& date : dates.extract(document.text, std::nullopt)) skip.emplace_back(date.start, date.end);
    const auto mentions = extractor.extract(document.text, tokens, language, skip);
    run.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    run.bytes += document.text.size();
    std::vector<Predicted> predictions;
    for (const auto& mention : mentions)
      predictions.push_back({mention.start, mention.end, mention.type, mention.known});
    if (exported) export_document(*exported, document, tokens, predictions, language);
    for (const Sentence& sentence : document.sentences) {
      score_sentence(document, sentence, predictions, score, refined);
    }
  }
  return score;
}

void print_prf(const char* name, const Counts& counts) {
  auto prf = [&](std::size_t tp) {
    const double p = counts.predicted ? double(tp) / counts.predicted : 0;
    const double r = counts.gold ? double(tp) / counts.gold : 0;
    return std::array<double, 3>{p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
  };
  const auto exact = prf(counts.exact), overlap = prf(counts.overlap);
  std::printf("| %-6s | %5zu | %5zu | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f |\n", name, counts.gold,
              counts.predicted, exact[0], exact[1], exact[2], overlap[0], overlap[1], overlap[2]);
}

void print_score(const std::string& title, const Score& score, std::size_t errors, bool dump, const Run& run) {
  std::printf("\n### %s\n\n", title.c_str());
  std::printf("analysis + dates + extraction: %.2f MB in %.2f s\n\n", run.bytes / 1e6, run.seconds);
  std::printf("| class  |  gold |  pred | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap |\n");
  std::printf("|--------|------:|------:|------:|------:|------:|------:|------:|------:|\n");
  print_prf("actor", score.actor);
  print_prf("place", score.place);
  Counts all;
  for (const Counts* c : {&score.actor, &score.place}) {
    all.gold += c->gold, all.predicted += c->predicted, all.exact += c->exact, all.overlap += c->overlap;
  }
  print_prf("all", all);
  if (score.unscored_gold) {
    std::printf("\nlower-case PERSON gold left out: %zu; predictions on them ignored: %zu\n", score.unscored_gold,
                score.ignored_predictions);
  }
  const std::vector<std::string> columns = {"person", "organisation", "place", "partial", "missed"};
  std::printf("\nconfusion (gold label → prediction on exactly its span, else partial overlap, else missed):\n\n");
  std::printf("| gold | person | organisation | place | partial | missed |\n|---|---:|---:|---:|---:|---:|\n");
  for (const auto& [label, row] : score.confusion) {
    std::printf("| %s |", label.c_str());
    for (const std::string& column : columns) {
      const auto found = row.find(column);
      std::printf(" %zu |", found == row.end() ? 0 : found->second);
    }
    std::printf("\n");
  }
  if (errors) {
    std::printf("\nerrors (first %zu of %zu false positives, %zu misses):\n", errors, score.false_positives.size(),
                score.misses.size());
    for (std::size_t i = 0; i < std::min(errors, score.false_positives.size()); ++i) {
      std::printf("%s\n", score.false_positives[i].c_str());
    }
    for (std::size_t i = 0; i < std::min(errors, score.misses.size()); ++i)
      std::printf("%s\n", score.misses[i].c_str());
  }
  if (dump) {
    for (const std::string& line : score.dump) std::printf("%s\n", line.c_str());
  }
}

// ------------------------------------------------------------ throughput

std::vector<std::string> read_texts(const std::string& path, std::size_t limit_bytes) {
  std::vector<std::string> texts;
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    return texts;
  }
  std::size_t bytes = 0;
  std::string line;
  while (bytes < limit_bytes && std::getline(in, line)) {
    const auto record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!record.is_object() || !record.contains("text") || !record["text"].is_string()) continue;
    texts.push_back(record["text"].get<std::string>());
    bytes += texts.back().size();
  }
  return texts;
}

// CPU time of this thread: a per-core figure that other work on the machine does not skew.
double thread_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

void run_speed(const std::string& shared, const entities::EntityExtractor& extractor, std::size_t megabytes) {
  const std::vector<std::pair<Language, std::string>> corpora = {
      {Language::Albanian, shared + "/corpus/news/sq_bleta_rss/articles.jsonl"},
      {Language::Romanian, shared + "/corpus/news/ro_political_news/articles.jsonl"},
      {Language::Italian, shared + "/corpus/news/it_dice_crime_news/articles_detokenized.jsonl"},
  };
  std::printf("\n### Throughput (one thread's CPU time; MB = 10^6 bytes of UTF-8 text)\n\n");
  std::printf("| lang | texts | MB | analysis MB/s | analysis+extraction MB/s | extraction alone MB/s | mentions |\n");
  std::printf("|---|---:|---:|---:|---:|---:|---:|\n");
  for (const auto& [language, path] : corpora) {
    const auto texts = read_texts(path, megabytes * 1000000);
    std::size_t bytes = 0;
    for (const auto& text : texts) bytes += text.size();
    analysis::Analyzer analyzer(language);
    std::size_t tokens = 0, mentions = 0;
    double t0 = thread_seconds();
    for (const auto& text : texts) tokens += analyzer.analyze(text).size();  // kept, so the work is not optimised away
    const double analysis_seconds = thread_seconds() - t0;
    t0 = thread_seconds();
    for (const auto& text : texts) mentions += extractor.extract(text, analyzer.analyze(text), language).size();
    const double both_seconds = thread_seconds() - t0;
    const double mb = bytes / 1e6;
    std::printf("| %s | %zu | %.1f | %.2f | %.2f | %.2f | %zu |\n", std::string(analysis::code(language)).c_str(),
                texts.size(), mb, mb / analysis_seconds, mb / both_seconds,
                both_seconds > analysis_seconds ? mb / (both_seconds - analysis_seconds) : 0.0, mentions);
    std::fflush(stdout);
    if (tokens == 0) std::printf("(no tokens in %s)\n", path.c_str());
  }
}

int usage() {
  std::cerr << "usage: ner_eval [--entities DIR] [--shared DIR] [--split dev|test|train] [--lang it|ro|sq]...\n"
               "                [--window N] [--errors N] [--dump] [--export FILE] [--speed [--speed-mb N]]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string entity_dir = "data/entities";
  const char* shared_env = std::getenv("SHARED_DIR");
  std::string shared = shared_env ? shared_env : "../shared";
  std::string split = "dev";
  std::set<std::string> languages;
  std::size_t window = 8, errors = 0, speed_mb = 20;
  bool speed = false, dump = false;
  std::string export_path;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--entities" && has_value) {
      entity_dir = argv[++i];
    } else if (arg == "--shared" && has_value) {
      shared = argv[++i];
    } else if (arg == "--split" && has_value) {
      split = argv[++i];
    } else if (arg == "--lang" && has_value) {
      languages.insert(argv[++i]);
    } else if (arg == "--window" && has_value) {
      window = std::max<std::size_t>(1, std::stoul(argv[++i]));
    } else if (arg == "--errors" && has_value) {
      errors = std::stoul(argv[++i]);
    } else if (arg == "--export" && has_value) {
      export_path = argv[++i];
    } else if (arg == "--dump") {
      dump = true;
    } else if (arg == "--speed") {
      speed = true;
    } else if (arg == "--speed-mb" && has_value) {
      speed_mb = std::stoul(argv[++i]);
    } else {
      return usage();
    }
  }
  if (split != "dev" && split != "test" && split != "train") return usage();
  if (languages.empty() && !speed) languages = {"it", "ro", "sq"};

  const auto load_start = std::chrono::steady_clock::now();
  const auto base = entities::EntityBase::load(entity_dir, "");
  const entities::EntityExtractor extractor(base);
  std::printf("entity base %s: %zu entities, loaded in %.2f s; split %s; window %zu sentences\n", entity_dir.c_str(),
              base.entities().size(),
              std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count(), split.c_str(),
              window);

  std::ofstream export_file;
  if (!export_path.empty()) {
    export_file.open(export_path);
    if (!export_file) {
      std::cerr << "ner_eval: cannot write " << export_path << "\n";
      return 1;
    }
  }
  std::ostream* exported = export_file.is_open() ? &export_file : nullptr;
  if (languages.count("it")) {
    const std::string path = shared + "/eval/ner/it_kind_wikinews/kind_wn_" + split + ".conll";
    ConllStats stats;
    const auto documents = conll_documents(read_conll(path), {}, window, stats);
    Run run;
    const Score score = evaluate(documents, Language::Italian, extractor, run, false, exported);
    print_score("it — KIND Wikinews " + split + " (" + std::to_string(stats.sentences) + " sentences)", score, errors,
                dump, run);
  }
  if (languages.count("ro") && split != "train") {
    const std::string stem = shared + "/eval/ner/ro_ronec_v2/ronec2_" + split;
    ConllStats stats;
    const auto sentences = read_conll(stem + ".conll");
    const auto lower_words = lower_case_words(sentences);
    const auto documents = conll_documents(sentences, read_ronec_text(stem + ".txt"), window, stats, &lower_words);
    Run run;
    const Score score = evaluate(documents, Language::Romanian, extractor, run, false, exported);
    print_score("ro — RONEC v2 " + split + " (" + std::to_string(stats.sentences) + " sentences, " +
                    std::to_string(stats.aligned) + " with their original text)",
                score, errors, dump, run);
    const Score refined = evaluate(documents, Language::Romanian, extractor, run, /*refined=*/true);
    std::size_t common = refined.unscored_gold - score.unscored_gold;
    std::printf(
        "\nrefined: also leaving out %zu sentence-opening PERSON mentions whose words the file also writes "
        "in lower case (\"Președintele\", \"El\", \"Mama\"):\n\n",
        common);
    std::printf("| class  |  gold |  pred | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap |\n");
    std::printf("|--------|------:|------:|------:|------:|------:|------:|------:|------:|\n");
    print_prf("actor", refined.actor);
  }
  if (languages.count("sq") && split != "train") {
    std::size_t sentences = 0;
    const auto documents = albanian_documents("bench/data/ner_sq_gold.jsonl",
                                              shared + "/corpus/news/sq_bleta_rss/articles.jsonl", split, sentences);
    Run run;
    const Score score = evaluate(documents, Language::Albanian, extractor, run, false, exported);
    print_score("sq — our gold " + split + " (" + std::to_string(sentences) + " sentences in " +
                    std::to_string(documents.size()) + " whole articles)",
                score, errors, dump, run);
  }
  if (speed) run_speed(shared, extractor, speed_mb);
  return 0;
}
