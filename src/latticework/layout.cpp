// Fruchterman-Reingold layout of a weighted graph, normalised to the unit square.
#include "latticework/layout.h"

#include <algorithm>
#include <cmath>

#include "latticework/igraph_handle.h"

namespace lattice::latticework {

std::vector<std::pair<double, double>> layout(const WeightedGraph& g, unsigned long seed) {
  const auto n = static_cast<igraph_integer_t>(g.nodes.size());
  std::vector<std::pair<double, double>> out(g.nodes.size(), {0.5, 0.5});
  if (n < 2) return out;
  std::vector<std::pair<int, int>> pairs;
  std::vector<double> weights;
  for (const auto& e : g.edges) {
    pairs.emplace_back(e.a, e.b);
    weights.push_back(e.weight);
  }
  Graph graph(n, pairs);
  RealVector w(weights);
  RealMatrix res(n, 2);
  seed_igraph_rng(seed);
  check(igraph_layout_fruchterman_reingold(graph.get(), res.get(), false, 500,
                                           std::sqrt(static_cast<double>(n)), IGRAPH_LAYOUT_NOGRID,
                                           w.get(), nullptr, nullptr, nullptr, nullptr),
        "layout");
  double minx = res.at(0, 0), maxx = minx, miny = res.at(0, 1), maxy = miny;
  for (igraph_integer_t i = 0; i < n; ++i) {
    minx = std::min(minx, res.at(i, 0));
    maxx = std::max(maxx, res.at(i, 0));
    miny = std::min(miny, res.at(i, 1));
    maxy = std::max(maxy, res.at(i, 1));
  }
  const double sx = maxx > minx ? maxx - minx : 1, sy = maxy > miny ? maxy - miny : 1;
  for (igraph_integer_t i = 0; i < n; ++i)
    out[static_cast<size_t>(i)] = {(res.at(i, 0) - minx) / sx, (res.at(i, 1) - miny) / sy};
  return out;
}

}  // namespace lattice::latticework
