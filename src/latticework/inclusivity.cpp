// Inclusivity of a framework toward a region: coverage share, who is left out, Gini of counts.
#include "latticework/inclusivity.h"

#include <algorithm>
#include <map>

#include "latticework/networks.h"

namespace lattice::latticework {

double gini(std::vector<double> values) {
  const size_t n = values.size();
  if (n == 0) return 0;
  std::sort(values.begin(), values.end());
  double total = 0, weighted = 0;
  // With sorted x (1-based i): sum_i sum_j |x_i - x_j| = 2 * sum_i (2i - n - 1) x_i.
  for (size_t i = 0; i < n; ++i) {
    total += values[i];
    weighted += (2.0 * static_cast<double>(i + 1) - static_cast<double>(n) - 1.0) * values[i];
  }
  if (total <= 0) return 0;
  return weighted / (static_cast<double>(n) * total);
}

InclusivityResult inclusivity(const model::Model& m, core::Day day, const std::string& framework,
                              const std::string& region) {
  InclusivityResult r;
  r.day = day;
  r.framework = framework;
  r.region = region;
  const model::Region* reg = nullptr;
  for (const auto& rg : m.regions())
    if (rg.id == region) reg = &rg;
  if (!reg || !m.framework(framework)) return r;
  for (const auto& id : reg->members) {
    const model::Actor* a = m.actor(id);
    if (!a || a->kind != model::ActorKind::kState) continue;
    if (a->from && day < a->from->as_start()) continue;
    if (a->to && !(day < a->to->as_end())) continue;
    r.states.push_back(id);
  }
  std::sort(r.states.begin(), r.states.end());
  r.states.erase(std::unique(r.states.begin(), r.states.end()), r.states.end());

  std::map<std::string, size_t> counts;
  std::vector<std::string> members;
  for (const auto& af : active_frameworks(m, day)) {
    for (const auto& a : af.members) ++counts[a];
    if (af.framework->id == framework) members = af.members;
  }
  std::vector<double> values;
  for (const auto& s : r.states) {
    (std::binary_search(members.begin(), members.end(), s) ? r.included : r.left_out).push_back(s);
    const size_t c = counts.count(s) ? counts[s] : 0;
    r.counts.push_back({s, c});
    values.push_back(static_cast<double>(c));
    r.mean_count += static_cast<double>(c);
  }
  if (!r.states.empty()) {
    r.share = static_cast<double>(r.included.size()) / static_cast<double>(r.states.size());
    r.mean_count /= static_cast<double>(r.states.size());
  }
  r.gini = gini(values);
  return r;
}

}  // namespace lattice::latticework
