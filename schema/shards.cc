#include "schema/shards.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "util/parse_int.h"

namespace kronika::schema {

namespace fs = std::filesystem;

std::optional<ShardBy> parse_shard_by(std::string_view text) {
  if (text == "none") return ShardBy::None;
  if (text == "year") return ShardBy::Year;
  if (text == "month") return ShardBy::Month;
  return std::nullopt;
}

std::string shard_name(std::string_view published, ShardBy by) {
  const auto digits = [](std::string_view part) {
    return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (published.size() < 4 || !digits(published.substr(0, 4))) return std::string(kUndatedShard);
  if (by == ShardBy::Month && published.size() >= 7 && published[4] == '-' && digits(published.substr(5, 2))) {
    return std::string(published.substr(0, 7));
  }
  return std::string(published.substr(0, 4));
}

namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

}  // namespace

ShardSpec parse_shard_spec(std::string_view line, const std::string& base) {
  const std::string_view entry = trim(line);
  std::string quoted = "'";
  quoted.append(entry).push_back('\'');
  if (entry.empty()) throw ShardLayoutError("empty shard entry");
  ShardSpec spec;
  spec.name = std::string(entry);
  const std::size_t space = entry.find_first_of(" \t");
  const std::string_view kind = space == std::string_view::npos ? std::string_view{} : entry.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? entry : trim(entry.substr(space + 1));
  if (kind == "remote") {
    // "remote HOST:PORT" (Xapian's "remote :PROGRAM" pipe form is not a shard server).
    const std::size_t colon = rest.rfind(':');
    const auto port = colon == std::string_view::npos ? std::nullopt : util::parse_int(rest.substr(colon + 1));
    if (colon == 0 || colon == std::string_view::npos || !port || *port < 1 || *port > 65535) {
      throw ShardLayoutError("shard " + quoted + ": expected 'remote HOST:PORT'");
    }
    spec.remote = true;
    spec.host = std::string(rest.substr(0, colon));
    spec.port = static_cast<unsigned>(*port);
    return spec;
  }
  if (!kind.empty() && kind != "auto" && kind != "glass") {
    throw ShardLayoutError("shard " + quoted + ": expected 'auto PATH', 'glass PATH', a path or 'remote HOST:PORT'");
  }
  const fs::path path{std::string(rest)};
  spec.path = (path.is_absolute() || base.empty() ? path : fs::path(base) / path).lexically_normal().string();
  return spec;
}

bool is_sharded_database(const std::string& directory) {
  std::error_code ignored;
  return fs::is_regular_file(fs::path(directory) / kStubFile, ignored);
}

std::vector<ShardSpec> read_stub(const std::string& directory) {
  const fs::path file = fs::path(directory) / kStubFile;
  std::ifstream in(file);
  if (!in) throw ShardLayoutError("cannot read " + file.string());
  std::vector<ShardSpec> shards;
  std::string line;
  while (std::getline(in, line)) {
    const std::string_view entry = trim(line);
    if (entry.empty() || entry.front() == '#') continue;
    try {
      shards.push_back(parse_shard_spec(entry, directory));
    } catch (const ShardLayoutError& error) {
      throw ShardLayoutError(file.string() + ": " + error.what());
    }
  }
  return shards;
}

void write_stub(const std::string& directory, const std::vector<std::string>& shard_names) {
  const fs::path file = fs::path(directory) / kStubFile;
  const fs::path temporary = file.string() + ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(temporary);
    out << "# Kronika shards, one Xapian database each (written by kronika-indexer).\n";
    for (const std::string& name : shard_names) out << "auto " << name << '\n';
    if (!out.flush()) throw ShardLayoutError("cannot write " + temporary.string());
  }
  fs::rename(temporary, file);  // readers see the old list or the new one, never half
}

}  // namespace kronika::schema
