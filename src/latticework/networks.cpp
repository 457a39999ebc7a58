// Building the two-mode actor-framework network of a date and its weighted actor projection.
#include "latticework/networks.h"

#include <algorithm>
#include <map>

#include "latticework/weights.h"

namespace lattice::latticework {

int WeightedGraph::index_of(const std::string& id) const {
  for (size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i] == id) return static_cast<int>(i);
  return -1;
}

bool framework_in_force(const model::Framework& f, core::Day day) {
  const auto& start = f.in_force ? f.in_force : f.signed_on;
  if (start && day < start->as_start()) return false;
  if (f.ended && !(day < f.ended->as_end())) return false;
  return true;
}

bool counts_as_member(const model::Membership& ms, core::Day day) {
  return ms.holds_on(day) &&
         (ms.role == model::Role::kFoundingMember || ms.role == model::Role::kMember);
}

std::vector<ActiveFramework> active_frameworks(const model::Model& m, core::Day day) {
  std::vector<ActiveFramework> out;
  for (const model::Framework& f : m.frameworks()) {
    if (!framework_in_force(f, day)) continue;
    ActiveFramework af;
    af.framework = &f;
    for (const model::Membership* ms : m.memberships_of_framework(f.id))
      if (counts_as_member(*ms, day) && m.actor(ms->actor)) af.members.push_back(ms->actor);
    std::sort(af.members.begin(), af.members.end());
    af.members.erase(std::unique(af.members.begin(), af.members.end()), af.members.end());
    if (af.members.empty()) continue;
    const Bindingness b = bindingness(m, f, day);
    af.weight = b.weight;
    af.weight_rule = b.rule;
    af.global = f.kind == model::FrameworkKind::kInternationalOrganisation ||
                f.kind == model::FrameworkKind::kFinancialInstitution;
    out.push_back(std::move(af));
  }
  std::sort(out.begin(), out.end(), [](const ActiveFramework& a, const ActiveFramework& b) {
    return a.framework->id < b.framework->id;
  });
  return out;
}

TwoModeNetwork two_mode_network(const model::Model& m, core::Day day) {
  TwoModeNetwork net;
  net.day = day;
  net.frameworks = active_frameworks(m, day);
  std::map<std::string, int> actor_index;
  for (const auto& af : net.frameworks)
    for (const auto& a : af.members) actor_index.emplace(a, 0);
  for (auto& [id, index] : actor_index) {
    index = static_cast<int>(net.actors.size());
    net.actors.push_back(m.actor(id));
  }
  for (size_t f = 0; f < net.frameworks.size(); ++f)
    for (const auto& a : net.frameworks[f].members)
      net.ties.push_back({actor_index.at(a), static_cast<int>(f)});
  size_t states = 0;
  for (const auto* a : net.actors) states += a->kind == model::ActorKind::kState ? 1 : 0;
  for (auto& af : net.frameworks) {
    size_t member_states = 0;
    for (const auto& id : af.members)
      member_states += m.actor(id)->kind == model::ActorKind::kState ? 1 : 0;
    if (member_states >= kUniversalMinStates &&
        static_cast<double>(member_states) >= kUniversalShare * static_cast<double>(states))
      af.global = true;
  }
  return net;
}

Projection project(const TwoModeNetwork& net, const ProjectionOptions& options) {
  std::map<std::pair<int, int>, std::pair<double, std::vector<std::string>>> pairs;
  std::map<std::string, int> index;
  for (size_t i = 0; i < net.actors.size(); ++i) index[net.actors[i]->id] = static_cast<int>(i);
  for (const auto& af : net.frameworks) {
    if (af.weight <= 0 || (af.global && !options.include_global)) continue;
    for (size_t i = 0; i < af.members.size(); ++i)
      for (size_t j = i + 1; j < af.members.size(); ++j) {
        int a = index.at(af.members[i]), b = index.at(af.members[j]);
        if (a > b) std::swap(a, b);
        auto& entry = pairs[{a, b}];
        entry.first += af.weight;
        entry.second.push_back(af.framework->id);
      }
  }
  // Nodes: the actors with at least one tie, in the network's order.
  std::vector<int> renumber(net.actors.size(), -1);
  for (const auto& [key, value] : pairs) renumber[key.first] = renumber[key.second] = 0;
  Projection p;
  for (size_t i = 0; i < net.actors.size(); ++i) {
    if (renumber[i] < 0) {
      p.isolated.push_back(net.actors[i]->id);
      continue;
    }
    renumber[i] = static_cast<int>(p.graph.nodes.size());
    p.graph.nodes.push_back(net.actors[i]->id);
  }
  for (auto& [key, value] : pairs) {
    p.graph.edges.push_back({renumber[key.first], renumber[key.second], value.first});
    std::sort(value.second.begin(), value.second.end());
    p.shared.push_back(std::move(value.second));
  }
  return p;
}

}  // namespace lattice::latticework
