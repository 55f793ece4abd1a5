#include "server/http_errors.h"

#include <nlohmann/json.hpp>

namespace kronika::server {

std::string error_body(const std::string& code, const std::string& message) {
  // dump() with replacement: a message quoting invalid UTF-8 input must not throw.
  return nlohmann::json{{"error", {{"code", code}, {"message", message}}}}.dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void send_error(httplib::Response& response, int status, const std::string& code, const std::string& message) {
  response.status = status;
  response.set_content(error_body(code, message), "application/json");
}

}  // namespace kronika::server
