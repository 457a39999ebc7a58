// The nucleus test: rank of a pair's tie and the connectivity the others lose without it.
#include "latticework/nucleus.h"

#include <cmath>

#include "latticework/metrics.h"

namespace lattice::latticework {
namespace {

// g without the edges touching the removed nodes (the nodes stay, isolated).
WeightedGraph without(const WeightedGraph& g, const std::vector<int>& removed) {
  WeightedGraph out;
  out.nodes = g.nodes;
  for (const auto& e : g.edges) {
    bool drop = false;
    for (int r : removed) drop = drop || e.a == r || e.b == r;
    if (!drop) out.edges.push_back(e);
  }
  return out;
}

Connectivity connectivity_of(const WeightedGraph& g, const std::vector<int>& others) {
  Connectivity c;
  const auto d = distances(g);
  size_t pairs = 0, connected = 0;
  double inverse_sum = 0;
  for (size_t i = 0; i < others.size(); ++i)
    for (size_t j = i + 1; j < others.size(); ++j) {
      const double dist = d[static_cast<size_t>(others[i])][static_cast<size_t>(others[j])];
      ++pairs;
      if (std::isfinite(dist)) {
        ++connected;
        inverse_sum += 1.0 / dist;
      }
    }
  if (pairs > 0) {
    c.connected_share = static_cast<double>(connected) / static_cast<double>(pairs);
    c.efficiency = inverse_sum / static_cast<double>(pairs);
  }
  return c;
}

}  // namespace

NucleusTest nucleus_test(const Projection& p, const std::string& a, const std::string& b) {
  NucleusTest t;
  t.a = a;
  t.b = b;
  const WeightedGraph& g = p.graph;
  t.edge_count = g.edges.size();
  const int ia = g.index_of(a), ib = g.index_of(b);
  t.present = ia >= 0 && ib >= 0;
  if (!t.present) return t;
  for (size_t k = 0; k < g.edges.size(); ++k) {
    const auto& e = g.edges[k];
    if ((e.a == ia && e.b == ib) || (e.a == ib && e.b == ia)) {
      t.pair_weight = e.weight;
      t.shared = p.shared[k];
    }
  }
  if (t.pair_weight > 0) {
    t.rank = 1;
    for (const auto& e : g.edges) {
      if (e.weight > t.pair_weight) ++t.rank;
      if (e.weight == t.pair_weight) ++t.tied;
    }
    --t.tied;  // the pair itself
  }
  std::vector<int> others;
  for (size_t i = 0; i < g.nodes.size(); ++i)
    if (static_cast<int>(i) != ia && static_cast<int>(i) != ib)
      others.push_back(static_cast<int>(i));
  t.other_count = others.size();
  const Connectivity base = connectivity_of(g, others);
  t.connectivity.push_back(base);
  const std::vector<std::pair<std::string, std::vector<int>>> cases = {
      {a, {ia}}, {b, {ib}}, {a + "+" + b, {ia, ib}}};
  for (const auto& [label, removed] : cases) {
    Connectivity c = connectivity_of(without(g, removed), others);
    c.removed = label;
    c.connected_drop = base.connected_share - c.connected_share;
    c.efficiency_drop = base.efficiency > 0 ? 1.0 - c.efficiency / base.efficiency : 0;
    t.connectivity.push_back(c);
  }
  return t;
}

}  // namespace lattice::latticework
