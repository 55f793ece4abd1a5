#include "entities/nested_mentions.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kronika::entities {

namespace {

bool starts_capitalised(std::string_view word) {
  std::int32_t offset = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), offset, static_cast<std::int32_t>(word.size()), c);
  return c > 0 && (u_isupper(c) || u_istitle(c));
}

}  // namespace

std::vector<EntityMention> nested_known_mentions(const EntityBase& base, std::string_view text,
                                                 const std::vector<analysis::Token>& tokens,
                                                 analysis::Language language, const std::vector<EntityMention>& outer) {
  std::vector<EntityMention> nested;
  std::vector<std::string> words;
  words.reserve(tokens.size());
  for (const analysis::Token& token : tokens) words.push_back(token.norm);
  // With their accents, as the extractor matches (Albanian "Punës", of
  // work, in "Partia e Punës", is no Pune): filled for the words of
  // organisations' names only.
  std::vector<std::string> written(tokens.size());
  std::size_t t = 0;  // tokens and mentions are both in text order
  for (const EntityMention& mention : outer) {
    // Inside a found person's name a known name is a namesake's part
    // ("Përparim Rama" is not Edi Rama); inside a found place it is a street
    // or a building ("via Roma", "Parco Novi Sad"), not the place itself.
    if (mention.known || mention.type != EntityType::Organisation) continue;
    while (t < tokens.size() && tokens[t].start < mention.start) ++t;
    std::size_t end = t;
    while (end < tokens.size() && tokens[end].end <= mention.end) ++end;
    for (std::size_t i = t; i < end; ++i) written[i] = written_form(tokens[i]);
    // The outer name's first word is its head ("Universitatea"): start after it.
    for (std::size_t i = t + 1; i < end; ++i) {
      if (!starts_capitalised(tokens[i].text)) continue;
      const auto names = base.names_at(language, words, i, end - i, &written);
      for (const auto& [index, length] : names) {
        const std::size_t last = i + length - 1;
        if (!starts_capitalised(tokens[last].text)) continue;
        const Entity& entity = base.at(base.name(index).entity);
        EntityMention inner;
        inner.id = entity.id;
        inner.type = entity.type;
        inner.known = true;
        inner.text = std::string(text.substr(tokens[i].byte_start, tokens[last].byte_end - tokens[i].byte_start));
        inner.start = tokens[i].start;
        inner.end = tokens[last].end;
        nested.push_back(std::move(inner));
        i = last;
        break;
      }
    }
  }
  return nested;
}

}  // namespace kronika::entities
