#include "entities/entity.h"

#include <algorithm>
#include <map>

#include "analysis/normalizer.h"

namespace kronika::entities {

std::string_view type_name(EntityType type) {
  switch (type) {
    case EntityType::Person: return "person";
    case EntityType::Organisation: return "organisation";
    case EntityType::Place: return "place";
  }
  return "person";
}

std::optional<EntityType> parse_type(std::string_view name) {
  for (EntityType type : {EntityType::Person, EntityType::Organisation, EntityType::Place}) {
    if (type_name(type) == name) return type;
  }
  if (name == "organization") return EntityType::Organisation;
  return std::nullopt;
}

const std::string& Entity::display_name(std::string_view language) const {
  for (std::size_t i = 0; i < kNameLanguages.size(); ++i) {
    if (kNameLanguages[i] == language && !names[i].empty()) return names[i];
  }
  if (!names[0].empty()) return names[0];
  for (const std::string& name : names) {
    if (!name.empty()) return name;
  }
  return aliases.empty() ? id : aliases.front();
}

bool Entity::is_source(std::string_view source) const {
  if (type != EntityType::Organisation) return false;
  // Slugs without their hyphens: "antena3.ro" is Antena 3.
  auto key_of = [](std::string_view name) {
    std::string key = slug(name);
    std::erase(key, '-');
    return key;
  };
  std::string_view site = source;
  if (site.starts_with("www.")) site.remove_prefix(4);
  const std::string whole = key_of(site);
  if (whole.empty()) return false;
  // "libertatea.ro" is Libertatea; "lajmi.net" is Lajmi.net.
  const std::size_t dot = site.rfind('.');
  const std::string without_domain = dot == std::string_view::npos ? whole : key_of(site.substr(0, dot));
  auto same = [&](std::string_view name) {
    const std::string key = key_of(name);
    return key == whole || key == without_domain;
  };
  if (same(id)) return true;
  for (const std::string& name : names)
    if (!name.empty() && same(name)) return true;
  for (const std::string& alias : aliases)
    if (same(alias)) return true;
  return false;
}

std::vector<ArticleEntity> group_mentions(const std::vector<EntityMention>& mentions) {
  std::vector<ArticleEntity> grouped;
  std::map<std::string, std::size_t> index_of;
  for (const EntityMention& mention : mentions) {
    auto [found, inserted] = index_of.try_emplace(mention.id, grouped.size());
    if (inserted) {
      grouped.push_back({mention.id, mention.type, mention.known, mention.name, {}});
    }
    grouped[found->second].mentions.push_back(mention);
  }
  // Stable: among equally frequent entities the first mentioned comes first.
  std::stable_sort(grouped.begin(), grouped.end(), [](const ArticleEntity& a, const ArticleEntity& b) {
    return a.mentions.size() > b.mentions.size();
  });
  return grouped;
}

std::string slug(std::string_view name) {
  const std::string plain = analysis::normalize_term(name);
  std::string out;
  out.reserve(plain.size());
  bool pending_hyphen = false;
  for (char c : plain) {
    const auto byte = static_cast<unsigned char>(c);
    const bool keep = (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || byte >= 0x80;
    if (!keep) {
      pending_hyphen = !out.empty();
      continue;
    }
    if (pending_hyphen) out += '-';
    pending_hyphen = false;
    out += c;
  }
  return out;
}

}  // namespace kronika::entities
