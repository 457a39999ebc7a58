#include "views/model_counts.h"

#include <utility>
#include <vector>

namespace lattice::views {
namespace {

std::vector<std::pair<std::string, size_t>> counts(const model::Model& m) {
  const auto& d = m.data();
  return {{"actors", d.actors.size()},           {"places", d.places.size()},
          {"regions", d.regions.size()},         {"frameworks", d.frameworks.size()},
          {"memberships", d.memberships.size()}, {"commitments", d.commitments.size()},
          {"documents", d.documents.size()},     {"recommendations", d.recommendations.size()},
          {"claims", d.claims.size()},           {"references", d.references.size()},
          {"datasets", d.datasets.size()},       {"indicators", d.indicators.size()},
          {"series_values", d.series.size()}};
}

}  // namespace

nlohmann::json counts_json(const model::Model& m) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [k, v] : counts(m)) j[k] = v;
  return j;
}

std::string counts_line(const model::Model& m) {
  std::string out;
  for (const auto& [k, v] : counts(m)) {
    if (!out.empty()) out += ", ";
    out += std::to_string(v) + " " + k;
  }
  return out;
}

}  // namespace lattice::views
