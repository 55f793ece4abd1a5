// plain_index: the engine's own indexing speed, for the speed suite
// (bench/README-speed.md). Indexes the same JSONL as kronika-indexer with
// nothing but Xapian: one TermGenerator per language, no stemmer or the
// language's Snowball stemmer (Xapian 1.4 has none for Albanian: sq is
// indexed unstemmed either way), title at wdf 3 then the text, the id as a
// unique term (replace_document, like Kronika), the language as a boolean
// term, the date in a value slot, and title + text as document data (Kronika
// stores the article too). Commits every --batch articles.
//
//   plain_index --db DIR [--stem none|lang] [--batch 1000] [--compact-to DIR] FILE.jsonl...
//
// Prints one JSON line: articles, input MB, seconds, articles/s, MB/s, database
// bytes, and with --compact-to the bytes of a compacted copy (Database::compact).
// Peak RSS: run it under /usr/bin/time -v (bench/speed_suite.py does).

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

namespace {

std::uintmax_t directory_bytes(const std::filesystem::path& path) {
  std::uintmax_t total = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
    if (entry.is_regular_file()) total += entry.file_size();
  }
  return total;
}

std::string string_field(const nlohmann::json& record, const char* key) {
  const auto found = record.find(key);
  return found != record.end() && found->is_string() ? found->get<std::string>() : std::string();
}

int usage(const std::string& message) {
  std::cerr << "plain_index: " << message << "\n"
            << "usage: plain_index --db DIR [--stem none|lang] [--batch 1000] [--compact-to DIR] FILE.jsonl...\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string database_path, stem = "lang", compact_to;
  unsigned batch = 1000;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    if ((argument == "--db" || argument == "--stem" || argument == "--batch" || argument == "--compact-to") &&
        i + 1 >= argc) {
      return usage(argument + " needs a value");
    }
    if (argument == "--db") {
      database_path = argv[++i];
    } else if (argument == "--stem") {
      stem = argv[++i];
    } else if (argument == "--compact-to") {
      compact_to = argv[++i];
    } else if (argument == "--batch") {
      batch = static_cast<unsigned>(std::stoul(argv[++i]));
    } else if (argument.rfind("--", 0) == 0) {
      return usage("unknown option " + argument);
    } else {
      files.push_back(argument);
    }
  }
  if (database_path.empty() || files.empty() || (stem != "none" && stem != "lang") || batch == 0) {
    return usage("--db and at least one file are required");
  }

  try {
    const auto started = std::chrono::steady_clock::now();
    Xapian::WritableDatabase database(database_path, Xapian::DB_CREATE_OR_OVERWRITE);
    // One generator per language, each with its stemmer (Xapian objects stay on this thread).
    const std::map<std::string, std::string> snowball = {{"ro", "romanian"}, {"it", "italian"}};
    std::map<std::string, Xapian::TermGenerator> generators;
    auto generator_for = [&](const std::string& lang) -> Xapian::TermGenerator& {
      auto found = generators.find(lang);
      if (found != generators.end()) return found->second;
      Xapian::TermGenerator& generator = generators[lang];
      const auto language = snowball.find(lang);
      if (stem == "lang" && language != snowball.end()) generator.set_stemmer(Xapian::Stem(language->second));
      return generator;
    };

    std::size_t articles = 0, bytes = 0, skipped = 0;
    std::string line;
    for (const std::string& file : files) {
      std::ifstream in(file);
      if (!in) throw std::runtime_error("cannot read " + file);
      while (std::getline(in, line)) {
        bytes += line.size() + 1;
        if (line.empty()) continue;
        nlohmann::json record;
        try {
          record = nlohmann::json::parse(line);
        } catch (const nlohmann::json::parse_error&) {
          ++skipped;
          continue;
        }
        const std::string id = string_field(record, "id");
        const std::string text = string_field(record, "text");
        if (id.empty() || text.empty()) {
          ++skipped;
          continue;
        }
        const std::string title = string_field(record, "title");
        const std::string lang = string_field(record, "lang");
        Xapian::Document document;
        Xapian::TermGenerator& generator = generator_for(lang);
        generator.set_document(document);
        generator.index_text(title, 3);
        generator.increase_termpos(100);
        generator.index_text(text);
        const std::string id_term = "Q" + id;
        document.add_boolean_term(id_term);
        document.add_boolean_term("L" + lang);
        std::string date = string_field(record, "date").substr(0, 10);
        date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
        document.add_value(0, date);
        document.set_data(title + "\n" + text);
        database.replace_document(id_term, document);
        if (++articles % batch == 0) database.commit();
      }
    }
    database.commit();
    database.close();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double megabytes = static_cast<double>(bytes) / 1e6;
    nlohmann::json result = {
        {"runner", "plain_index"},
        {"stem", stem},
        {"batch", batch},
        {"articles", articles},
        {"skipped", skipped},
        {"input_mb", megabytes},
        {"seconds", seconds},
        {"articles_per_s", static_cast<double>(articles) / seconds},
        {"mb_per_s", megabytes / seconds},
        {"db_bytes", directory_bytes(database_path)},
    };
    if (!compact_to.empty()) {
      const auto compact_started = std::chrono::steady_clock::now();
      std::filesystem::remove_all(compact_to);
      Xapian::Database(database_path).compact(compact_to);
      result["compact_seconds"] =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - compact_started).count();
      result["compact_db_bytes"] = directory_bytes(compact_to);
    }
    std::cout << result.dump() << std::endl;
  } catch (const Xapian::Error& error) {
    std::cerr << "plain_index: " << error.get_description() << "\n";
    return 1;
  } catch (const std::exception& error) {
    std::cerr << "plain_index: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
