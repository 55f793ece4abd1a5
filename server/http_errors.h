// API errors as JSON: {"error": {"code": "...", "message": "..."}}.
// Handlers throw ApiError; server/routes.cc turns it into the response.
#pragma once

#include <stdexcept>
#include <string>

#include <httplib.h>

namespace kronika::server {

class ApiError : public std::runtime_error {
 public:
  ApiError(int status, std::string code, const std::string& message)
      : std::runtime_error(message), status_(status), code_(std::move(code)) {}
  int status() const { return status_; }
  const std::string& code() const { return code_; }

 private:
  int status_;
  std::string code_;
};

void send_error(httplib::Response& response, int status, const std::string& code, const std::string& message);

// The JSON body for an error, for handlers that build responses themselves.
std::string error_body(const std::string& code, const std::string& message);

}  // namespace kronika::server
