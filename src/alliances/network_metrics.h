// Whole-network and per-node measures of a year's alliance network, computed with igraph:
// density, connected components, degree and betweenness centrality. Pure function; igraph is
// called with local objects only, so separate calls may run on separate threads when igraph was
// built thread-safe (Debian's is).
#pragma once

#include <vector>

#include "alliances/year_network.h"

namespace lattice::alliances {

struct NetworkMetrics {
  int nodes = 0;
  int edges = 0;
  double density = 0;                     // edges / (n (n - 1) / 2); 0 for fewer than two nodes
  int components = 0;                     // connected components, isolates counted
  int largest_component = 0;              // nodes in the largest one
  int isolates = 0;                       // nodes without any tie
  std::vector<int> component;             // component id of each node (0-based)
  std::vector<int> degree;                // ties of each node
  std::vector<double> degree_centrality;  // degree / (n - 1), as NetworkX
  std::vector<double> betweenness;        // shortest paths through the node (unordered pairs)
  std::vector<double> betweenness_normalized;  // / ((n - 1)(n - 2) / 2), as NetworkX
};

// The measures of a network (unweighted: every pledge is one tie). O(nodes x edges) for
// betweenness (Brandes), O(nodes + edges) for the rest.
NetworkMetrics network_metrics(const YearNetwork& net);

}  // namespace lattice::alliances
