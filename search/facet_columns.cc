#include "search/facet_columns.h"

#include <algorithm>
#include <cstdlib>
#include <new>
#include <string_view>
#include <unordered_map>

#include "schema/entity_slots.h"
#include "schema/index_schema.h"

namespace kronika::search {

namespace {

struct ColumnSource {
  Xapian::valueno slot;
  char separator;  // between the values of one slot; '\0': the slot is one value
};

constexpr std::array<ColumnSource, FacetColumns::kColumns> kSources = {{
    {schema::kLanguageSlot, '\0'},
    {schema::kTimelineSlot, ' '},
    {schema::kActorListSlot, schema::kEntityListSeparator},
    {schema::kPlaceListSlot, schema::kEntityListSeparator},
}};

}  // namespace

std::optional<DatabaseRevision> FacetColumns::revision_of(const Xapian::Database& database) {
  try {
    // A combination of several databases has no single revision (and no
    // database, no uuid).
    DatabaseRevision revision{database.get_uuid()};
    if (revision.uuid.empty()) return std::nullopt;
    revision.revision = database.get_revision();
    return revision;
  } catch (const Xapian::InvalidOperationError&) {
    return std::nullopt;
  }
}

FacetColumns::FacetColumns(const Xapian::Database& database) {
  const auto revision = revision_of(database);
  if (!revision) throw Xapian::InvalidOperationError("facet columns need a single database");
  revision_ = *revision;
  const Xapian::docid last = database.get_lastdocid();
  for (unsigned c = 0; c < kColumns; ++c) {
    const ColumnSource source = kSources[c];
    Data& data = columns_[c];
    data.starts.assign(static_cast<std::size_t>(last) + 2, 0);
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::uint32_t> row;
    Xapian::docid filled = 0;  // starts[0..filled] are set
    // A value stream runs in document id order, so rows are appended.
    for (auto it = database.valuestream_begin(source.slot); it != database.valuestream_end(source.slot); ++it) {
      const Xapian::docid docid = it.get_docid();
      for (; filled < docid; ++filled) data.starts[filled + 1] = static_cast<std::uint32_t>(data.ids.size());
      const std::string value = *it;
      row.clear();
      std::string_view rest(value);
      while (!rest.empty()) {
        const std::size_t end = source.separator == '\0' ? std::string_view::npos : rest.find(source.separator);
        const std::string_view part = rest.substr(0, end);
        if (!part.empty()) {
          const auto [found, added] = ids.emplace(std::string(part), static_cast<std::uint32_t>(data.names.size()));
          if (added) data.names.emplace_back(part);
          row.push_back(found->second);
        }
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
      }
      // Each document counts once per value.
      std::sort(row.begin(), row.end());
      row.erase(std::unique(row.begin(), row.end()), row.end());
      data.ids.insert(data.ids.end(), row.begin(), row.end());
    }
    for (; filled <= last; ++filled) data.starts[filled + 1] = static_cast<std::uint32_t>(data.ids.size());
    data.ids.shrink_to_fit();
    if (source.separator == schema::kEntityListSeparator) group_by_entity(data);
    if (source.separator == '\0') add_small(data);
  }
  published_.assign(static_cast<std::size_t>(last) + 1, 0);
  for (auto it = database.valuestream_begin(schema::kPublishedSlot);
       it != database.valuestream_end(schema::kPublishedSlot); ++it) {
    const std::string value = *it;  // 8 digits (schema::published_value)
    std::uint32_t number = 0;
    for (char c : value) number = c >= '0' && c <= '9' ? number * 10 + static_cast<std::uint32_t>(c - '0') : number;
    published_[it.get_docid()] = number;
  }
}

void FacetColumns::add_small(Data& data) {
  if (data.names.size() >= kNoSmallValue) return;
  data.small.assign(data.starts.size() - 1, kNoSmallValue);
  for (std::size_t docid = 0; docid + 1 < data.starts.size(); ++docid) {
    if (data.starts[docid + 1] - data.starts[docid] > 1) {  // a slot value is one value: never
      data.small.clear();
      return;
    }
    if (data.starts[docid + 1] > data.starts[docid])
      data.small[docid] = static_cast<std::uint8_t>(data.ids[data.starts[docid]]);
  }
}

void FacetColumns::group_by_entity(Data& data) {
  std::unordered_map<std::string_view, std::uint32_t> groups;
  data.groups.reserve(data.names.size());
  for (std::size_t value = 0; value < data.names.size(); ++value) {
    const std::string_view id = schema::entity_slot_id(data.names[value]);
    const auto [found, added] = groups.emplace(id, static_cast<std::uint32_t>(groups.size()));
    if (added) data.group_ids.emplace_back(static_cast<std::uint32_t>(value), static_cast<std::uint32_t>(id.size()));
    data.groups.push_back(found->second);
  }
}

std::size_t FacetColumns::memory_bytes() const {
  std::size_t bytes = sizeof(*this) + revision_.uuid.capacity();
  for (const Data& data : columns_) {
    bytes += (data.starts.capacity() + data.ids.capacity() + data.groups.capacity()) * sizeof(std::uint32_t);
    bytes += data.small.capacity() + data.group_ids.capacity() * sizeof(data.group_ids[0]);
    for (const std::string& name : data.names) bytes += sizeof(std::string) + name.capacity();
  }
  return bytes;
}

std::optional<std::uint32_t> FacetColumns::value_id(Column column, std::string_view value) const {
  const std::vector<std::string>& names = columns_[static_cast<unsigned>(column)].names;
  const auto found = std::find(names.begin(), names.end(), value);
  if (found == names.end()) return std::nullopt;
  return static_cast<std::uint32_t>(found - names.begin());
}

ColumnCountSpy::ColumnCountSpy(const FacetColumns& columns, FacetColumns::Column column)
    : columns_(columns),
      column_(column),
      counts_(static_cast<Xapian::doccount*>(
          std::calloc(std::max<std::size_t>(columns.distinct(column), 1), sizeof(Xapian::doccount)))) {
  if (!counts_) throw std::bad_alloc();
}

ColumnCountSpy::~ColumnCountSpy() {
  std::free(counts_);
}

const std::vector<std::uint32_t>& ColumnCountSpy::seen() const {
  if (!seen_found_) {
    const std::size_t distinct = columns_.distinct(column_);
    for (std::size_t id = 0; id < distinct; ++id)
      if (counts_[id] != 0) seen_.push_back(static_cast<std::uint32_t>(id));
    seen_found_ = true;
  }
  return seen_;
}

std::vector<std::uint64_t>& ColumnCountSpy::group_keys() const {
  keys_.clear();
  keys_.reserve(seen().size());
  for (std::uint32_t id : seen()) keys_.push_back(std::uint64_t{columns_.group(column_, id)} << 32 | id);
  std::sort(keys_.begin(), keys_.end());
  return keys_;
}

void ColumnCountSpy::operator()(const Xapian::Document& document, double /*weight*/) {
  count(document.get_docid());
}

}  // namespace kronika::search
