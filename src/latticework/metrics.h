// Centrality and structure metrics of a weighted undirected graph, computed with igraph: degree,
// strength, betweenness (distance = 1 / weight), eigenvector centrality, Burt's constraint,
// coreness, density and Louvain communities with their modularity. Formulas and conventions are in
// docs/latticework.md. Not safe to call from two threads at once (igraph's random generator).
#pragma once

#include <vector>

#include "latticework/networks.h"

namespace lattice::latticework {

struct NodeMetrics {
  long degree = 0;             // number of neighbours
  double strength = 0;         // sum of incident edge weights
  double betweenness = 0;      // normalised: raw * 2 / ((n-1)(n-2)); 0 when n < 3
  double betweenness_raw = 0;  // shortest paths through the node, pairs counted once
  double eigenvector = 0;      // weighted, scaled so the largest is 1
  double constraint = 0;       // Burt (1992), weighted; NaN for an isolated node
  long coreness = 0;           // largest k of a k-core holding the node (unweighted)
  long community = 0;          // Louvain community index, 0 = largest community
};

struct NetworkMetrics {
  std::vector<NodeMetrics> nodes;  // in the graph's node order
  double density = 0;              // edges / (n(n-1)/2)
  double modularity = 0;           // weighted modularity of the Louvain partition (resolution 1)
  long community_count = 0;
};

// Computes every metric; seed makes Louvain reproducible. O(n m + n^2 log n) for betweenness.
// Throws GraphError when igraph fails.
NetworkMetrics compute_metrics(const WeightedGraph& g, unsigned long seed = 20240601);

// Weighted shortest-path distances (distance of an edge = 1 / weight) between all node pairs;
// infinity when disconnected. O(n (m + n log n)).
std::vector<std::vector<double>> distances(const WeightedGraph& g);

}  // namespace lattice::latticework
