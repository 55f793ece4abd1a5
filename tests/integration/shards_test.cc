// Shards: data/sample in one database, in local shards by year, and behind
// three xapian-tcpsrv processes must answer alike; a shard server that is
// stopped (or stalls) gives a partial answer naming it, and the server picks
// it up again when it is back.
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <thread>

#include <doctest/doctest.h>

#include "test_server.h"

extern char** environ;

namespace kronika::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// A free loopback TCP port (the kernel's pick; released for the caller to use).
int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  close(fd);
  return ntohs(address.sin_port);
}

bool accepts_connections(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(fd);
  return ok;
}

std::string tcpsrv_program() {
  for (const char* candidate : {"/usr/bin/xapian-tcpsrv", "/usr/local/bin/xapian-tcpsrv"}) {
    if (fs::exists(candidate)) return candidate;
  }
  return {};
}

// xapian-tcpsrv serving some shard directories as one, in its own process
// group (it forks a child per connection; signals reach them all).
class ShardServer {
 public:
  ShardServer(int port, std::vector<std::string> shards) : port_(port), shards_(std::move(shards)) { start(); }
  ~ShardServer() { stop(); }

  void start() {
    std::vector<std::string> arguments = {tcpsrv_program(), "--quiet", "--interface",
                                          "127.0.0.1",      "--port",  std::to_string(port_)};
    arguments.insert(arguments.end(), shards_.begin(), shards_.end());
    std::vector<char*> argv;
    for (auto& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t quiet;  // its children report every closed connection on stderr
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    REQUIRE(posix_spawn(&pid_, argv[0], &quiet, &attributes, argv.data(), environ) == 0);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&quiet);
    for (int i = 0; i < 200 && !accepts_connections(port_); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    REQUIRE(accepts_connections(port_));
  }
  void stop() {
    if (pid_ <= 0) return;
    kill(-pid_, SIGCONT);
    kill(-pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
    for (int i = 0; i < 200 && accepts_connections(port_); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
  }
  void pause() { kill(-pid_, SIGSTOP); }
  void resume() { kill(-pid_, SIGCONT); }
  std::string entry() const { return "remote 127.0.0.1:" + std::to_string(port_); }

 private:
  int port_;
  std::vector<std::string> shards_;
  pid_t pid_ = -1;
};

// A config file listing `shards`; short timeouts so a stalled shard is left
// out quickly and a returning one is tried again soon.
std::string shard_config(const std::string& directory, const std::vector<std::string>& shards) {
  const std::string path = directory + "/kronika.json";
  std::ofstream out(path);
  out << json{{"shards", shards}, {"search", {{"shard_timeout_ms", 1000}, {"shard_retry_ms", 100}}}}.dump(2);
  return path;
}

// What must not differ between one database and its shards: totals, hits
// with their scores (ties may come in another order), facets, suggestion.
// Over remote shards the entity facets are counted by a spy per facet slot,
// locally by the list-slot spy (search/entity_facet_counter.h): equal facets
// here are what keeps the two ways in step.
json comparable(json body) {
  body.erase("took_ms");
  if (body.contains("hits")) {
    std::vector<std::pair<std::string, long long>> hits;
    for (const json& hit : body["hits"]) {
      hits.emplace_back(hit["id"].get<std::string>(), std::llround(hit["score"].get<double>() * 1e6));
    }
    std::sort(hits.begin(), hits.end());
    body["hits"] = hits;
  }
  return body;
}

const std::vector<std::string> kPaths = {
    "/api/search?q=putin&per_page=100",
    "/api/search?q=&per_page=100",
    "/api/search?q=kim%20jong&actor=Putin&per_page=100",
    "/api/search?q=sanzioni&from=2024&per_page=100",
    "/api/search?q=Phenian&place=Pyongyang&lang=ro&per_page=100",
    "/api/search?q=summit&sort=date&per_page=5&page=2",
    "/api/search?q=%22Coreea%20de%20Nord%22&per_page=100",
    "/api/search?q=Vladivostock",
    "/api/search?q=viz*&per_page=100",
    "/api/search?q=p*&per_page=100",
    "/api/search?q=&per_page=7&page=3",
    "/api/search?q=putin%20-sanksione&lang=sq,it&per_page=100",
    "/api/search?q=&lang=ro&from=2024-06&to=2024-06&per_page=100",
    "/api/search?q=summit&published_from=2023&per_page=100",
    "/api/entities/vladimir-putin",
    "/api/entities?q=Pu",
    "/api/events?actor=Kim%20Jong%20Un",
    "/api/documents/it-03-putin-pyongyang",
};

void check_same_answers(const ServerProcess& reference, const ServerProcess& sharded) {
  for (const std::string& path : kPaths) {
    CAPTURE(path);
    const JsonResponse expected = get_json(reference, path);
    const JsonResponse got = get_json(sharded, path);
    REQUIRE(expected.status == 200);
    CHECK(got.status == 200);
    CHECK(comparable(got.body) == comparable(expected.body));
  }
}

// Waits until `server` counts facets from its in-memory columns.
bool columns_in_memory(const ServerProcess& server) {
  for (int attempt = 0; attempt < 200; ++attempt) {
    if (get_json(server, "/api/stats").body["facet_columns"]["in_memory"] == true) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  return false;
}

TEST_CASE("facet columns: counting in memory answers like counting from the value slots") {
  const SampleServer& sample = sample_server();
  REQUIRE(columns_in_memory(sample.server));
  const std::string directory = fresh_directory("no-columns");
  const std::string config = directory + "/kronika.json";
  std::ofstream(config) << json{{"search", {{"facet_columns", false}}}}.dump();
  ServerProcess slots(sample.database, {"--config", config});
  CHECK(get_json(slots, "/api/stats").body["facet_columns"]["in_memory"] == false);
  check_same_answers(sample.server, slots);
  CHECK(get_json(sample.server, "/api/stats").body["facet_columns"]["bytes"].get<long long>() > 0);
}

TEST_CASE("shards: local and remote shards answer as one database; a missing shard makes answers partial") {
  const std::string tcpsrv = tcpsrv_program();
  REQUIRE_MESSAGE(!tcpsrv.empty(), "xapian-tcpsrv not found: scripts/install-deps.sh installs xapian-tools");
  const ServerProcess& reference = sample_server().server;

  const std::string directory = fresh_directory("shards");
  const std::string database = directory + "/by-year";
  const CommandResult indexed =
      run_program({bin("kronika-indexer"), "--db", database, "--shard-by", "year", source("data/sample")});
  REQUIRE_MESSAGE(indexed.exit_code == 0, indexed.err);
  std::vector<std::string> shards;
  for (const auto& entry : fs::directory_iterator(database)) {
    if (entry.is_directory()) shards.push_back(entry.path().string());
  }
  std::sort(shards.begin(), shards.end());
  REQUIRE(shards.size() >= 3);

  SUBCASE("a sharded database directory") {
    ServerProcess local(database);
    REQUIRE(columns_in_memory(reference));
    check_same_answers(reference, local);
    // Several shards: facets count from the value slots.
    CHECK(get_json(local, "/api/stats").body["facet_columns"]["in_memory"] == false);
    CHECK(get_json(local, "/api/stats").body["documents"] == get_json(reference, "/api/stats").body["documents"]);
  }

  SUBCASE("three xapian-tcpsrv shard servers") {
    // The year shards, in three groups, one shard server each.
    std::vector<std::vector<std::string>> groups(3);
    for (std::size_t i = 0; i < shards.size(); ++i) groups[i * 3 / shards.size()].push_back(shards[i]);
    ShardServer first(free_port(), groups[0]);
    ShardServer second(free_port(), groups[1]);
    ShardServer third(free_port(), groups[2]);
    ServerProcess remote(database,
                         {"--config", shard_config(directory, {first.entry(), second.entry(), third.entry()})});
    check_same_answers(reference, remote);

    // What the first two alone hold, searched locally: the expected partial answer.
    std::vector<std::string> first_two;
    for (std::size_t group = 0; group < 2; ++group) {
      for (const std::string& shard : groups[group]) first_two.push_back("auto " + shard);
    }
    const std::string partial_directory = fresh_directory("shards-partial");
    ServerProcess two_local(database, {"--config", shard_config(partial_directory, first_two)});
    const std::string query = "/api/search?q=&per_page=100";
    const json expected = comparable(get_json(two_local, query).body);
    REQUIRE(expected["total"].get<int>() < get_json(reference, query).body["total"].get<int>());

    third.stop();
    JsonResponse partial = get_json(remote, query);
    REQUIRE(partial.status == 200);
    CHECK(partial.body["partial"] == true);
    CHECK(partial.body["missing_shards"] == json::array({third.entry()}));
    json without_flags = comparable(partial.body);
    without_flags.erase("partial");
    without_flags.erase("missing_shards");
    CHECK(without_flags == expected);
    CHECK(get_json(remote, "/api/health").body["status"] == "partial");
    const json shard_list = get_json(remote, "/api/stats").body["shards"];
    REQUIRE(shard_list.size() == 3);
    CHECK(shard_list[2]["name"] == third.entry());
    CHECK(shard_list[2]["reachable"] == false);
    CHECK(shard_list[0]["reachable"] == true);
    CHECK(shard_list[0]["documents"].get<int>() > 0);

    // Back again: the server reconnects (it retries every 100 ms here).
    third.start();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const JsonResponse whole = get_json(remote, query);
    CHECK_FALSE(whole.body.contains("partial"));
    CHECK(comparable(whole.body) == comparable(get_json(reference, query).body));

    // A shard server that stalls is left out after shard_timeout_ms.
    third.pause();
    const JsonResponse stalled = get_json(remote, query);
    CHECK(stalled.status == 200);
    CHECK(stalled.body["partial"] == true);
    CHECK(stalled.body["missing_shards"] == json::array({third.entry()}));
    third.resume();

    // Every shard gone: 503 with a message, not an empty answer.
    first.stop();
    second.stop();
    third.stop();
    const JsonResponse none = get_json(remote, query);
    CHECK(none.status == 503);
    CHECK(none.body["error"]["message"].get<std::string>().find("no shard can be reached") != std::string::npos);
  }
}

}  // namespace
}  // namespace kronika::testing
