// A fresh empty scratch directory for a unit test, outside the source tree.
#pragma once

#include <filesystem>
#include <string>

namespace kronika::testing {

inline std::string temp_directory(const std::string& name) {
  const auto path = std::filesystem::temp_directory_path() / ("kronika-unit-" + name);
  std::filesystem::remove_all(path);
  std::filesystem::create_directories(path);
  return path.string();
}

}  // namespace kronika::testing
