// Binding: turns the raw text of a request (RawArgs) into a typed request, checking types,
// ranges, choices and entity names in one place for every front end, and collecting every
// problem as a ParamError. Used by define.h; front ends never parse parameters themselves.
// A Binder is used by one thread for one request.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "model/vocabulary.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/param.h"

namespace lattice::query {

// Scalar parsers shared by the binder: each returns the error message (without the parameter's
// name) or nullopt on success.
std::optional<std::string> parse_value(std::string_view text, bool& out);
std::optional<std::string> parse_value(std::string_view text, long& out);
std::optional<std::string> parse_value(std::string_view text, int& out);
std::optional<std::string> parse_value(std::string_view text, std::uint64_t& out);
std::optional<std::string> parse_value(std::string_view text, double& out);
std::optional<std::string> parse_value(std::string_view text, std::string& out);
// A full date YYYY-MM-DD, as its first day.
std::optional<std::string> parse_value(std::string_view text, core::Day& out);
// Resolves an entity of `kind` in the model; on failure sets *not_found (or *ambiguous) and
// returns the resolver's message.
std::optional<std::string> resolve_entity(const model::Model& model, std::string_view text,
                                          model::EntityKind kind, std::string* id);
// A path as given, or joined to base_dir when it is relative and base_dir is set; an empty
// path is an error.
std::optional<std::string> resolve_path(std::string_view text,
                                        const std::filesystem::path& base_dir, std::string* out);
// Resolves a name among entities of every kind; the message when it fits none ("nothing in the
// model is called 'X' (did you mean 'Y'?)") or several ("'X' is ambiguous; it names a (actor) b
// (place); use an id"), with *ambiguous telling which.
std::optional<std::string> resolve_any_entity(const model::Model& model, std::string_view text,
                                              AnyEntityRef* ref, bool* ambiguous);

// The range message "must be from MIN to MAX, not V" (or "at least MIN", "at most MAX").
std::optional<std::string> check_range(double value, const ParamSpec& spec);
// For a number whose spec has `what` and a range: "WHAT must be a whole number from MIN to MAX,
// not 'TEXT'" (or "a number"), the one message for a bad or out-of-range value.
std::string number_message(std::string_view text, const ParamSpec& spec, bool whole);

class Binder {
 public:
  Binder(const RawArgs& raw, const Env& env) : raw_(raw), env_(env) {}

  template <class T>
  void operator()(T& field, const ParamSpec& spec) {
    seen_.insert(std::string(spec.name));
    auto it = raw_.find(spec.name);
    if (!spec.alias.empty()) {
      seen_.insert(std::string(spec.alias));
      if (it == raw_.end()) it = raw_.find(spec.alias);
    }
    if (it == raw_.end() || it->second.empty()) {
      if (spec.required) {
        add(spec, ParamError::Kind::kMissing, "is required");
      } else {
        resolve_default(field, spec);
      }
      return;
    }
    if (spec.separator) {
      const std::vector<std::string> items = split_items(it->second, spec.separator);
      if (items.empty()) {
        add(spec, ParamError::Kind::kMissing, "lists no item");
        return;
      }
      bind(field, items, spec);
      return;
    }
    bind(field, it->second, spec);
  }

  // After the visit: every raw name no field claimed is a kUnknown error listing the valid ones.
  std::vector<ParamError> finish();

 private:
  void add(const ParamSpec& spec, ParamError::Kind kind, std::string message) {
    errors_.push_back({std::string(spec.name), kind, std::move(message)});
  }
  const std::string& last(const std::vector<std::string>& values) { return values.back(); }
  // Every value split at separator, items trimmed, empty items dropped.
  static std::vector<std::string> split_items(const std::vector<std::string>& values,
                                              char separator);

  // A default entity (a request field initialised with a name) is resolved like a given one, so
  // the analysis always sees ids; other defaults are used as they are.
  template <class T>
  void resolve_default(T&, const ParamSpec&) {}
  template <model::EntityKind K>
  void resolve_default(EntityRef<K>& f, const ParamSpec& s) {
    if (!f.text.empty() && f.id.empty()) bind(f, std::vector<std::string>{f.text}, s);
  }
  template <model::EntityKind K>
  void resolve_default(std::vector<EntityRef<K>>& f, const ParamSpec& s) {
    for (auto& e : f) resolve_default(e, s);
  }
  // A default path starts where given ones do.
  void resolve_default(Path& f, const ParamSpec& s) {
    if (!f.empty()) bind(f, std::vector<std::string>{f.text}, s);
  }

  template <class T>
  void bind_scalar(T& field, const std::string& text, const ParamSpec& spec) {
    constexpr bool kNumber = std::is_arithmetic_v<T> && !std::is_same_v<T, bool>;
    const bool described = kNumber && !spec.what.empty() && (spec.min || spec.max);
    if (auto e = parse_value(text, field)) {
      add(spec, ParamError::Kind::kType,
          described ? number_message(text, spec, std::is_integral_v<T>) : *e);
      return;
    }
    if constexpr (kNumber) {
      if (auto e = check_range(static_cast<double>(field), spec))
        add(spec, ParamError::Kind::kRange,
            described ? number_message(text, spec, std::is_integral_v<T>) : *e);
    }
  }

  void bind(bool& f, const std::vector<std::string>& v, const ParamSpec& s) {
    bind_scalar(f, last(v), s);
  }
  void bind(int& f, const std::vector<std::string>& v, const ParamSpec& s) {
    bind_scalar(f, last(v), s);
  }
  void bind(long& f, const std::vector<std::string>& v, const ParamSpec& s) {
    bind_scalar(f, last(v), s);
  }
  void bind(std::uint64_t& f, const std::vector<std::string>& v, const ParamSpec& s) {
    bind_scalar(f, last(v), s);
  }
  void bind(double& f, const std::vector<std::string>& v, const ParamSpec& s) {
    bind_scalar(f, last(v), s);
  }
  void bind(std::string& f, const std::vector<std::string>& v, const ParamSpec&) { f = last(v); }
  void bind(core::Day& f, const std::vector<std::string>& v, const ParamSpec& s) {
    bind_scalar(f, last(v), s);
  }
  // A path is resolved against Env::base_dir, not opened: whether it exists is the analysis's
  // concern (it names the file in its error).
  void bind(Path& f, const std::vector<std::string>& v, const ParamSpec& s) {
    if (auto e = resolve_path(last(v), env_.base_dir, &f.text)) add(s, ParamError::Kind::kType, *e);
  }
  template <model::EntityKind K>
  void bind(EntityRef<K>& f, const std::vector<std::string>& v, const ParamSpec& s) {
    f.text = last(v);
    if (auto e = resolve_entity(*env_.model, f.text, K, &f.id))
      add(s, ParamError::Kind::kNotFound, *e);
  }
  void bind(AnyEntityRef& f, const std::vector<std::string>& v, const ParamSpec& s) {
    f.text = last(v);
    bool ambiguous = false;
    if (auto e = resolve_any_entity(*env_.model, f.text, &f, &ambiguous))
      add(s, ambiguous ? ParamError::Kind::kAmbiguous : ParamError::Kind::kNotFound, *e);
  }
  template <class E>
  requires std::is_enum_v<E>
  void bind(E& f, const std::vector<std::string>& v, const ParamSpec& s) {
    const std::string& text = last(v);
    if (auto parsed = model::parse<E>(text)) {
      f = *parsed;
    } else {
      add(s, ParamError::Kind::kChoice,
          "unknown " + std::string(s.what) + " '" + text + "'; expected " + model::list_of<E>());
    }
  }
  template <class T>
  void bind(std::optional<T>& f, const std::vector<std::string>& v, const ParamSpec& s) {
    T value{};
    const size_t before = errors_.size();
    bind(value, v, s);
    if (errors_.size() == before) f = std::move(value);
  }
  template <class T>
  void bind(std::vector<T>& f, const std::vector<std::string>& v, const ParamSpec& s) {
    f.clear();
    for (const auto& text : v) {
      T value{};
      const size_t before = errors_.size();
      bind(value, std::vector<std::string>{text}, s);
      if (errors_.size() == before) f.push_back(std::move(value));
    }
  }

  const RawArgs& raw_;
  const Env& env_;
  std::set<std::string, std::less<>> seen_;
  std::vector<ParamError> errors_;
};

}  // namespace lattice::query
