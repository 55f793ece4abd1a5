// Commits while the server serves, and interrupted indexing runs.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <thread>

#include <xapian.h>

#include "test_server.h"

extern char** environ;

using namespace kronika::testing;

namespace {

// Writes `count` small Romanian records with ids prefix-0.. to `path`.
void write_records(const std::string& path, const std::string& prefix, int count) {
  std::ofstream out(path);
  for (int i = 0; i < count; ++i) {
    out << R"({"id": ")" << prefix << '-' << i << R"(", "lang": "ro", "title": "Știre )" << i
        << R"(", "text": "Președintele a vorbit despre acordul numărul )" << i
        << R"( încheiat la Phenian, iar Kremlinul a confirmat vizita."})" << '\n';
  }
}

}  // namespace

TEST_CASE("searches keep succeeding while the indexer commits, and every commit becomes visible") {
  const std::string database = fresh_directory("concurrent-db");
  REQUIRE(run_program({bin("kronika-indexer"), "--db", database, source("data/sample")}).exit_code == 0);
  ServerProcess server(database);

  std::atomic<bool> done{false};
  std::atomic<int> requests{0};
  std::atomic<int> failures{0};
  std::thread searcher([&] {
    while (!done) {
      const JsonResponse response = search(server, {{"q", "Phenian"}, {"per_page", "5"}});
      ++requests;
      if (response.status != 200 || !response.body.contains("hits")) ++failures;
    }
  });
  const std::string input_dir = fresh_directory("concurrent-input");
  for (int round = 0; round < 5; ++round) {
    const std::string input = input_dir + "/round" + std::to_string(round) + ".jsonl";
    write_records(input, "round" + std::to_string(round), 200);
    const CommandResult indexed = run_program({bin("kronika-indexer"), "--db", database, input});
    CHECK(indexed.exit_code == 0);
  }
  // Every committed article becomes searchable without a restart.
  int documents = 0;
  for (int attempt = 0; attempt < 50 && documents != 27 + 5 * 200; ++attempt) {
    documents = get_json(server, "/api/stats").body["documents"];
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  done = true;
  searcher.join();
  CHECK(documents == 27 + 5 * 200);
  CHECK(search(server, {{"q", "Phenian"}, {"lang", "ro"}}).body["total"].get<int>() >= 1000);
  CHECK(requests > 10);
  CHECK(failures == 0);
}

TEST_CASE("an interrupted indexing run commits what it read and leaves a usable database") {
  const std::string database = fresh_directory("interrupted-db");
  const std::string input = fresh_directory("interrupted-input") + "/many.jsonl";
  write_records(input, "many", 200000);

  const std::string indexer = bin("kronika-indexer");
  const std::string db_flag = "--db";
  std::vector<char*> argv = {const_cast<char*>(indexer.c_str()), const_cast<char*>(db_flag.c_str()),
                             const_cast<char*>(database.c_str()), const_cast<char*>(input.c_str()), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);
  // Interrupt once the first batch is committed (start-up time varies: the
  // entity base loads first, slowly under sanitizers), or after a minute.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    try {
      if (Xapian::Database(database).get_doccount() > 0) break;
    } catch (const Xapian::Error&) {
      // not created yet
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  kill(pid, SIGINT);
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(WIFEXITED(status));
  // 130 when the signal arrived mid-run; 0 only if the machine indexed everything in time.
  CHECK((WEXITSTATUS(status) == 130 || WEXITSTATUS(status) == 0));

  ServerProcess server(database);
  const int documents = get_json(server, "/api/stats").body["documents"];
  CHECK(documents > 0);
  CHECK(documents <= 200000);
  // What was committed is whole: every stored article is searchable.
  CHECK(search(server, {{"q", "Kremlinul"}}).body["total"] == documents);
}
