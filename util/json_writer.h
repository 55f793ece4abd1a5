// A JSON text written straight into a string, for the answers the server
// builds on every request: nlohmann::json builds a tree first (a map node
// per key, freed again after dump()), and for a search page of ten hits
// with their dates and entities plus the facets that tree was among the
// largest costs of a request (bench/README-speed.md, "Latest: the answer's
// own work"). Output is what
// nlohmann::json::dump() gives with error_handler_t::replace: UTF-8 kept,
// invalid bytes as U+FFFD, control characters escaped.
//
//   JsonWriter out;
//   out.begin_object().key("total").value(3).key("hits").begin_array().end_array().end_object();
//   std::string text = out.take();
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kronika::util {

class JsonWriter {
 public:
  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(bool flag);
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(std::uint64_t number);
  JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(unsigned number) { return value(static_cast<std::uint64_t>(number)); }
  JsonWriter& value(double number);  // shortest form that reads back the same; NaN, inf → null
  JsonWriter& null();
  // A string, or null when empty (optional fields such as "published").
  JsonWriter& string_or_null(std::string_view text);
  // JSON text made elsewhere, written as this value as it is.
  JsonWriter& raw(std::string_view json);

  std::string take() { return std::move(out_); }

 private:
  JsonWriter& open(char bracket);   // { or [
  JsonWriter& close(char bracket);  // } or ]
  void before_value();              // the comma between members and items
  void write_string(std::string_view text);

  std::string out_;
  // Per open object or array: whether a member or item was written yet.
  std::vector<bool> has_items_;
  bool after_key_ = false;
};

}  // namespace kronika::util
