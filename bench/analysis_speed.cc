// analysis_speed: throughput of the whole analysis chain, per language.
//
//   analysis_speed [--corpus DIR] [--records N] [--seconds S] [--words latin|icu|same] [LANG ...]
//
// For each language (default: sq ro it) reads the "text" field of the first
// N records (default 3000) of the JSON Lines files under DIR/<lang>_*/
// (default DIR: /work/shared/corpus/news; directories and files in name
// order), then runs kronika::analysis::Analyzer(language).analyze(text) over
// them on one thread, repeating the pass until at least S seconds (default 2)
// have elapsed. Prints MB/s (10^6 bytes of UTF-8 input per second) and
// tokens/s. One thread, so the figure is per core. --words times word
// segmentation alone (analysis::Tokenizer::split): `latin` as the chain
// does it, `icu` with ICU's iterator only, so both are measured in one run.
// `--words same` times nothing: it counts the texts whose words (byte spans)
// differ between the two, which must be none (analysis/latin_word_break.h).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "analysis/tokenizer.h"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> read_texts(const fs::path& corpus, const std::string& lang, size_t limit,
                                    std::vector<std::string>& sources) {
  std::vector<fs::path> dirs, files;
  std::error_code ec;
  for (auto& e : fs::directory_iterator(corpus, ec))
    if (e.is_directory() && e.path().filename().string().starts_with(lang + "_")) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  for (auto& d : dirs) {
    std::vector<fs::path> in_dir;
    for (auto& e : fs::directory_iterator(d, ec))
      if (e.is_regular_file() && e.path().extension() == ".jsonl") in_dir.push_back(e.path());
    std::sort(in_dir.begin(), in_dir.end());
    files.insert(files.end(), in_dir.begin(), in_dir.end());
  }
  std::vector<std::string> texts;
  for (auto& f : files) {
    if (texts.size() >= limit) break;
    std::ifstream in(f);
    std::string line;
    size_t from_file = 0;
    while (texts.size() < limit && std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
      texts.push_back(j["text"].get<std::string>());
      ++from_file;
    }
    if (from_file) sources.push_back(f.string() + " (" + std::to_string(from_file) + ")");
  }
  return texts;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpus = "/work/shared/corpus/news";
  size_t records = 3000;
  double seconds = 2.0;
  std::vector<std::string> langs;
  std::string words_only;  // "", "latin", "icu" or "same"
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc)
      corpus = argv[++i];
    else if (a == "--records" && i + 1 < argc)
      records = std::stoul(argv[++i]);
    else if (a == "--seconds" && i + 1 < argc)
      seconds = std::stod(argv[++i]);
    else if (a == "--words" && i + 1 < argc &&
             (std::string(argv[i + 1]) == "latin" || std::string(argv[i + 1]) == "icu" ||
              std::string(argv[i + 1]) == "same"))
      words_only = argv[++i];
    else if (a == "-h" || a == "--help") {
      std::printf("usage: %s [--corpus DIR] [--records N] [--seconds S] [--words latin|icu|same] [sq|ro|it ...]\n",
                  argv[0]);
      return 0;
    } else
      langs.push_back(a);
  }
  if (langs.empty()) langs = {"sq", "ro", "it"};

  std::printf("%-4s %8s %10s %6s %10s %8s\n", "lang", "records", "MB", "passes", "tokens/s", "MB/s");
  for (const auto& code : langs) {
    auto language = kronika::analysis::parse_language(code);
    if (!language || *language == kronika::analysis::Language::Undetermined) {
      std::fprintf(stderr, "unknown language %s\n", code.c_str());
      return 2;
    }
    std::vector<std::string> sources;
    std::vector<std::string> texts = read_texts(corpus, code, records, sources);
    if (texts.empty()) {
      std::fprintf(stderr, "%s: no records under %s\n", code.c_str(), corpus.c_str());
      continue;
    }
    size_t bytes = 0;
    for (auto& t : texts) bytes += t.size();
    if (words_only == "same") {
      using kronika::analysis::Tokenizer;
      using kronika::analysis::WordSpan;
      Tokenizer latin, icu(Tokenizer::Rules::IcuOnly);
      const auto same = [](const std::vector<WordSpan>& a, const std::vector<WordSpan>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const WordSpan& x, const WordSpan& y) {
          return x.byte_start == y.byte_start && x.byte_end == y.byte_end;
        });
      };
      size_t differing = 0, words = 0;
      for (auto& t : texts) {
        const std::vector<WordSpan> expected = icu.split(t);
        words += expected.size();
        differing += !same(latin.split(t), expected);
      }
      std::printf("%-4s %zu texts, %zu words, %zu with other words than ICU's\n", code.c_str(), texts.size(), words,
                  differing);
      if (differing) return 1;
      continue;
    }
    kronika::analysis::Analyzer analyzer(*language);
    kronika::analysis::Tokenizer tokenizer(words_only == "icu" ? kronika::analysis::Tokenizer::Rules::IcuOnly
                                                               : kronika::analysis::Tokenizer::Rules::Latin);
    size_t tokens = 0, passes = 0;
    const auto start = std::chrono::steady_clock::now();
    double elapsed = 0;
    do {
      for (auto& t : texts) tokens += words_only.empty() ? analyzer.analyze(t).size() : tokenizer.split(t).size();
      ++passes;
      elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (elapsed < seconds);
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("%-4s %8zu %10.2f %6zu %10.0f %8.2f\n", code.c_str(), texts.size(), mb, passes,
                static_cast<double>(tokens) / elapsed, mb * static_cast<double>(passes) / elapsed);
    for (auto& s : sources) std::printf("       %s\n", s.c_str());
  }
  return 0;
}
