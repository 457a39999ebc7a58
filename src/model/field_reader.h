// FieldReader: reads the fields of one TOML table of a model file, checking their types and
// reporting missing, empty and unknown fields with their line and column. Used by the readers of
// the model's TOML files; not safe to share between threads (it records the keys it was asked for).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/diagnostic.h"
#include "core/text.h"
#include "model/entities.h"
#include "model/source_ref.h"
#include "model/toml_parse.h"

namespace lattice::model {

// The position of a TOML node, as a diagnostic location in path.
inline core::SourceLocation toml_location(const std::string& path, const toml::source_region& r) {
  return {path, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

// The top-level value of key as an array of tables ([[key]]); null, after an error at its
// position, when it is something else.
inline const toml::array* array_of_tables(const toml::node& node, const std::string& key,
                                          const std::string& path, core::Diagnostics& diags) {
  const toml::array* arr = node.as_array();
  if (arr && arr->is_array_of_tables()) return arr;
  diags.error(toml_location(path, node.source()),
              "'" + key + "' must be an array of tables ([[" + key + "]])");
  return nullptr;
}

class FieldReader {
 public:
  FieldReader(const toml::table& table, std::string path, std::string what,
              core::Diagnostics& diags)
      : table_(table), path_(std::move(path)), what_(std::move(what)), diags_(diags) {}

  core::SourceLocation where() const { return toml_location(path_, table_.source()); }
  core::SourceLocation where(std::string_view key) const {
    const toml::node* n = table_.get(key);
    return n ? toml_location(path_, n->source()) : where();
  }
  void error(std::string_view key, const std::string& message) {
    diags_.error(where(key), message);
  }

  std::string str(std::string_view key, bool required = false) {
    const toml::node* n = field(key, required);
    if (!n) {
      return {};
    }
    if (auto s = n->value<std::string>()) {
      if (required && core::trim(*s).empty())
        diags_.error(where(key), what_ + " field '" + std::string(key) + "' is empty");
      return *s;
    }
    type_error(key, "a string");
    return {};
  }

  std::vector<std::string> strings(std::string_view key, bool required = false) {
    std::vector<std::string> out;
    const toml::node* n = field(key, required);
    if (!n) {
      return out;
    }
    if (auto s = n->value<std::string>()) {  // a single string is accepted as a list of one
      out.push_back(*s);
      return out;
    }
    const toml::array* arr = n->as_array();
    if (!arr) {
      type_error(key, "a list of strings");
      return out;
    }
    for (const auto& item : *arr) {
      if (auto s = item.value<std::string>()) {
        out.push_back(*s);
      } else {
        diags_.error(toml_location(path_, item.source()),
                     what_ + " field '" + std::string(key) + "' must hold only strings");
      }
    }
    return out;
  }

  std::optional<int64_t> integer(std::string_view key) {
    const toml::node* n = field(key, false);
    if (!n) return std::nullopt;
    if (auto v = n->value_exact<int64_t>()) return *v;
    type_error(key, "an integer");
    return std::nullopt;
  }

  std::optional<size_t> offset(std::string_view key, bool required) {
    const toml::node* n = field(key, required);
    if (!n) {
      return std::nullopt;
    }
    auto v = n->value_exact<int64_t>();
    if (!v || *v < 0) {
      type_error(key, "a non-negative integer (a byte offset)");
      return std::nullopt;
    }
    return static_cast<size_t>(*v);
  }

  std::optional<double> number(std::string_view key, bool required = false) {
    const toml::node* n = field(key, required);
    if (!n) {
      return std::nullopt;
    }
    if (n->is_floating_point() || n->is_integer()) return n->value<double>();
    type_error(key, "a number");
    return std::nullopt;
  }

  bool boolean(std::string_view key) {
    const toml::node* n = field(key, false);
    if (!n) return false;
    if (auto v = n->value_exact<bool>()) return *v;
    type_error(key, "true or false");
    return false;
  }

  std::optional<Date> date(std::string_view key, bool required = false) {
    const toml::node* n = field(key, required);
    if (!n) {
      return std::nullopt;
    }
    if (auto d = n->value_exact<toml::date>()) return Date::from_parts(d->year, d->month, d->day);
    if (auto s = n->value<std::string>()) {
      if (core::trim(*s).empty()) return std::nullopt;
      std::string why;
      auto d = Date::parse(core::trim(*s), &why);
      if (!d) diags_.error(where(key), what_ + " field '" + std::string(key) + "': " + why);
      return d;
    }
    type_error(key, "a date (YYYY-MM-DD, or a string \"YYYY\" or \"YYYY-MM\")");
    return std::nullopt;
  }

  template <typename E>
  std::optional<E> vocab(std::string_view key, bool required) {
    const std::string s = str(key, required);
    if (s.empty()) return std::nullopt;
    return vocab_value<E>(key, s, where(key));
  }

  template <typename E>
  std::vector<E> vocab_list(std::string_view key, bool required = false) {
    std::vector<E> out;
    for (const auto& s : strings(key, required))
      if (auto v = vocab_value<E>(key, s, where(key))) out.push_back(*v);
    return out;
  }

  template <typename E>
  std::optional<E> vocab_value(std::string_view key, const std::string& s,
                               const core::SourceLocation& at) {
    if (auto v = parse<E>(s)) return v;
    std::vector<std::string> names;
    for (auto n : names_of<E>()) names.emplace_back(n);
    std::string msg = "unknown " + std::string(key) + " '" + s + "'";
    const std::string near = core::closest_match(s, names);
    if (!near.empty()) msg += " (did you mean '" + near + "'?)";
    msg += "; expected " + list_of<E>();
    diags_.error(at, msg);
    return std::nullopt;
  }

  std::vector<SourceRef> sources(std::string_view key = "sources", bool required = true) {
    std::vector<SourceRef> out;
    const auto texts = strings(key, false);
    if (texts.empty() && required)
      diags_.error(where(), what_ + " names no source (field 'sources')");
    for (const auto& t : texts) {
      std::string why;
      if (auto r = parse_source_ref(t, &why))
        out.push_back(std::move(*r));
      else
        diags_.error(where(key), why);
    }
    return out;
  }

  const toml::array* array_of_tables(std::string_view key) {
    const toml::node* n = field(key, false);
    if (!n) return nullptr;
    const toml::array* arr = n->as_array();
    if (!arr || !arr->is_array_of_tables()) {
      // An inline array of tables or [[x.key]] both give arrays of tables.
      if (!(arr && arr->empty())) type_error(key, "an array of tables");
      return nullptr;
    }
    return arr;
  }

  // Reports every key that no accessor asked for.
  void finish(const std::vector<std::string_view>& known) {
    for (const auto& [k, v] : table_) {
      const std::string key = key_text(k);
      if (seen_.count(key)) continue;
      std::vector<std::string> names(known.begin(), known.end());
      std::string msg = "unknown field '" + key + "' in " + what_;
      const std::string near = core::closest_match(key, names);
      if (!near.empty()) msg += " (did you mean '" + near + "'?)";
      diags_.error(toml_location(path_, k.source()), msg);
    }
  }

  const std::string& path() const { return path_; }

 private:
  // The node of key, marked as asked for (see finish); null when absent, after an error when the
  // field is required.
  const toml::node* field(std::string_view key, bool required) {
    seen_.insert(std::string(key));
    const toml::node* n = table_.get(key);
    if (!n && required)
      diags_.error(where(), what_ + " is missing required field '" + std::string(key) + "'");
    return n;
  }

  void type_error(std::string_view key, const std::string& expected) {
    diags_.error(where(key), what_ + " field '" + std::string(key) + "' must be " + expected);
  }

  const toml::table& table_;
  std::string path_;
  std::string what_;
  core::Diagnostics& diags_;
  std::set<std::string> seen_;
};

}  // namespace lattice::model
