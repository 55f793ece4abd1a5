// Prints the actors and places Kronika finds in a text, one per line:
//   echo "Takimi i Putinit në Phenian" | build/bin/show_entities sq [ENTITY_DIR]
// A look at the extractor for whoever tunes it.
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#include "analysis/analyzer.h"
#include "analysis/language_id.h"
#include "entities/entity_base.h"
#include "entities/entity_extractor.h"

int main(int argc, char** argv) {
  using namespace kronika;
  const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  const auto language = argc > 1 ? analysis::parse_language(argv[1]) : analysis::identify_language(text);
  if (!language) {
    std::cerr << "usage: show_entities [sq|ro|it|und] [ENTITY_DIR] < text\n";
    return 2;
  }
  std::optional<entities::EntityBase> base;
  try {
    base = entities::EntityBase::load(argc > 2 ? argv[2] : "data/entities", "");
  } catch (const entities::EntityBaseError& error) {
    std::cerr << "show_entities: " << error.what() << " (run it from the project root, or pass ENTITY_DIR)\n";
    return 1;
  }
  analysis::Analyzer analyzer(*language);
  const entities::EntityExtractor extractor(*base);
  for (const auto& mention : extractor.extract(text, analyzer.analyze(text), *language)) {
    std::cout << mention.start << '\t' << mention.end << '\t' << entities::type_name(mention.type) << '\t'
              << (mention.known ? "known" : "found") << '\t' << mention.id << '\t' << mention.text << '\n';
  }
  return 0;
}
