#include "articles/article_reader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "analysis/language_id.h"
#include "articles/dateline.h"
#include "articles/embed_furniture.h"
#include "articles/feed_footer.h"
#include "articles/glued_links.h"
#include "articles/html_text.h"
#include "schema/index_schema.h"
#include "util/utf8.h"

namespace kronika::articles {

namespace {

// Titles longer than this are cut at a word boundary.
constexpr std::size_t kMaxTitleBytes = 200;
// A first line this short, followed by more text, is a headline.
constexpr std::size_t kMaxHeadlineBytes = 160;

bool is_article_file(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".txt" || extension == ".jsonl";
}

std::size_t line_of_offset(std::string_view text, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

std::string cut_at_word(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string_view::npos || cut < max_bytes / 2) {
    cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a code point
  }
  return std::string(util::trim(text.substr(0, cut))) + "\u2026";
}

// Strips markup, tidies whitespace, drops a feed footer, identifies the
// language and fills a missing title. Returns an error message, or empty when the article is good.
std::string finish_article(schema::Article& article, bool language_given) {
  if (looks_like_html(article.text)) article.text = html_to_text(article.text);
  article.text = util::tidy_whitespace(article.text);
  article.text = with_glued_links_apart(without_embed_furniture(without_feed_footer(article.text)));
  if (looks_like_html(article.title)) article.title = html_to_text(article.title);
  article.title = util::tidy_whitespace(article.title);
  if (article.text.empty() && article.title.empty()) return "empty text";
  if (article.title.empty()) article.title = title_from_text(article.text);
  if (!language_given) article.language = analysis::identify_language(article.title + "\n" + article.text);
  return "";
}

std::string validate_id(const std::string& id) {
  if (id.empty()) return "missing or empty \"id\"";
  if (id.size() > schema::kMaxIdBytes) return "\"id\" longer than " + std::to_string(schema::kMaxIdBytes) + " bytes";
  for (unsigned char c : id) {
    if (c < 0x20 || c == 0x7F) return "\"id\" contains a control character";
  }
  return "";
}

std::size_t read_txt(const std::filesystem::path& file, std::string content, const ArticleHandler& on_article,
                     const ProblemHandler& on_problem) {
  const std::string name = file.string();
  if (const std::size_t bad = util::first_invalid_utf8(content); bad != std::string::npos) {
    on_problem({name, line_of_offset(content, bad), "invalid UTF-8", true});
    return 0;
  }
  if (content.rfind("\xEF\xBB\xBF", 0) == 0) content.erase(0, 3);  // byte order mark
  content.erase(std::remove(content.begin(), content.end(), '\r'), content.end());

  schema::Article article;
  article.id = file.stem().string();
  if (std::string problem = validate_id(article.id); !problem.empty()) {
    on_problem({name, 0, problem, true});
    return 0;
  }
  std::string_view body = content;
  if (auto dateline = read_dateline(body)) {
    article.published = dateline->published;
    article.source = dateline->source;
    body.remove_prefix(dateline->consumed);
  }
  article.text = std::string(body);
  if (std::string problem = finish_article(article, false); !problem.empty()) {
    on_problem({name, 1, problem, true});
    return 0;
  }
  on_article(std::move(article));
  return 1;
}

// Reads an optional string field; a field of another type is an error.
std::string string_field(const nlohmann::json& record, const char* key, std::string& problem) {
  const auto found = record.find(key);
  if (found == record.end() || found->is_null()) return "";
  if (found->is_string()) return found->get<std::string>();
  if (found->is_number_integer() && std::string(key) == "id") return std::to_string(found->get<long long>());
  problem = std::string("\"") + key + "\" must be a string";
  return "";
}

std::size_t read_jsonl(const std::filesystem::path& file, std::istream& in, const ArticleHandler& on_article,
                       const ProblemHandler& on_problem, const ProgressHandler& on_progress) {
  const std::string name = file.string();
  std::size_t line_number = 0;
  std::size_t bytes_read = 0;
  std::size_t count = 0;
  std::string line;
  while (std::getline(in, line)) {
    ++line_number;
    bytes_read += line.size() + 1;
    if (on_progress) on_progress(bytes_read);
    if (util::trim(line).empty()) continue;
    auto report = [&](const std::string& message, bool fatal = true) {
      on_problem({name, line_number, message, fatal});
    };
    if (!util::is_valid_utf8(line)) {
      report("invalid UTF-8");
      continue;
    }
    nlohmann::json record;
    try {
      record = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& error) {
      report(std::string("broken JSON: ") + error.what());
      continue;
    }
    if (!record.is_object()) {
      report("a record must be a JSON object");
      continue;
    }
    std::string problem;
    schema::Article article;
    article.id = string_field(record, "id", problem);
    article.title = string_field(record, "title", problem);
    article.text = string_field(record, "text", problem);
    article.source = string_field(record, "source", problem);
    article.url = string_field(record, "url", problem);
    const std::string lang = string_field(record, "lang", problem);
    const std::string date = string_field(record, "date", problem);
    if (problem.empty()) problem = validate_id(article.id);
    if (!problem.empty()) {
      report(problem);
      continue;
    }
    const bool language_given = !lang.empty();
    if (language_given) {
      // Languages we do not analyse are kept, unstemmed, as "und".
      article.language = analysis::parse_language(lang).value_or(analysis::Language::Undetermined);
    }
    if (!date.empty()) {
      if (auto published = parse_date(date)) {
        article.published = *published;
      } else {
        report("unrecognised \"date\" '" + date + "' ignored", false);
      }
    }
    if (std::string failure = finish_article(article, language_given); !failure.empty()) {
      report(failure);
      continue;
    }
    on_article(std::move(article));
    ++count;
  }
  return count;
}

}  // namespace

std::vector<std::filesystem::path> collect_article_files(const std::vector<std::string>& paths,
                                                         const ProblemHandler& on_problem) {
  std::vector<std::filesystem::path> files;
  for (const std::string& path : paths) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) {
      on_problem({path, 0, "no such file or directory", true});
      continue;
    }
    if (std::filesystem::is_directory(status)) {
      std::vector<std::filesystem::path> found;
      for (auto it = std::filesystem::recursive_directory_iterator(path, error);
           !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        if (it->is_regular_file() && is_article_file(it->path())) found.push_back(it->path());
      }
      if (error) on_problem({path, 0, "cannot list directory: " + error.message(), true});
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (is_article_file(path)) {
      files.emplace_back(path);
    } else {
      on_problem({path, 0, "not a .txt or .jsonl file", true});
    }
  }
  return files;
}

std::size_t read_article_file(const std::filesystem::path& file, const ArticleHandler& on_article,
                              const ProblemHandler& on_problem, const ProgressHandler& on_progress) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    on_problem({file.string(), 0, "cannot open file", true});
    return 0;
  }
  if (file.extension() == ".jsonl") return read_jsonl(file, in, on_article, on_problem, on_progress);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string content = buffer.str();
  const std::size_t size = content.size();
  const std::size_t count = read_txt(file, std::move(content), on_article, on_problem);
  if (on_progress) on_progress(size);
  return count;
}

std::string title_from_text(std::string_view text) {
  text = util::trim(text);
  const std::size_t newline = text.find('\n');
  if (newline != std::string_view::npos && newline <= kMaxHeadlineBytes) {
    return std::string(util::trim(text.substr(0, newline)));
  }
  // First sentence: up to . ! ? followed by a space and a capital letter or quote,
  // or up to the end of the first line.
  const std::string_view line = text.substr(0, newline);
  for (std::size_t i = 0; i + 2 < line.size(); ++i) {
    const char c = line[i];
    if ((c == '.' || c == '!' || c == '?') && line[i + 1] == ' ') {
      const auto next = static_cast<unsigned char>(line[i + 2]);
      const bool starts_sentence = std::isupper(next) || next >= 0xC0 || next == '"';
      // "A. Shkodra" or "nr. 5": a single letter or number before the dot is no sentence end.
      const bool initial = i >= 2 && line[i - 2] == ' ';
      if (starts_sentence && !initial) return cut_at_word(line.substr(0, i + (c == '.' ? 0 : 1)), kMaxTitleBytes);
    }
  }
  return cut_at_word(line, kMaxTitleBytes);
}

}  // namespace kronika::articles
