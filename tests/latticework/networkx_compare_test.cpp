// Every metric of the actor projection compared with NetworkX on the same graph (the embedded
// model on 2024-06-01, and a small hand-made graph): betweenness with distance = 1 / weight,
// eigenvector centrality, Burt's constraint, core numbers, density and the modularity of the
// Louvain partition, to 1e-9. python3-networkx comes with `make deps`; a missing module or any
// Python error is a test failure that quotes Python's stderr, never a skip.
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "latticework/metrics.h"
#include "latticework/networks.h"
#include "model/loader.h"
#include "run_process.h"

namespace lattice::latticework {
namespace {

constexpr const char* kScript = R"PY(
import json, sys
from fractions import Fraction
import networkx as nx
G = nx.Graph()
with open(sys.argv[1]) as f:
    n = int(f.readline())
    G.add_nodes_from(range(n))
    for line in f:
        a, b, w = line.split()
        # Exact distances: igraph compares path lengths with a tolerance, NetworkX exactly, so
        # float rounding (1/3 + 2/3 vs 1) would otherwise split ties differently.
        G.add_edge(int(a), int(b), weight=float(w), dist=1 / Fraction(float(w)))
with open(sys.argv[2]) as f:
    part = [int(x) for x in f.read().split()]
comms = {}
for node, c in enumerate(part):
    comms.setdefault(c, set()).add(node)
ev = nx.eigenvector_centrality(G, max_iter=100000, tol=1e-15, weight="weight")
top = max(ev.values())
bt = nx.betweenness_centrality(G, weight="dist", normalized=True)
con = nx.constraint(G, weight="weight")
core = nx.core_number(G)
out = {
    "betweenness": [float(bt[i]) for i in range(n)],
    "eigenvector": [ev[i] / top for i in range(n)],
    "constraint": [con[i] for i in range(n)],
    "core": [core[i] for i in range(n)],
    "strength": [G.degree(i, weight="weight") for i in range(n)],
    "density": nx.density(G),
    "modularity": nx.community.modularity(G, list(comms.values()), weight="weight"),
}
print(json.dumps(out))
)PY";

// Runs `script` on g and returns its JSON; any failure (python3 or networkx missing, a
// traceback, output that is not JSON) is a recorded test failure quoting Python, and null.
nlohmann::json networkx_metrics(const WeightedGraph& g, const NetworkMetrics& ours,
                                const std::string& script) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("lattice_nx_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream(dir / "script.py") << script;
    std::ofstream edges(dir / "edges.txt");
    edges.precision(17);
    edges << g.nodes.size() << "\n";
    for (const auto& e : g.edges) edges << e.a << " " << e.b << " " << e.weight << "\n";
    std::ofstream part(dir / "partition.txt");
    for (const auto& n : ours.nodes) part << n.community << "\n";
  }
  const std::string cmd = "python3 " + (dir / "script.py").string() + " " +
                          (dir / "edges.txt").string() + " " + (dir / "partition.txt").string();
  const testing::ProcessResult r = testing::run_process(cmd);
  fs::remove_all(dir);
  if (!r.ok()) {
    ADD_FAILURE() << "the NetworkX reference failed (make deps installs python3-networkx): "
                  << r.describe(cmd);
    return nullptr;
  }
  try {
    return nlohmann::json::parse(r.out);
  } catch (const std::exception& e) {
    ADD_FAILURE() << "the NetworkX reference printed no JSON (" << e.what() << "): " << r.out;
    return nullptr;
  }
}

void compare(const WeightedGraph& g) {
  const NetworkMetrics ours = compute_metrics(g);
  const nlohmann::json nx = networkx_metrics(g, ours, kScript);
  if (nx.is_null()) return;  // the failure is recorded
  ASSERT_TRUE(nx.contains("betweenness")) << nx.dump();
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    SCOPED_TRACE(g.nodes[i]);
    EXPECT_NEAR(ours.nodes[i].betweenness, nx["betweenness"][i].get<double>(), 1e-9);
    EXPECT_NEAR(ours.nodes[i].eigenvector, nx["eigenvector"][i].get<double>(), 1e-9);
    EXPECT_NEAR(ours.nodes[i].constraint, nx["constraint"][i].get<double>(), 1e-9);
    EXPECT_EQ(ours.nodes[i].coreness, nx["core"][i].get<long>());
    EXPECT_NEAR(ours.nodes[i].strength, nx["strength"][i].get<double>(), 1e-9);
  }
  EXPECT_NEAR(ours.density, nx["density"].get<double>(), 1e-9);
  EXPECT_NEAR(ours.modularity, nx["modularity"].get<double>(), 1e-9);
}

// A broken reference is a failure that quotes Python, not "unavailable": the script above with
// a syntax error put in fails the comparison.
TEST(NetworkxCompare, BrokenScriptIsAFailureNotASkip) {
  WeightedGraph g;
  g.nodes = {"a", "b"};
  g.edges = {{0, 1, 1}};
  const NetworkMetrics ours = compute_metrics(g);
  const std::string broken = std::string(kScript) + "\nprint(json.dumps(out)\n";
  nlohmann::json nx;
  EXPECT_NONFATAL_FAILURE(nx = networkx_metrics(g, ours, broken), "SyntaxError");
  EXPECT_TRUE(nx.is_null());
  const std::string no_module = "import networkx_that_does_not_exist\n";
  EXPECT_NONFATAL_FAILURE(nx = networkx_metrics(g, ours, no_module), "ModuleNotFoundError");
  // The unbroken script answers: one edge between two nodes has density 1.
  nx = networkx_metrics(g, ours, kScript);
  ASSERT_FALSE(nx.is_null());
  EXPECT_DOUBLE_EQ(nx["density"].get<double>(), 1.0);
}

TEST(NetworkxCompare, EmbeddedProjection) {
  const auto loaded = model::load_model_folder("");
  ASSERT_TRUE(loaded.model);
  const auto day = core::Date::from_parts(2024, 6, 1).first_day();
  const Projection p = project(two_mode_network(*loaded.model, day));
  ASSERT_GT(p.graph.edges.size(), 100u);
  compare(p.graph);
}

TEST(NetworkxCompare, EmbeddedProjectionWithGlobalBodies) {
  const auto loaded = model::load_model_folder("");
  ASSERT_TRUE(loaded.model);
  const auto day = core::Date::from_parts(2015, 1, 1).first_day();
  const Projection p = project(two_mode_network(*loaded.model, day), {true});
  compare(p.graph);
}

TEST(NetworkxCompare, SmallWeightedGraph) {
  // Two triangles joined through a bridge node, with distinct weights.
  WeightedGraph g;
  g.nodes = {"a", "b", "c", "d", "e", "f", "g"};
  g.edges = {{0, 1, 3},   {0, 2, 1}, {1, 2, 2}, {2, 3, 0.5}, {3, 4, 1},
             {4, 5, 2.5}, {4, 6, 1}, {5, 6, 4}, {1, 3, 1.5}};
  compare(g);
}

}  // namespace
}  // namespace lattice::latticework
