// Every measure `lattice centrality` reports, worked out by hand on two small graphs (the
// arithmetic is in the comments), independently of igraph and of the NetworkX comparison in
// networkx_compare_test.cpp. Formulas: docs/latticework.md, "Centrality".
#include <gtest/gtest.h>

#include <cmath>

#include "latticework/metrics.h"
#include "latticework/networks.h"
#include "latticework/nucleus.h"

namespace lattice::latticework {
namespace {

// Two weighted triangles joined by a bridge:
//
//     a       e          a-b 1   a-c 2   b-c 2
//     | \   / |          c-d 1
//     |  c-d  |          d-e 2   d-f 2   e-f 1
//     | /   \ |
//     b       f
//
// Symmetric under a<->b, e<->f and under the left-right mirror (a,b,c) <-> (f,e,d).
WeightedGraph barbell() {
  WeightedGraph g;
  g.nodes = {"a", "b", "c", "d", "e", "f"};
  g.edges = {{0, 1, 1}, {0, 2, 2}, {1, 2, 2}, {2, 3, 1}, {3, 4, 2}, {3, 5, 2}, {4, 5, 1}};
  return g;
}
enum { A, B, C, D, E, F };

TEST(CentralityByHand, DegreeStrengthAndDensity) {
  const NetworkMetrics m = compute_metrics(barbell());
  // Degree: a {b, c} 2, c {a, b, d} 3. Strength: a 1 + 2 = 3, c 2 + 2 + 1 = 5.
  const long degree[] = {2, 2, 3, 3, 2, 2};
  const double strength[] = {3, 3, 5, 5, 3, 3};
  for (int i = A; i <= F; ++i) {
    EXPECT_EQ(m.nodes[i].degree, degree[i]) << i;
    EXPECT_DOUBLE_EQ(m.nodes[i].strength, strength[i]) << i;
  }
  // 7 edges of 6 * 5 / 2 = 15 possible pairs.
  EXPECT_DOUBLE_EQ(m.density, 7.0 / 15.0);
}

TEST(CentralityByHand, BetweennessWithDistanceOneOverWeight) {
  const NetworkMetrics m = compute_metrics(barbell());
  // Distances 1/w: a-b 1, a-c 0.5, b-c 0.5, c-d 1, d-e 0.5, d-f 0.5, e-f 1.
  // Pairs (s, t) and their shortest paths:
  //   a-b: a-b (1) and a-c-b (0.5 + 0.5 = 1) tie: two paths, one through c -> c gets 1/2.
  //   a-d: a-c-d 1.5 (a-b-c-d is 2.5) -> c 1.      b-d: likewise -> c 1.
  //   a-e, a-f, b-e, b-f: x-c-d-y, 0.5 + 1 + 0.5 = 2, unique -> c 1 and d 1 each (4 pairs).
  //   c-e, c-f: c-d-y -> d 1 each.      e-f: tie as for a-b -> d gets 1/2.
  //   a-c, b-c, c-d, d-e, d-f: direct, through nobody. a, b, e, f lie on no shortest path
  //   (b-c direct 0.5 beats b-a-c 1.5).
  // c: 1/2 + 1 + 1 + 4 = 6.5; d: 4 + 1 + 1 + 1/2 = 6.5. Normalised: 6.5 * 2 / (5 * 4) = 0.65.
  const double raw[] = {0, 0, 6.5, 6.5, 0, 0};
  for (int i = A; i <= F; ++i) {
    EXPECT_NEAR(m.nodes[i].betweenness_raw, raw[i], 1e-12) << i;
    EXPECT_NEAR(m.nodes[i].betweenness, raw[i] * 2 / (5 * 4), 1e-12) << i;
  }
  EXPECT_NEAR(m.nodes[C].betweenness, 0.65, 1e-12);
}

TEST(CentralityByHand, EigenvectorFromTheCharacteristicEquation) {
  const NetworkMetrics m = compute_metrics(barbell());
  // By symmetry x = x_a = x_b = x_e = x_f and y = x_c = x_d. lambda x_i = sum_j w_ij x_j:
  //   at a: lambda x = 1 * x (b) + 2 * y (c)          -> y = (lambda - 1) x / 2
  //   at c: lambda y = 2 x (a) + 2 x (b) + 1 * y (d)  -> (lambda - 1) y = 4 x
  // so (lambda - 1)^2 / 2 = 4, lambda = 1 + 2 sqrt(2) (the positive root: the leading one), and
  // y / x = (lambda - 1) / 2 = sqrt(2). Scaled so the largest is 1: c = d = 1, the others
  // 1 / sqrt(2) = 0.7071.
  const double x = 1 / std::sqrt(2.0);
  const double expected[] = {x, x, 1, 1, x, x};
  for (int i = A; i <= F; ++i) EXPECT_NEAR(m.nodes[i].eigenvector, expected[i], 1e-9) << i;
}

TEST(CentralityByHand, BurtsConstraint) {
  const NetworkMetrics m = compute_metrics(barbell());
  // p_ij = w_ij / s_i (undirected: (w_ij + w_ji) / sum_k (w_ik + w_ki)), summed over i's contacts
  // j: C_i = sum_j (p_ij + sum_{q != i, j} p_iq p_qj)^2 (Burt 1992; as NetworkX computes it).
  //   p_ab = 1/3, p_ac = 2/3; p_ba = 1/3, p_bc = 2/3; p_ca = p_cb = 2/5, p_cd = 1/5.
  // a: contact b: 1/3 + p_ac p_cb = 1/3 + (2/3)(2/5) = 3/5, squared 9/25;
  //    contact c: 2/3 + p_ab p_bc = 2/3 + (1/3)(2/3) = 8/9, squared 64/81;
  //    C_a = 9/25 + 64/81 = (729 + 1600) / 2025 = 2329/2025 = 1.15012.
  // c: contact a: 2/5 + p_cb p_ba = 2/5 + (2/5)(1/3) = 8/15, squared 64/225; b the same;
  //    contact d: 1/5 (no contact of c is tied to d), squared 9/225;
  //    C_c = 128/225 + 9/225 = 137/225 = 0.60889.
  // The broker c is less constrained than a, whose two contacts know each other.
  const double ca = 2329.0 / 2025.0, cc = 137.0 / 225.0;
  const double expected[] = {ca, ca, cc, cc, ca, ca};
  for (int i = A; i <= F; ++i) EXPECT_NEAR(m.nodes[i].constraint, expected[i], 1e-12) << i;
}

TEST(CentralityByHand, CorenessCommunitiesAndModularity) {
  const NetworkMetrics m = compute_metrics(barbell());
  // Every node has degree >= 2, so the whole graph is a 2-core; no 3-core (removing the degree-2
  // nodes leaves c and d with degree 1).
  for (int i = A; i <= F; ++i) EXPECT_EQ(m.nodes[i].coreness, 2) << i;
  // Louvain splits at the bridge: {a, b, c} (community 0: equal sizes, first node a) and
  // {d, e, f}. Modularity Q = (1/2W) sum_ij [w_ij - s_i s_j / 2W] delta(c_i, c_j), W = 11:
  //   per side, sum of w_ij over ordered pairs inside = 2 (1 + 2 + 2) = 10, sum of strengths
  //   3 + 3 + 5 = 11, so (10 - 11^2 / 22) / 22 = 4.5 / 22; two sides: Q = 9/22 = 0.40909.
  // (Three pairs {a,b} {c,d} {e,f} would give (6 - (36 + 100 + 36)/22) / 22 < 0.)
  EXPECT_EQ(m.community_count, 2);
  const long community[] = {0, 0, 0, 1, 1, 1};
  for (int i = A; i <= F; ++i) EXPECT_EQ(m.nodes[i].community, community[i]) << i;
  EXPECT_NEAR(m.modularity, 9.0 / 22.0, 1e-12);
}

TEST(CentralityByHand, WeightedDistances) {
  const auto d = distances(barbell());
  EXPECT_DOUBLE_EQ(d[A][B], 1.0);  // direct, tied with a-c-b
  EXPECT_DOUBLE_EQ(d[A][C], 0.5);
  EXPECT_DOUBLE_EQ(d[A][D], 1.5);  // 0.5 + 1
  EXPECT_DOUBLE_EQ(d[B][F], 2.0);  // 0.5 + 1 + 0.5
  EXPECT_DOUBLE_EQ(d[F][A], 2.0);
}

TEST(CentralityByHand, NucleusTestOfTheBridge) {
  Projection p;
  p.graph = barbell();
  p.shared.assign(p.graph.edges.size(), {});
  p.shared[3] = {"bridge"};
  const NucleusTest t = nucleus_test(p, "c", "d");
  ASSERT_TRUE(t.present);
  EXPECT_DOUBLE_EQ(t.pair_weight, 1);
  EXPECT_EQ(t.shared, (std::vector<std::string>{"bridge"}));
  EXPECT_EQ(t.rank, 5u);  // the four edges of weight 2 are heavier
  EXPECT_EQ(t.tied, 2u);  // a-b and e-f also weigh 1
  EXPECT_EQ(t.edge_count, 7u);
  EXPECT_EQ(t.other_count, 4u);
  ASSERT_EQ(t.connectivity.size(), 4u);
  // Others a, b, e, f: 6 pairs. Distances a-b 1, e-f 1, and 2 for the four across the bridge:
  // efficiency (1 + 1 + 4 * 1/2) / 6 = 2/3, all pairs connected.
  EXPECT_DOUBLE_EQ(t.connectivity[0].connected_share, 1.0);
  EXPECT_NEAR(t.connectivity[0].efficiency, 2.0 / 3.0, 1e-12);
  // Without c, without d, or without both: only a-b and e-f remain joined (distance 1 each):
  // share 2/6, efficiency 2/6; drops 1 - 1/3 = 2/3 and 1 - (1/3) / (2/3) = 1/2.
  for (size_t k = 1; k < 4; ++k) {
    SCOPED_TRACE(t.connectivity[k].removed);
    EXPECT_NEAR(t.connectivity[k].connected_share, 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(t.connectivity[k].efficiency, 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(t.connectivity[k].connected_drop, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(t.connectivity[k].efficiency_drop, 0.5, 1e-12);
  }
}

// A clique of four with a tail: K4 on a, b, c, d (weights 1), then d-e and e-f (weight 1).
TEST(CentralityByHand, CliqueWithATail) {
  WeightedGraph g;
  g.nodes = {"a", "b", "c", "d", "e", "f"};
  g.edges = {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1},
             {1, 3, 1}, {2, 3, 1}, {3, 4, 1}, {4, 5, 1}};
  const NetworkMetrics m = compute_metrics(g);
  // Coreness: peel degree 1: f, then e (its degree falls to 1): both 1. a, b, c, d each keep 3
  // neighbours in the K4: a 3-core, and no 4-core.
  const long core[] = {3, 3, 3, 3, 1, 1};
  // Betweenness: d is on the only shortest path from each of a, b, c to each of e, f (6 pairs);
  // e on the path from each of a, b, c, d to f (4 pairs). Normalised by 2 / (5 * 4) = 0.1.
  const double raw[] = {0, 0, 0, 6, 4, 0};
  // Constraint (contacts only): f has one contact, p_fe = 1: C_f = 1. e: p_ed = p_ef = 1/2 and d,
  // f are not tied: C_e = 1/4 + 1/4 = 1/2. a: p = 1/3 to each of b, c, d; each pair of them is
  // tied, with p_bc = 1/3 and p_dc = 1/4 (d has 4 contacts): contact c: 1/3 + p_ab p_bc + p_ad
  // p_dc = 1/3 + 1/9 + 1/12 = 19/36 (b likewise); contact d: 1/3 + 1/9 + 1/9 = 5/9 = 20/36;
  // C_a = (2 * 19^2 + 20^2) / 36^2 = 1122/1296 = 0.86574. d: p = 1/4 to a, b, c, e. Contact a:
  // 1/4 + p_db p_ba + p_dc p_ca = 1/4 + 2/12 = 5/12 (b, c likewise); contact e: 1/4, no contact
  // of d is tied to e. C_d = 3 * 25/144 + 9/144 = 84/144 = 0.58333.
  const double k4 = 1122.0 / 1296.0;
  const double con[] = {k4, k4, k4, 84.0 / 144.0, 0.5, 1};
  for (int i = A; i <= F; ++i) {
    EXPECT_EQ(m.nodes[i].coreness, core[i]) << i;
    EXPECT_NEAR(m.nodes[i].betweenness_raw, raw[i], 1e-12) << i;
    EXPECT_NEAR(m.nodes[i].betweenness, raw[i] / 10, 1e-12) << i;
    EXPECT_NEAR(m.nodes[i].constraint, con[i], 1e-12) << i;
  }
  // 8 edges of 15 pairs.
  EXPECT_DOUBLE_EQ(m.density, 8.0 / 15.0);
}

}  // namespace
}  // namespace lattice::latticework
