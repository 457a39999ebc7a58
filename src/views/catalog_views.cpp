// Views of the catalog (see catalog_views.h).
#include "views/catalog_views.h"

#include <fmt/format.h>

namespace lattice::views {

nlohmann::json query_json(const query::Query& q) {
  nlohmann::json formats = nlohmann::json::array();
  for (query::Format f : q.formats) formats.push_back(std::string(query::format_name(f)));
  nlohmann::json params = nlohmann::json::array();
  for (const auto& p : q.params) {
    nlohmann::json j = {{"name", p.name},
                        {"help", p.help},
                        {"type", p.type},
                        {"required", p.required},
                        {"positional", p.positional},
                        {"repeated", p.repeated},
                        {"default", p.default_value}};
    j["min"] = p.min ? nlohmann::json(*p.min) : nlohmann::json(nullptr);
    j["max"] = p.max ? nlohmann::json(*p.max) : nlohmann::json(nullptr);
    if (p.type == "choice") j["choices"] = p.choices;
    if (p.type == "entity") j["entity_kind"] = p.entity_kind;
    if (p.separator) j["separator"] = std::string(1, p.separator);
    if (!p.alias.empty()) j["alias"] = p.alias;
    params.push_back(std::move(j));
  }
  nlohmann::json examples = nlohmann::json::array();
  for (const auto& e : q.examples) {
    nlohmann::json args = nlohmann::json::object();
    for (const auto& [name, values] : e)
      args[name] = values.size() == 1 ? nlohmann::json(values[0]) : nlohmann::json(values);
    examples.push_back(std::move(args));
  }
  return {{"name", q.name},
          {"summary", q.summary},
          {"formats", formats},
          {"params", params},
          {"examples", examples}};
}

std::string queries_text(const std::vector<query::Query>& queries) {
  std::string out;
  for (const auto& q : queries) {
    out += q.name + ": " + q.summary + "\n";
    for (const auto& p : q.params) {
      std::string kind = p.type == "entity" ? p.entity_kind : p.type;
      if (p.repeated) kind += ", repeated";
      if (p.required) kind += ", required";
      out += fmt::format("  {:<14} {:<22} {}\n", p.name, kind, p.help);
    }
    out += "\n";
  }
  out += fmt::format("{} queries\n", queries.size());
  return out;
}

}  // namespace lattice::views
