// Accuracy and speed of kronika::analysis::identify_language on JSON Lines news.
//
//   langid_accuracy [--baseline] [--errors N] FILE.jsonl...
//
// Each record is {id, lang, title, text} (title or text may be absent). The
// detector sees title + "\n" + text, as the indexer passes it. For every file
// and overall the program prints the record count, how many have a gold `lang`,
// the accuracy against it, a gold × predicted confusion matrix and the
// throughput of the detector alone (reading and parsing are not timed).
//
// --baseline  scores plain CLD2 (top language, reliable or not) instead of
//             identify_language, to compare the two on the same data.
// --errors N  prints up to N misidentified records per file to stderr.
//
// Text that looks like HTML (sq_lajmi_sample stores raw WordPress markup) has
// its tags stripped crudely first: the indexer extracts text with a real HTML
// parser before identification, so the detector should be measured on text.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// After <cstdio>: compact_lang_det.h uses FILE without including it.
#include <cld2/public/compact_lang_det.h>

#include "analysis/language.h"
#include "analysis/language_id.h"

namespace {

using kronika::analysis::Language;

constexpr std::size_t kLanguageCount = kronika::analysis::kAllLanguages.size();

std::size_t index_of(Language language) {
  return static_cast<std::size_t>(language);
}

struct Tally {
  long records = 0;
  long with_gold = 0;
  long correct = 0;
  long confusion[kLanguageCount][kLanguageCount] = {};  // [gold][predicted]
  double seconds = 0;
  double bytes = 0;

  void add(const Tally& other) {
    records += other.records;
    with_gold += other.with_gold;
    correct += other.correct;
    for (std::size_t g = 0; g < kLanguageCount; ++g)
      for (std::size_t p = 0; p < kLanguageCount; ++p) confusion[g][p] += other.confusion[g][p];
    seconds += other.seconds;
    bytes += other.bytes;
  }
};

// Removes <...> tags and turns the few entities WordPress emits into text.
std::string strip_html(std::string_view html) {
  std::string text;
  text.reserve(html.size());
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') {
      in_tag = true;
    } else if (c == '>' && in_tag) {
      in_tag = false;
      text += ' ';
    } else if (!in_tag) {
      text += c;
    }
  }
  static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&nbsp;", " "},       {"&amp;", "&"},        {"&quot;", "\""},     {"&#8220;", "\u201c"},
      {"&#8221;", "\u201d"}, {"&#8217;", "\u2019"}, {"&#8211;", "\u2013"}};
  for (const auto& [entity, replacement] : kEntities) {
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + replacement.size())) {
      text.replace(at, entity.size(), replacement);
    }
  }
  return text;
}

// A string field, or "" when it is absent or not a string.
std::string string_field(const nlohmann::json& record, const char* name) {
  auto field = record.find(name);
  return field != record.end() && field->is_string() ? field->get<std::string>() : std::string();
}

// The start of `text` on one line, for error listings.
std::string one_line(std::string_view text) {
  constexpr std::size_t kMaxBytes = 200;
  std::size_t end = std::min(text.size(), kMaxBytes);
  while (end < text.size() && end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  std::string line(text.substr(0, end));
  std::replace(line.begin(), line.end(), '\n', ' ');
  return line;
}

bool looks_like_html(std::string_view text) {
  return text.find("<p>") != std::string_view::npos || text.find("</") != std::string_view::npos;
}

// Plain CLD2: its top language mapped onto Kronika's four values.
Language cld2_baseline(std::string_view text) {
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language top = CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()),
                                                      /*is_plain_text=*/true, top3, percent3, &text_bytes, &reliable);
  switch (top) {
    case CLD2::ALBANIAN: return Language::Albanian;
    case CLD2::ROMANIAN: return Language::Romanian;
    case CLD2::ITALIAN: return Language::Italian;
    default: return Language::Undetermined;
  }
}

void print_tally(const std::string& name, const Tally& t) {
  std::printf("== %s\n", name.c_str());
  std::printf("records %ld, with gold lang %ld, correct %ld, accuracy %.3f%%\n", t.records, t.with_gold, t.correct,
              t.with_gold ? 100.0 * t.correct / t.with_gold : 0.0);
  std::printf("  gold\\pred");
  for (Language p : kronika::analysis::kAllLanguages) std::printf(" %8s", std::string(code(p)).c_str());
  std::printf("\n");
  for (Language g : kronika::analysis::kAllLanguages) {
    long row = 0;
    for (std::size_t p = 0; p < kLanguageCount; ++p) row += t.confusion[index_of(g)][p];
    if (row == 0) continue;
    std::printf("  %9s", std::string(code(g)).c_str());
    for (std::size_t p = 0; p < kLanguageCount; ++p) std::printf(" %8ld", t.confusion[index_of(g)][p]);
    std::printf("\n");
  }
  if (t.seconds > 0) {
    std::printf("throughput %.0f records/s, %.1f MB/s (%.2f us/record)\n", t.records / t.seconds,
                t.bytes / t.seconds / 1e6, 1e6 * t.seconds / std::max(1L, t.records));
  }
}

}  // namespace

int main(int argc, char** argv) {
  bool baseline = false;
  long max_errors = 0;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--baseline") {
      baseline = true;
    } else if (arg == "--errors" && i + 1 < argc) {
      max_errors = std::atol(argv[++i]);
    } else {
      files.emplace_back(arg);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: %s [--baseline] [--errors N] FILE.jsonl...\n", argv[0]);
    return 2;
  }
  auto detect = baseline ? cld2_baseline : kronika::analysis::identify_language;

  Tally overall;
  for (const std::string& path : files) {
    std::ifstream in(path);
    if (!in) {
      std::fprintf(stderr, "cannot open %s\n", path.c_str());
      return 1;
    }
    Tally tally;
    long errors_shown = 0;
    std::string line;
    long line_number = 0;
    while (std::getline(in, line)) {
      ++line_number;
      if (line.empty()) continue;
      nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!record.is_object()) {
        std::fprintf(stderr, "%s:%ld: not a JSON object, skipped\n", path.c_str(), line_number);
        continue;
      }
      std::string text = string_field(record, "title") + "\n" + string_field(record, "text");
      if (looks_like_html(text)) text = strip_html(text);

      auto start = std::chrono::steady_clock::now();
      Language predicted = detect(text);
      tally.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      tally.bytes += static_cast<double>(text.size());
      ++tally.records;

      const std::optional<Language> gold = kronika::analysis::parse_language(string_field(record, "lang"));
      if (!gold) continue;
      ++tally.with_gold;
      ++tally.confusion[index_of(*gold)][index_of(predicted)];
      if (predicted == *gold) {
        ++tally.correct;
      } else if (errors_shown < max_errors) {
        ++errors_shown;
        std::fprintf(stderr, "%s %s gold=%s pred=%s: %s\n", path.c_str(), string_field(record, "id").c_str(),
                     std::string(code(*gold)).c_str(), std::string(code(predicted)).c_str(), one_line(text).c_str());
      }
    }
    print_tally(path, tally);
    overall.add(tally);
  }
  print_tally(baseline ? "overall (CLD2 baseline)" : "overall", overall);
  return 0;
}
