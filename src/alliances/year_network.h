// The alliance network of one year: the states in the COW state system that year as nodes
// (isolates included) and an undirected edge wherever the two states have any alliance pledge,
// carrying the highest valued code. Immutable value; safe to share between threads.
#pragma once

#include <vector>

#include "alliances/alliance_data.h"
#include "alliances/state_system.h"

namespace lattice::alliances {

struct Edge {
  int u = 0, v = 0;  // node indices, u < v
  int code = 0;      // 1..3
};

struct YearNetwork {
  int year = 0;
  Source source = Source::kAtop;
  std::vector<int> ccodes;      // COW code of each node, ascending
  std::vector<Edge> edges;      // sorted by (u, v)
  int ties_outside_system = 0;  // ties of the year with a state not in the system that year
  // The node index of a COW code, or -1. O(log nodes).
  int index_of(int ccode) const;
  // The code of the edge between two nodes, 0 when none. O(log edges).
  int code_between(int u, int v) const;
};

// The network of `year`. With COW data (a subset of 34 states) the nodes are the system members
// that appear anywhere in the COW file, so that states outside the subset do not show up as
// isolates. Returns an empty network (no nodes) outside the years of the system or the data.
// O(members + ties log members).
YearNetwork year_network(const AllianceData& data, const StateSystem& system, int year);

}  // namespace lattice::alliances
