// Positions of a graph's nodes for drawing: igraph's Fruchterman-Reingold layout with a fixed
// seed, scaled into the unit square. Not safe to call from two threads at once (igraph's random
// generator).
#pragma once

#include <utility>
#include <vector>

#include "latticework/networks.h"

namespace lattice::latticework {

// One (x, y) in [0, 1]^2 per node, in node order; weights pull heavier ties closer.
// O(iterations · n^2). Throws GraphError when igraph fails.
std::vector<std::pair<double, double>> layout(const WeightedGraph& g, unsigned long seed = 7);

}  // namespace lattice::latticework
