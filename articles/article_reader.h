// Article files → Articles. Two formats:
//   *.txt    one article; id = file base name; an optional dateline opens it;
//            title = first line when it is short, else the first sentence
//   *.jsonl  one JSON object per line: id, lang, title, date, source, url, text
// HTML in text is stripped, and so is a feed footer ("The post … appeared
// first on …": articles/feed_footer.h). A language not given is identified from the text.
// Bad records are reported with file and line and skipped; good ones go on.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "schema/article.h"

namespace kronika::articles {

struct ReadProblem {
  std::string file;
  std::size_t line = 0;  // 1-based; 0 when the whole file is concerned
  std::string message;
  bool fatal_for_record = true;  // false for warnings (the record was kept)
};

using ArticleHandler = std::function<void(schema::Article&&)>;
using ProblemHandler = std::function<void(const ReadProblem&)>;
// Called after each record with the bytes of the file read so far.
using ProgressHandler = std::function<void(std::size_t bytes_read)>;

// Expands files and directories (recursively) to the .txt and .jsonl files
// under them, sorted so runs are reproducible. Missing paths are reported.
std::vector<std::filesystem::path> collect_article_files(const std::vector<std::string>& paths,
                                                         const ProblemHandler& on_problem);

// Reads one file. Returns the number of articles handed over.
std::size_t read_article_file(const std::filesystem::path& file, const ArticleHandler& on_article,
                              const ProblemHandler& on_problem, const ProgressHandler& on_progress = {});

// Builds a title from text: its first line when short, else its first sentence.
std::string title_from_text(std::string_view text);

}  // namespace kronika::articles
