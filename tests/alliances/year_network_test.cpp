// Networks of a year and their igraph metrics: known facts, and every metric against NetworkX
// to 1e-9 (through tests/alliances/networkx_metrics.py when python3 and NetworkX are present).
#include "alliances/year_network.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "alliances/graphml.h"
#include "alliances/network_metrics.h"
#include "alliances/test_data.h"

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

// Runs the NetworkX script on the network; nullopt (with a reason) when python3 or NetworkX is
// missing.
std::optional<nlohmann::json> networkx_metrics(const YearNetwork& net, std::string* why) {
  namespace fs = std::filesystem;
  fs::path file =
      fs::temp_directory_path() / fmt::format("lattice_nx_{}_{}.txt", ::getpid(), net.year);
  {
    std::ofstream out(file);
    out << net.ccodes.size() << "\n";
    for (const auto& e : net.edges) out << e.u << " " << e.v << "\n";
  }
  std::string cmd = fmt::format("python3 {}/tests/alliances/networkx_metrics.py {} 2>/dev/null",
                                LATTICE_SOURCE_DIR, file.string());
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) {
    *why = "cannot run python3";
    return std::nullopt;
  }
  std::string text;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, p)) text.append(buf, n);
  int status = pclose(p);
  fs::remove(file);
  if (status != 0 || text.empty()) {
    *why = "python3 with NetworkX is not available (install python3-networkx)";
    return std::nullopt;
  }
  return nlohmann::json::parse(text);
}

TEST(YearNetwork, MetricsMatchNetworkX) {
  LATTICE_REQUIRE_DATA(d, Source::kAtop);
  for (int year : {1816, 1914, 1939, 1960, 1990, 2018}) {
    YearNetwork net = year_network(d->alliances, d->system, year);
    NetworkMetrics m = network_metrics(net);
    std::string why;
    auto nx = networkx_metrics(net, &why);
    if (!nx) GTEST_SKIP() << why;
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

TEST(YearNetwork, CowNetworkCoversTheSubsetOnly) {
  LATTICE_REQUIRE_DATA(d, Source::kCow);
  YearNetwork net = year_network(d->alliances, d->system, 2012);
  EXPECT_LE(net.ccodes.size(), 34u);
  EXPECT_GE(net.index_of(740), 0);
  EXPECT_EQ(net.code_between(net.index_of(2), net.index_of(740)), kDefense);
}

}  // namespace
}  // namespace lattice::alliances
