// Helpers for tests that run the real programs: run kronika-indexer, start
// kronika-server on a free loopback port, talk HTTP to it.
#pragma once

#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace kronika::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs a program to completion, capturing its output.
CommandResult run_program(const std::vector<std::string>& arguments);

// Path of a built program, e.g. bin("kronika-indexer").
std::string bin(const std::string& name);
// Path inside the source tree, e.g. source("data/sample").
std::string source(const std::string& relative);
// A fresh empty directory under the build's temp area.
std::string fresh_directory(const std::string& name);

// kronika-server on 127.0.0.1 with --port 0; stopped with SIGTERM on destruction.
class ServerProcess {
 public:
  explicit ServerProcess(const std::string& database, std::vector<std::string> extra_arguments = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  httplib::Client client() const;
  // Sends SIGTERM and returns the exit status.
  int stop();

 private:
  int pid_ = -1;
  int port_ = 0;
  int stdout_fd_ = -1;
  std::thread drain_;  // keeps reading the access log so the server never blocks on a full pipe
};

// GET that returns status and parsed JSON (null when the body is not JSON).
struct JsonResponse {
  int status = 0;
  nlohmann::json body;
};
JsonResponse get_json(const ServerProcess& server, const std::string& path);
// GET /api/search with URL-encoded parameters.
JsonResponse search(const ServerProcess& server, const std::vector<std::pair<std::string, std::string>>& parameters);
// Ids of the hits of a search response.
std::vector<std::string> hit_ids(const nlohmann::json& response);

// data/sample indexed once and served, for the read-only checks of every test
// file of a test program (made on first use).
struct SampleServer {
  std::string database = fresh_directory("sample-db");
  CommandResult indexed = run_program({bin("kronika-indexer"), "--db", database, source("data/sample")});
  ServerProcess server{database};
};
SampleServer& sample_server();

}  // namespace kronika::testing
