// Unit tests for kronika::indexer::DocumentPipeline: documents built on
// worker threads come back in input order, the same as one builder makes.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include "entities/entity_base.h"
#include "indexer/document_builder.h"
#include "indexer/document_pipeline.h"

using namespace kronika;
using analysis::Language;

namespace {

const entities::EntityBase& shipped_base() {
  static const entities::EntityBase base =
      entities::EntityBase::load(std::string(KRONIKA_SOURCE_DIR) + "/data/entities", "");
  return base;
}

// Articles of different lengths and languages, so that workers finish out
// of order.
std::vector<schema::Article> articles() {
  const std::string sentences[] = {
      "Vladimir Putin a sosit la Phenian pe 19 iunie 2024 pentru o vizită de două zile. ",
      "Kryeministri Edi Rama takoi dje në Tiranë homologen italiane Giorgia Meloni. ",
      "Il presidente Sergio Mattarella ha parlato a Roma il 2 giugno della Repubblica. ",
  };
  const Language languages[] = {Language::Romanian, Language::Albanian, Language::Italian};
  std::vector<schema::Article> out;
  for (int i = 0; i < 60; ++i) {
    schema::Article article;
    // Built by append: GCC 12's -Wrestrict misfires on "p" + std::to_string.
    article.id = "p";
    article.id += std::to_string(i);
    article.language = languages[i % 3];
    article.published = "2024-06-";
    article.published += std::to_string(10 + i % 19);
    article.title = "Titlu ";
    article.title += std::to_string(i);
    for (int repeat = 0; repeat <= (i * 7) % 40; ++repeat) article.text += sentences[i % 3];
    out.push_back(article);
  }
  return out;
}

// Runs every article through a pipeline the way the indexer does; returns
// the ids and serialised documents in the order they came out.
std::vector<std::pair<std::string, std::string>> run(unsigned threads, std::size_t depth) {
  indexer::DocumentPipeline pipeline(shipped_base(), threads, depth);
  std::vector<std::pair<std::string, std::string>> out;
  auto take = [&](indexer::DocumentPipeline::Built&& built) {
    out.emplace_back(built.article.id, built.document.serialise());
  };
  for (schema::Article& article : articles()) {
    if (pipeline.full()) take(*pipeline.pop(true));
    pipeline.push(std::move(article));
    while (auto built = pipeline.pop(false)) take(std::move(*built));
  }
  while (auto built = pipeline.pop(true)) take(std::move(*built));
  CHECK(pipeline.empty());
  return out;
}

}  // namespace

TEST_CASE("the document pipeline gives one builder's documents, in input order") {
  indexer::DocumentBuilder builder(shipped_base());
  std::vector<std::pair<std::string, std::string>> expected;
  for (const schema::Article& article : articles())
    expected.emplace_back(article.id, builder.build(article).serialise());
  CHECK(run(0, 1) == expected);  // built on the caller's thread
  CHECK(run(1, 4) == expected);
  CHECK(run(3, 5) == expected);
  CHECK(run(3, 64) == expected);
}

TEST_CASE("the document pipeline picks its threads") {
  CHECK(indexer::DocumentPipeline::threads_for(3) == 3);
  const unsigned automatic = indexer::DocumentPipeline::threads_for(0);
  const unsigned cores = std::thread::hardware_concurrency();
  CHECK(automatic == (cores >= 2 ? cores - 1 : 0));
}
