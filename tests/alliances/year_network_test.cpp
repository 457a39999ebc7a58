// Networks of a year and their igraph metrics: known facts, and every metric against NetworkX
// to 1e-9 (through tests/alliances/networkx_metrics.py; python3-networkx comes with `make deps`).
#include "alliances/year_network.h"

#include <fmt/format.h>
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "alliances/graphml.h"
#include "alliances/network_metrics.h"
#include "alliances/test_data.h"
#include "run_process.h"

namespace lattice::alliances {
namespace {

TEST(YearNetwork, UsJapanTieByYear) {
  LATTICE_REQUIRE_DATA(d, Source::kAtop);
  // Japan is out of the COW system 1946-1951 (occupation), so the network tie starts in 1952.
  for (int y = 1952; y <= 2018; ++y) {
    YearNetwork net = year_network(d->alliances, d->system, y);
    int us = net.index_of(2), jp = net.index_of(740);
    ASSERT_GE(us, 0);
    ASSERT_GE(jp, 0) << y;
    EXPECT_EQ(net.code_between(us, jp), kDefense) << y;
  }
  YearNetwork y1945 = year_network(d->alliances, d->system, 1945);
  EXPECT_EQ(y1945.code_between(y1945.index_of(2), y1945.index_of(740)), kNoTie);
  YearNetwork y1951 = year_network(d->alliances, d->system, 1951);
  EXPECT_LT(y1951.index_of(740), 0);
  EXPECT_GT(y1951.ties_outside_system, 0);
}

TEST(YearNetwork, Network2018) {
  LATTICE_REQUIRE_DATA(d, Source::kAtop);
  YearNetwork net = year_network(d->alliances, d->system, 2018);
  NetworkMetrics m = network_metrics(net);
  EXPECT_EQ(m.nodes, 195);
  EXPECT_EQ(m.edges, 4228);
  EXPECT_NEAR(m.density, 4228.0 / (195.0 * 194.0 / 2.0), 1e-12);
  EXPECT_EQ(m.degree[static_cast<size_t>(net.index_of(2))], 116);  // the most allied state
  int sum = 0;
  for (int k : m.degree) sum += k;
  EXPECT_EQ(sum, 2 * m.edges);
  EXPECT_EQ(net.ties_outside_system, 0);
}

TEST(YearNetwork, SmallGraphMetrics) {
  // A path 0-1-2 and an isolate 3: density 2/6, 2 components, node 1 lies on the one
  // shortest path between 0 and 2 (betweenness 1; normalised 1 / (3*2/2) = 1/3).
  YearNetwork net;
  net.ccodes = {1, 2, 3, 4};
  net.edges = {{0, 1, 3}, {1, 2, 1}};
  NetworkMetrics m = network_metrics(net);
  EXPECT_DOUBLE_EQ(m.density, 2.0 / 6.0);
  EXPECT_EQ(m.components, 2);
  EXPECT_EQ(m.largest_component, 3);
  EXPECT_EQ(m.isolates, 1);
  EXPECT_DOUBLE_EQ(m.betweenness[1], 1.0);
  EXPECT_DOUBLE_EQ(m.betweenness_normalized[1], 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.degree_centrality[1], 2.0 / 3.0);
  EXPECT_EQ(network_metrics(YearNetwork{}).nodes, 0);
}

TEST(YearNetwork, GraphmlHasNamesAndCodes) {
  LATTICE_REQUIRE_DATA(d, Source::kAtop);
  YearNetwork net = year_network(d->alliances, d->system, 1960);
  std::string g = to_graphml(net, d->names, &d->capabilities);
  EXPECT_NE(g.find("<node id=\"s740\">"), std::string::npos);
  EXPECT_NE(g.find("<data key=\"name\">Japan</data>"), std::string::npos);
  EXPECT_NE(g.find("<data key=\"iso3\">JPN</data>"), std::string::npos);
  EXPECT_NE(g.find("<edge source=\"s2\" target=\"s740\">"), std::string::npos);
  size_t edges = 0;
  for (size_t p = g.find("<edge "); p != std::string::npos; p = g.find("<edge ", p + 1)) ++edges;
  EXPECT_EQ(edges, net.edges.size());
}

std::string networkx_script() {
  return std::string(LATTICE_SOURCE_DIR) + "/tests/alliances/networkx_metrics.py";
}

// Runs the NetworkX script `script` on the network and returns its JSON. Any failure (python3 or
// NetworkX missing, a traceback, output that is not JSON) is a recorded test failure with what
// the script printed, and nullopt.
std::optional<nlohmann::json> networkx_metrics(const YearNetwork& net, const std::string& script) {
  namespace fs = std::filesystem;
  fs::path file =
      fs::temp_directory_path() / fmt::format("lattice_nx_{}_{}.txt", ::getpid(), net.year);
  {
    std::ofstream out(file);
    out << net.ccodes.size() << "\n";
    for (const auto& e : net.edges) out << e.u << " " << e.v << "\n";
  }
  const std::string cmd = fmt::format("python3 '{}' '{}'", script, file.string());
  const lattice::testing::ProcessResult r = lattice::testing::run_process(cmd);
  fs::remove(file);
  if (!r.ok()) {
    ADD_FAILURE() << "the NetworkX reference failed (make deps installs python3-networkx): "
                  << r.describe(cmd);
    return std::nullopt;
  }
  try {
    return nlohmann::json::parse(r.out);
  } catch (const std::exception& e) {
    ADD_FAILURE() << "the NetworkX reference printed no JSON (" << e.what() << "): " << r.out;
    return std::nullopt;
  }
}

TEST(YearNetwork, MetricsMatchNetworkX) {
  LATTICE_REQUIRE_DATA(d, Source::kAtop);
  for (int year : {1816, 1914, 1939, 1960, 1990, 2018}) {
    YearNetwork net = year_network(d->alliances, d->system, year);
    NetworkMetrics m = network_metrics(net);
    auto nx = networkx_metrics(net, networkx_script());
    if (!nx) return;
    EXPECT_NEAR(m.density, (*nx)["density"].get<double>(), 1e-9) << year;
    EXPECT_EQ(m.components, (*nx)["components"].get<int>()) << year;
    EXPECT_EQ(m.largest_component, (*nx)["largest_component"].get<int>()) << year;
    ASSERT_EQ((*nx)["betweenness"].size(), net.ccodes.size());
    for (size_t i = 0; i < net.ccodes.size(); ++i) {
      EXPECT_NEAR(m.degree_centrality[i], (*nx)["degree_centrality"][i].get<double>(), 1e-9)
          << year << " node " << net.ccodes[i];
      EXPECT_NEAR(m.betweenness_normalized[i], (*nx)["betweenness"][i].get<double>(), 1e-9)
          << year << " node " << net.ccodes[i];
    }
  }
}

// The reference must fail loudly, not pass as "unavailable": a script with a syntax error is a
// test failure that quotes Python's error.
TEST(YearNetwork, BrokenNetworkXScriptIsAFailureNotASkip) {
  namespace fs = std::filesystem;
  const fs::path broken =
      fs::temp_directory_path() / fmt::format("lattice_nx_broken_{}.py", ::getpid());
  std::ofstream(broken) << "import json\ndef metrics(:\n    pass\n";
  YearNetwork net;
  net.ccodes = {1, 2};
  net.edges = {{0, 1, 3}};
  std::optional<nlohmann::json> result;
  EXPECT_NONFATAL_FAILURE(result = networkx_metrics(net, broken.string()), "SyntaxError");
  EXPECT_FALSE(result.has_value());
  fs::remove(broken);
  // And the real script answers on the same graph: one edge of two nodes has density 1.
  auto nx = networkx_metrics(net, networkx_script());
  ASSERT_TRUE(nx.has_value());
  EXPECT_DOUBLE_EQ((*nx)["density"].get<double>(), 1.0);
}

TEST(YearNetwork, CowNetworkCoversTheSubsetOnly) {
  LATTICE_REQUIRE_DATA(d, Source::kCow);
  YearNetwork net = year_network(d->alliances, d->system, 2012);
  EXPECT_LE(net.ccodes.size(), 34u);
  EXPECT_GE(net.index_of(740), 0);
  EXPECT_EQ(net.code_between(net.index_of(2), net.index_of(740)), kDefense);
}

}  // namespace
}  // namespace lattice::alliances
