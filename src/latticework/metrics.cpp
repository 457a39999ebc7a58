// Centrality, coreness, density and communities of a weighted graph through igraph.
#include "latticework/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "latticework/igraph_handle.h"

namespace lattice::latticework {
namespace {

std::vector<std::pair<int, int>> edge_pairs(const WeightedGraph& g) {
  std::vector<std::pair<int, int>> out;
  out.reserve(g.edges.size());
  for (const auto& e : g.edges) out.emplace_back(e.a, e.b);
  return out;
}

std::vector<double> weights_of(const WeightedGraph& g, bool as_distance) {
  std::vector<double> out;
  out.reserve(g.edges.size());
  for (const auto& e : g.edges) out.push_back(as_distance ? 1.0 / e.weight : e.weight);
  return out;
}

}  // namespace

NetworkMetrics compute_metrics(const WeightedGraph& g, unsigned long seed) {
  NetworkMetrics out;
  const auto n = static_cast<igraph_integer_t>(g.nodes.size());
  out.nodes.resize(g.nodes.size());
  if (n == 0) return out;
  Graph graph(n, edge_pairs(g));
  RealVector weight(weights_of(g, false));
  RealVector distance(weights_of(g, true));

  IntVector degree;
  check(igraph_degree(graph.get(), degree.get(), igraph_vss_all(), IGRAPH_ALL, false), "degree");
  RealVector strength;
  check(igraph_strength(graph.get(), strength.get(), igraph_vss_all(), IGRAPH_ALL, false,
                        weight.get()),
        "strength");
  RealVector betweenness;
  check(igraph_betweenness(graph.get(), betweenness.get(), igraph_vss_all(), false, distance.get()),
        "betweenness");
  RealVector eigenvector;
  igraph_real_t eigenvalue = 0;
  if (!g.edges.empty()) {
    igraph_arpack_options_t options;
    igraph_arpack_options_init(&options);
    check(igraph_eigenvector_centrality(graph.get(), eigenvector.get(), &eigenvalue, false, true,
                                        weight.get(), &options),
          "eigenvector centrality");
  }
  RealVector constraint;
  check(igraph_constraint(graph.get(), constraint.get(), igraph_vss_all(), weight.get()),
        "constraint");
  IntVector coreness;
  check(igraph_coreness(graph.get(), coreness.get(), IGRAPH_ALL), "coreness");

  const auto deg = degree.to_std();
  const auto str = strength.to_std();
  const auto btw = betweenness.to_std();
  const auto eig = eigenvector.to_std();
  const auto con = constraint.to_std();
  const auto core = coreness.to_std();
  const double scale = n > 2 ? 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2)) : 0;
  for (size_t i = 0; i < out.nodes.size(); ++i) {
    NodeMetrics& nm = out.nodes[i];
    nm.degree = deg[i];
    nm.strength = str[i];
    nm.betweenness_raw = btw[i];
    nm.betweenness = btw[i] * scale;
    nm.eigenvector = eig.empty() ? 0 : eig[i];
    nm.constraint = deg[i] == 0 ? std::numeric_limits<double>::quiet_NaN() : con[i];
    nm.coreness = core[i];
  }

  igraph_real_t density = 0;
  check(igraph_density(graph.get(), &density, false), "density");
  out.density = n > 1 ? density : 0;

  // Louvain (Blondel et al. 2008) with a fixed seed; communities renumbered by size, then by
  // their first node, so the numbering does not depend on igraph's internal order.
  seed_igraph_rng(seed);
  IntVector membership;
  RealVector modularity;
  if (!g.edges.empty()) {
    check(igraph_community_multilevel(graph.get(), weight.get(), 1.0, membership.get(), nullptr,
                                      modularity.get()),
          "Louvain communities");
    const auto raw = membership.to_std();
    std::map<long, std::pair<long, long>> stats;  // community -> (-size, first node)
    for (size_t i = 0; i < raw.size(); ++i) {
      auto [it, fresh] = stats.try_emplace(raw[i], 0, static_cast<long>(i));
      (void)fresh;
      --it->second.first;
    }
    std::vector<std::pair<std::pair<long, long>, long>> order;
    for (const auto& [c, s] : stats) order.push_back({s, c});
    std::sort(order.begin(), order.end());
    std::map<long, long> renumber;
    for (size_t k = 0; k < order.size(); ++k) renumber[order[k].second] = static_cast<long>(k);
    for (size_t i = 0; i < raw.size(); ++i) out.nodes[i].community = renumber[raw[i]];
    out.community_count = static_cast<long>(order.size());
    // The modularity of the final partition, recomputed exactly (the last level's value).
    igraph_real_t q = 0;
    check(igraph_modularity(graph.get(), membership.get(), weight.get(), 1.0, false, &q),
          "modularity");
    out.modularity = q;
  } else {
    for (size_t i = 0; i < out.nodes.size(); ++i) out.nodes[i].community = static_cast<long>(i);
    out.community_count = n;
  }
  return out;
}

std::vector<std::vector<double>> distances(const WeightedGraph& g) {
  const auto n = static_cast<igraph_integer_t>(g.nodes.size());
  std::vector<std::vector<double>> out(g.nodes.size(), std::vector<double>(g.nodes.size()));
  if (n == 0) return out;
  Graph graph(n, edge_pairs(g));
  RealVector distance(weights_of(g, true));
  RealMatrix res(n, n);
  check(igraph_distances_dijkstra(graph.get(), res.get(), igraph_vss_all(), igraph_vss_all(),
                                  distance.get(), IGRAPH_ALL),
        "shortest paths");
  for (igraph_integer_t i = 0; i < n; ++i)
    for (igraph_integer_t j = 0; j < n; ++j) {
      const double d = res.at(i, j);
      out[static_cast<size_t>(i)][static_cast<size_t>(j)] =
          std::isfinite(d) ? d : std::numeric_limits<double>::infinity();
    }
  return out;
}

}  // namespace lattice::latticework
