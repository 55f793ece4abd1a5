// Lists the entities the extractor FINDS in real news (names not in the
// entity base: "found", typed from capitals and cues), most widespread first,
// per language and type, with one context each. What a user sees in the actor
// and place facets once the known entities are counted: the list shows which
// capitalised common words, page furniture and misread names reach them. See
// "Found entities in real news" in bench/README-entities.md.
//
//   found_entities [--entities DIR] [--top N] [--type person|organisation|place]
//                  [--context C] [--known] [--forms] FILE.jsonl...
//
// Each FILE is news as the indexer reads it (articles/article_reader.h: HTML,
// feed footers and embed captions stripped, the language identified when not
// given): dates are found first and their words are no names, the text and
// the title are extracted apart, a known organisation that is the article's
// own source is dropped, and an entity counts once per article. Unlike the
// indexer it does not add the known entities nested in longer found names
// (entities::nested_known_mentions), so its known counts are a little lower.
// Prints, per language and type, the number of found entities, of (article,
// found entity) pairs and of (article, known entity) pairs, then the top N
// (default 50) found ones by articles:
//   articles  id  "name"  context
// with the first mention's context (±C code points, default 50) marked [[so]].
// --forms gives, instead of the one name, every name the id was found under
// with its articles ("Kuvendi" 51 | "Kuvendit" 117: found_id.h's case forms).
// --known lists the entities of the base instead (name: the first mention as
// written), to see what a change of names or rules links.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/dates/date_mention.h"
#include "analysis/language.h"
#include "articles/article_reader.h"
#include "entities/entity_base.h"
#include "entities/entity_extractor.h"
#include "entities/source_credits.h"
#include "schema/article.h"

namespace {

using namespace kronika;

struct Found {
  std::size_t articles = 0;
  std::string name;
  std::string context;                       // of the first mention seen
  std::map<std::string, std::size_t> forms;  // name → articles, for --forms
};

// Code points [from, to) of `text`, tabs and line breaks as spaces.
std::string excerpt(std::string_view text, std::size_t from, std::size_t to) {
  std::string out;
  std::size_t cp = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts) ++cp;
    if (cp - 1 < from || cp - 1 >= to) continue;
    out += (text[i] == '\n' || text[i] == '\t' || text[i] == '\r') ? ' ' : text[i];
  }
  return out;
}

std::string context_of(std::string_view text, const entities::EntityMention& mention, std::size_t reach) {
  const std::size_t from = mention.start > reach ? mention.start - reach : 0;
  return excerpt(text, from, mention.start) + "[[" + excerpt(text, mention.start, mention.end) + "]]" +
         excerpt(text, mention.end, mention.end + reach);
}

int usage() {
  std::cerr << "usage: found_entities [--entities DIR] [--top N] [--type person|organisation|place] [--context C] "
               "[--known] [--forms] FILE.jsonl...\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string entity_dir = "data/entities";
  std::size_t top = 50, reach = 50;
  std::optional<entities::EntityType> only_type;
  bool list_known = false, list_forms = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--entities" && has_value) {
      entity_dir = argv[++i];
    } else if (arg == "--top" && has_value) {
      top = std::stoul(argv[++i]);
    } else if (arg == "--context" && has_value) {
      reach = std::stoul(argv[++i]);
    } else if (arg == "--known") {
      list_known = true;
    } else if (arg == "--forms") {
      list_forms = true;
    } else if (arg == "--type" && has_value) {
      only_type = entities::parse_type(argv[++i]);
      if (!only_type) return usage();
    } else if (!arg.empty() && arg[0] == '-') {
      return usage();
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) return usage();

  const auto base = entities::EntityBase::load(entity_dir, "");
  const entities::EntityExtractor extractor(base);
  entities::SourceCredits credits(base);
  analysis::AnalyzerSet analyzers;
  // (language, type) → id → what was found.
  std::map<std::pair<std::string, entities::EntityType>, std::map<std::string, Found>> found;
  std::map<std::string, std::size_t> articles_per_language;
  // (language, type) → (article, entity) pairs of known and of found entities.
  std::map<std::pair<std::string, entities::EntityType>, std::size_t> known_pairs, found_pairs;
  for (const std::string& file : files) {
    articles::read_article_file(
        file,
        [&](schema::Article&& article) {
          const analysis::Language language = article.language;
          const std::string code(analysis::code(language));
          ++articles_per_language[code];
          const auto published = analysis::parse_partial_date(article.published);
          std::vector<std::pair<std::size_t, std::size_t>> skip;
          for (const auto& date : analysis::DateExtractor(language).extract(article.text, published))
            skip.emplace_back(date.start, date.end);
          analysis::Analyzer& analyzer = analyzers[language];
          std::set<std::pair<entities::EntityType, std::string>> seen;  // once per article
          auto count = [&](std::string_view source, const std::vector<entities::EntityMention>& mentions) {
            for (const auto& mention : mentions) {
              if (only_type && mention.type != *only_type) continue;
              if (!seen.emplace(mention.type, mention.id).second) continue;
              ++(mention.known ? known_pairs : found_pairs)[{code, mention.type}];
              if (mention.known != list_known) continue;
              Found& item = found[{code, mention.type}][mention.id];
              const std::string& name = mention.known ? mention.text : mention.name;
              if (item.articles++ == 0) {
                item.name = name;
                item.context = context_of(source, mention, reach);
              }
              ++item.forms[name];
            }
          };
          // As the indexer: the publisher's credit is no mention (entities/source_credits.h).
          auto in_text = extractor.extract(article.text, analyzer.analyze(article.text), language, skip);
          credits.drop(in_text, article.source);
          count(article.text, in_text);
          auto in_title = extractor.extract(article.title, analyzer.analyze(article.title), language);
          credits.drop(in_title, article.source);
          count(article.title, in_title);
        },
        [&](const articles::ReadProblem& problem) {
          if (problem.line == 0) std::cerr << "found_entities: " << problem.file << ": " << problem.message << "\n";
        });
  }
  for (const auto& [key, items] : found) {
    std::printf(
        "## %s %s: %zu %s entities, %zu (article, found entity) pairs, %zu (article, known entity) pairs, "
        "%zu articles\n",
        key.first.c_str(), std::string(entities::type_name(key.second)).c_str(), items.size(),
        list_known ? "known" : "found", found_pairs[key], known_pairs[key], articles_per_language[key.first]);
    std::vector<std::pair<std::string, const Found*>> ranked;
    for (const auto& [id, item] : items) ranked.emplace_back(id, &item);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second->articles > b.second->articles; });
    for (std::size_t i = 0; i < std::min(top, ranked.size()); ++i) {
      const Found& item = *ranked[i].second;
      std::string names = "\"" + item.name + "\"";
      if (list_forms) {
        names.clear();
        for (const auto& [form, articles] : item.forms) {
          if (!names.empty()) names += " | ";
          names += "\"" + form + "\" " + std::to_string(articles);
        }
      }
      std::printf("%zu\t%s\t%s\t%s\n", item.articles, ranked[i].first.c_str(), names.c_str(), item.context.c_str());
    }
  }
  return 0;
}
