#include "test_server.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdlib>

#include <chrono>
#include <filesystem>
#include <stdexcept>

extern char** environ;

namespace kronika::testing {

namespace {

std::vector<char*> argv_of(const std::vector<std::string>& arguments) {
  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  return argv;
}

std::string read_all(int fd) {
  std::string text;
  char buffer[4096];
  ssize_t got = 0;
  while ((got = read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(got));
  return text;
}

}  // namespace

std::string bin(const std::string& name) {
  return std::string(KRONIKA_BIN_DIR) + "/" + name;
}
std::string source(const std::string& relative) {
  return std::string(KRONIKA_SOURCE_DIR) + "/" + relative;
}

namespace {
// Programs started by the tests find the project's entity base wherever
// they run (the indexer is started without --config): children inherit this.
const bool entity_directory_set = [] {
  return setenv("KRONIKA_ENTITIES_DIR", source("data/entities").c_str(), /*overwrite=*/0) == 0;
}();
}  // namespace

std::string fresh_directory(const std::string& name) {
  const auto path = std::filesystem::path(KRONIKA_BIN_DIR) / ".." / "test-tmp" / name;
  std::filesystem::remove_all(path);
  std::filesystem::create_directories(path);
  return std::filesystem::canonical(path).string();
}

CommandResult run_program(const std::vector<std::string>& arguments) {
  int out_pipe[2];
  int err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
  posix_spawn_file_actions_addclose(&actions, err_pipe[0]);
  auto argv = argv_of(arguments);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (spawned != 0) throw std::runtime_error("cannot start " + arguments[0]);
  CommandResult result;
  // stderr is read on its own thread so neither pipe can fill up and stall the child.
  std::thread err_reader([&] { result.err = read_all(err_pipe[0]); });
  result.out = read_all(out_pipe[0]);
  err_reader.join();
  close(out_pipe[0]);
  close(err_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

ServerProcess::ServerProcess(const std::string& database, std::vector<std::string> extra_arguments) {
  std::vector<std::string> arguments = {bin("kronika-server"),
                                        "--db",
                                        database,
                                        "--bind",
                                        "127.0.0.1",
                                        "--port",
                                        "0",
                                        "--web",
                                        source("web"),
                                        "--config",
                                        source("config/kronika.json")};
  arguments.insert(arguments.end(), extra_arguments.begin(), extra_arguments.end());
  int out_pipe[2];
  if (pipe(out_pipe) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
  auto argv = argv_of(arguments);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  if (spawned != 0) throw std::runtime_error("cannot start kronika-server");
  pid_ = pid;
  stdout_fd_ = out_pipe[0];

  // The first line names the port: "... (listening on 127.0.0.1:PORT)".
  std::string first_line;
  char c = 0;
  while (read(stdout_fd_, &c, 1) == 1 && c != '\n') first_line += c;
  const std::string marker = "listening on 127.0.0.1:";
  const std::size_t at = first_line.find(marker);
  if (at == std::string::npos) {
    stop();
    throw std::runtime_error("kronika-server did not start: " + first_line);
  }
  port_ = std::stoi(first_line.substr(at + marker.size()));
  drain_ = std::thread([fd = stdout_fd_] { read_all(fd); });
}

ServerProcess::~ServerProcess() {
  stop();
}

int ServerProcess::stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  if (drain_.joinable()) drain_.join();
  if (stdout_fd_ >= 0) close(stdout_fd_);
  stdout_fd_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

httplib::Client ServerProcess::client() const {
  httplib::Client client("127.0.0.1", port_);
  client.set_connection_timeout(5);
  client.set_read_timeout(30);
  return client;
}

JsonResponse get_json(const ServerProcess& server, const std::string& path) {
  auto client = server.client();
  const auto result = client.Get(path);
  JsonResponse response;
  if (!result) return response;
  response.status = result->status;
  response.body = nlohmann::json::parse(result->body, nullptr, /*allow_exceptions=*/false);
  return response;
}

JsonResponse search(const ServerProcess& server, const std::vector<std::pair<std::string, std::string>>& parameters) {
  httplib::Params params;
  for (const auto& [key, value] : parameters) params.emplace(key, value);
  return get_json(server, httplib::append_query_params("/api/search", params));
}

std::vector<std::string> hit_ids(const nlohmann::json& response) {
  std::vector<std::string> ids;
  if (!response.contains("hits")) return ids;
  for (const auto& hit : response["hits"]) ids.push_back(hit["id"].get<std::string>());
  return ids;
}

SampleServer& sample_server() {
  static SampleServer instance;
  return instance;
}

}  // namespace kronika::testing
