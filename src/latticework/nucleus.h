// The "nucleus" test of a pair of actors (the callers default to the [focus] pair of the model's
// analysis.toml) in the actor projection: how strong their tie is relative to every other pair, and
// how much the connectivity among the remaining actors depends on each of them. Plain values; safe
// from any thread.
#pragma once

#include <string>
#include <vector>

#include "latticework/networks.h"

namespace lattice::latticework {

// Connectivity among the "others" (every node except the pair) with some nodes removed.
struct Connectivity {
  std::string removed;         // "" (nothing), "a", "b" or "a+b" (the pair's ids)
  double connected_share = 0;  // share of other-other pairs joined by some path
  double efficiency = 0;       // mean over other-other pairs of 1 / weighted distance (0 if none)
  double connected_drop = 0;   // baseline connected_share minus this one
  double efficiency_drop = 0;  // relative drop: 1 - efficiency / baseline efficiency
};

struct NucleusTest {
  std::string a, b;
  bool present = false;             // both actors are nodes of the projection
  double pair_weight = 0;           // weight of the a-b edge (0 when none)
  std::vector<std::string> shared;  // frameworks behind the a-b edge
  size_t rank = 0;                  // 1 + number of edges strictly heavier (0 when no a-b edge)
  size_t tied = 0;                  // other edges of exactly the same weight
  size_t edge_count = 0;            // edges (pairs with a tie) in the projection
  size_t other_count = 0;           // nodes other than a and b
  std::vector<Connectivity> connectivity;  // baseline, without a, without b, without both
};

// Runs the test. O(n (m + n log n)) for each of the four shortest-path computations.
// An empty or unknown a or b gives present = false.
NucleusTest nucleus_test(const Projection& p, const std::string& a, const std::string& b);

}  // namespace lattice::latticework
