// Prints a deterministic sample of mentions the extractor links to a KNOWN
// entity of the base, for a human to judge whether the link is right. See
// "Linking precision" in bench/README-entities.md; bench/linking_eval.py
// scores the judgements (bench/data/linking_judgements.jsonl).
//
//   linking_sample [--entities DIR] [--per-language N] [--stride [LANG=]S]... [--offset O] [--hash]
//                  [--articles K] [--context C] [--no-dates] [--no-nested]
//                  [--all] [--only FILE] FILE.jsonl...
//
// Each FILE is JSON Lines news: id, lang (identified from the text when
// absent) and text. Articles are read in file order, the first K of each file
// (default 1000). Per language, the known mentions are counted in that order
// and every S-th one (default 7, starting at the O-th, default 0) is printed,
// until N (default 70) are printed for that language. Files of one language
// share its quota, in command-line order. "--stride ro=41" sets one
// language's stride (Romanian political news link ~15 mentions an article,
// Albanian and Italian ~2.5: a longer Romanian stride spreads its sample over
// as many articles). "--seed" is a synonym of "--stride".
//
// --hash picks by the mention's place instead of its rank: a mention is
// printed when a hash of (file, article, start, end) is O modulo S. A change
// of the extractor then moves only the mentions it changes in or out of the
// sample (and a few at the end of a quota), where the rank would shift every
// later mention of the language; judgements stay useful across changes.
//
// As in the indexer, words inside dates are not names (DateExtractor spans are
// skipped; --no-dates turns that off), and known entities inside longer found
// names count too (entities::nested_known_mentions; --no-nested turns it off).
//
// --all prints every known mention (no stride, no quota); --only FILE keeps
// just the articles named in FILE, a JSON Lines file with "file" and
// "article" fields (the judgements file does): linking_eval.py uses both to
// check that judged mentions are still produced.
//
// Output, one mention a line, tab-separated:
//   file  article  start  end  lang  entity  info  mention  via  context
// `file` is the last two components of the path ("sq_bleta_rss/articles.jsonl");
// start/end are code points into the text; info is "English name | type/kind |
// country | role"; via is "extract" or "nested"; context is ±C code points
// (default 80) around the mention, which is marked [[like this]], with tabs and
// line breaks turned into spaces.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/analyzer.h"
#include "analysis/dates/date_mention.h"
#include "analysis/language.h"
#include "analysis/language_id.h"
#include "entities/entity.h"
#include "entities/entity_base.h"
#include "entities/entity_extractor.h"
#include "entities/nested_mentions.h"

using namespace kronika;
using analysis::Language;

namespace {

struct Options {
  std::string entities = "data/entities";
  std::size_t per_language = 70;
  std::size_t stride = 7;
  std::map<Language, std::size_t> language_stride;  // --stride ro=41
  std::size_t offset = 0;
  std::size_t articles = 1000;
  std::size_t context = 80;
  bool dates = true;
  bool nested = true;
  bool all = false;
  bool hash = false;  // select by a hash of the mention's place (--hash), not its rank
  std::string only;
  std::vector<std::string> files;
};

[[noreturn]] void usage() {
  std::cerr
      << "usage: linking_sample [--entities DIR] [--per-language N] [--stride [LANG=]S]... [--offset O] [--hash]\n"
         "                      [--articles K] [--context C] [--no-dates] [--no-nested]\n"
         "                      [--all] [--only FILE] FILE.jsonl...\n";
  std::exit(2);
}

Options parse_options(int argc, char** argv) {
  Options options;
  auto number = [&](int& i) -> std::size_t {
    if (i + 1 >= argc) usage();
    return static_cast<std::size_t>(std::stoul(argv[++i]));
  };
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--entities" && i + 1 < argc) {
      options.entities = argv[++i];
    } else if (arg == "--per-language") {
      options.per_language = number(i);
    } else if ((arg == "--stride" || arg == "--seed") && i + 1 < argc) {
      const std::string value = argv[++i];
      const std::size_t equals = value.find('=');
      if (equals == std::string::npos) {
        options.stride = std::max<std::size_t>(1, std::stoul(value));
      } else {
        const auto language = analysis::parse_language(value.substr(0, equals));
        if (!language) usage();
        options.language_stride[*language] = std::max<std::size_t>(1, std::stoul(value.substr(equals + 1)));
      }
    } else if (arg == "--offset") {
      options.offset = number(i);
    } else if (arg == "--articles") {
      options.articles = number(i);
    } else if (arg == "--context") {
      options.context = number(i);
    } else if (arg == "--no-dates") {
      options.dates = false;
    } else if (arg == "--no-nested") {
      options.nested = false;
    } else if (arg == "--all") {
      options.all = true;
    } else if (arg == "--hash") {
      options.hash = true;
    } else if (arg == "--only" && i + 1 < argc) {
      options.only = argv[++i];
    } else if (!arg.empty() && arg[0] == '-') {
      usage();
    } else {
      options.files.emplace_back(arg);
    }
  }
  if (options.files.empty()) usage();
  return options;
}

// "../shared/corpus/news/sq_bleta_rss/articles.jsonl" → "sq_bleta_rss/articles.jsonl".
std::string short_name(const std::string& path) {
  const std::size_t last = path.rfind('/');
  if (last == std::string::npos || last == 0) return path;
  const std::size_t before = path.rfind('/', last - 1);
  return before == std::string::npos ? path : path.substr(before + 1);
}

// FNV-1a of "file<TAB>article<TAB>start<TAB>end": the same on every machine
// and build, unlike std::hash.
std::uint64_t place_hash(const std::string& file, const std::string& article, std::size_t start, std::size_t end) {
  const std::string key = file + '\t' + article + '\t' + std::to_string(start) + '\t' + std::to_string(end);
  std::uint64_t hash = 14695981039346656037ULL;
  for (const unsigned char c : key) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

// Byte offset of every code point of `text`, plus text.size() at the end.
std::vector<std::size_t> code_point_offsets(std::string_view text) {
  std::vector<std::size_t> offsets;
  offsets.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(text.size());
  return offsets;
}

std::string flat(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  return out;
}

std::string info_of(const entities::Entity& entity) {
  std::string info = entity.display_name("en");
  info += " | ";
  info += entities::type_name(entity.type);
  if (!entity.kind.empty()) info += "/" + entity.kind;
  info += " | " + (entity.country.empty() ? std::string("-") : entity.country);
  if (!entity.role.empty()) info += " | " + entity.role;
  return flat(info);
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse_options(argc, argv);
  entities::EntityBase base;
  try {
    base = entities::EntityBase::load(options.entities, "");
  } catch (const std::exception& error) {
    std::cerr << "linking_sample: " << error.what() << '\n';
    return 1;
  }
  const entities::EntityExtractor extractor(base);

  // --only: (file, article) pairs to keep.
  std::set<std::pair<std::string, std::string>> only;
  if (!options.only.empty()) {
    std::ifstream in(options.only);
    if (!in) {
      std::cerr << "linking_sample: cannot read " << options.only << '\n';
      return 1;
    }
    for (std::string line; std::getline(in, line);) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const auto record = nlohmann::json::parse(line);
      only.emplace(record.at("file").get<std::string>(), record.at("article").get<std::string>());
    }
  }

  std::map<Language, std::size_t> seen;     // known mentions counted, per language
  std::map<Language, std::size_t> printed;  // lines printed, per language
  std::map<Language, analysis::Analyzer> analyzers;
  for (const std::string& path : options.files) {
    std::ifstream in(path);
    if (!in) {
      std::cerr << "linking_sample: cannot read " << path << '\n';
      return 1;
    }
    const std::string file = short_name(path);
    std::size_t article_count = 0;
    for (std::string line; std::getline(in, line) && article_count < options.articles;) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      ++article_count;
      const auto record = nlohmann::json::parse(line, nullptr, false);
      if (record.is_discarded() || !record.contains("text") || !record["text"].is_string()) continue;
      const std::string id = record.contains("id")
                                 ? (record["id"].is_string() ? record["id"].get<std::string>() : record["id"].dump())
                                 : std::to_string(article_count);
      if (!only.empty() && !only.count({file, id})) continue;
      const std::string text = record["text"].get<std::string>();
      std::optional<Language> language;
      if (record.contains("lang") && record["lang"].is_string()) {
        language = analysis::parse_language(record["lang"].get<std::string>());
      }
      if (!language) language = analysis::identify_language(text);
      if (!options.all && printed[*language] >= options.per_language) continue;

      auto analyzer = analyzers.try_emplace(*language, *language).first;
      const auto tokens = analyzer->second.analyze(text);
      std::vector<std::pair<std::size_t, std::size_t>> skip;
      if (options.dates) {
        for (const auto& date : analysis::DateExtractor(*language).extract(text, std::nullopt)) {
          skip.emplace_back(date.start, date.end);
        }
      }
      std::vector<entities::EntityMention> mentions = extractor.extract(text, tokens, *language, skip);
      const std::size_t direct = mentions.size();
      if (options.nested) {
        for (auto& inner : entities::nested_known_mentions(base, text, tokens, *language, mentions)) {
          mentions.push_back(std::move(inner));
        }
      }
      std::vector<std::pair<const entities::EntityMention*, bool>> known;  // mention, nested
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].known) known.emplace_back(&mentions[m], m >= direct);
      }
      std::stable_sort(known.begin(), known.end(),
                       [](const auto& a, const auto& b) { return a.first->start < b.first->start; });

      const std::vector<std::size_t> offsets = code_point_offsets(text);
      const std::size_t length = offsets.size() - 1;
      for (const auto& [mention, nested] : known) {
        const std::size_t index = seen[*language]++;
        if (!options.all) {
          const auto own = options.language_stride.find(*language);
          const std::size_t stride = own == options.language_stride.end() ? options.stride : own->second;
          if (options.hash) {
            if (place_hash(file, id, mention->start, mention->end) % stride != options.offset % stride) continue;
          } else if (index < options.offset || (index - options.offset) % stride != 0) {
            continue;
          }
          if (printed[*language] >= options.per_language) break;
        }
        ++printed[*language];
        const entities::Entity* entity = base.find(mention->id);
        const std::size_t start = std::min(mention->start, length), end = std::min(mention->end, length);
        const std::size_t from = start > options.context ? start - options.context : 0;
        const std::size_t to = std::min(length, end + options.context);
        auto piece = [&](std::size_t a, std::size_t b) {
          return flat(std::string_view(text).substr(offsets[a], offsets[b] - offsets[a]));
        };
        std::cout << file << '\t' << id << '\t' << mention->start << '\t' << mention->end << '\t'
                  << analysis::code(*language) << '\t' << mention->id << '\t'
                  << (entity ? info_of(*entity) : std::string("?")) << '\t' << flat(mention->text) << '\t'
                  << (nested ? "nested" : "extract") << '\t' << piece(from, start) << "[[" << piece(start, end) << "]]"
                  << piece(end, to) << '\n';
      }
    }
  }
  if (!options.all) {
    for (const auto& [language, count] : printed) {
      std::cerr << "linking_sample: " << analysis::code(language) << ' ' << count << " printed of " << seen[language]
                << " known mentions seen\n";
    }
  }
  return 0;
}
