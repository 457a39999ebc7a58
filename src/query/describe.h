// Describing a request type to front ends: a visitor that turns each field and its ParamSpec
// into a ParamInfo (type, default, range, choices), run once per query when the catalog is built.
#pragma once

#include <filesystem>
#include <string>
#include <type_traits>
#include <vector>

#include "core/date.h"
#include "core/text.h"
#include "model/vocabulary.h"
#include "query/field_types.h"
#include "query/param.h"

namespace lattice::query {

class Describer {
 public:
  template <class T>
  void operator()(const T& field, const ParamSpec& spec) {
    ParamInfo info;
    info.name = std::string(spec.name);
    info.help = std::string(spec.help);
    info.required = spec.required;
    info.positional = spec.positional;
    info.min = spec.min;
    info.max = spec.max;
    info.alias = std::string(spec.alias);
    info.separator = spec.separator;
    info.old_cli_name = std::string(spec.old_cli_name);
    describe(field, info);
    params_.push_back(std::move(info));
  }

  std::vector<ParamInfo> take() { return std::move(params_); }

 private:
  static void describe(const bool& f, ParamInfo& i) {
    i.type = "bool";
    i.default_value = f;
  }
  template <class T>
  requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) static void describe(const T& f,
                                                                                   ParamInfo& i) {
    i.type = "integer";
    i.default_value = f;
  }
  static void describe(const double& f, ParamInfo& i) {
    i.type = "number";
    i.default_value = f;
  }
  static void describe(const std::string& f, ParamInfo& i) {
    i.type = "text";
    if (!f.empty()) i.default_value = f;
  }
  static void describe(const core::Day&, ParamInfo& i) { i.type = "date"; }
  static void describe(const Path& f, ParamInfo& i) {
    i.type = "path";
    if (!f.empty()) i.default_value = f.text;
  }
  template <model::EntityKind K>
  static void describe(const EntityRef<K>& f, ParamInfo& i) {
    i.type = "entity";
    i.entity_kind = std::string(model::entity_kind_name(K));
    if (!f.text.empty()) i.default_value = f.text;
  }
  static void describe(const AnyEntityRef&, ParamInfo& i) {
    i.type = "entity";
    i.entity_kind = "any";
  }
  template <class E>
  requires std::is_enum_v<E>
  static void describe(const E&, ParamInfo& i) {
    i.type = "choice";
    for (auto n : model::names_of<E>()) i.choices.emplace_back(n);
  }
  template <class T>
  static void describe(const std::optional<T>& f, ParamInfo& i) {
    describe(f ? *f : T{}, i);
    if (!f) i.default_value = nullptr;
  }
  template <class T>
  static void describe(const std::vector<T>& f, ParamInfo& i) {
    describe(T{}, i);
    i.repeated = true;
    i.default_value = nullptr;
    if constexpr (requires { f.front().text; }) {  // default entities, as a user would list them
      if (f.empty()) return;
      std::vector<std::string> texts;
      for (const auto& e : f) texts.push_back(e.text);
      i.default_value = i.separator ? nlohmann::json(core::join(texts, std::string(1, i.separator)))
                                    : nlohmann::json(texts);
    }
  }

  std::vector<ParamInfo> params_;
};

}  // namespace lattice::query
