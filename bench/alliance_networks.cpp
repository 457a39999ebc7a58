// Benchmark: for every year 1816-2018 of ATOP 5.1, the alliance network over the COW state system,
// its density, components, degree and betweenness centralities (igraph) and the full unweighted
// S-score matrix. Compare with bench/alliance_networks_networkx.py (same data, same outputs;
// the checksums printed by both must agree). Usage: bench_alliance_networks DATA_DIR [RUNS].
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "alliances/dataset.h"
#include "alliances/network_metrics.h"
#include "alliances/similarity.h"
#include "alliances/year_network.h"

namespace al = lattice::alliances;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DATA_DIR [RUNS]\n", argv[0]);
    return 2;
  }
  const std::string dir = argv[1];
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;

  double best_load = 1e9, best_metrics = 1e9, best_s = 1e9;
  double sum_betweenness = 0, sum_s = 0, sum_density = 0;
  long components = 0;
  for (int run = 0; run < runs; ++run) {
    auto t0 = std::chrono::steady_clock::now();
    lattice::core::Diagnostics diags;
    auto d = al::load_dataset(dir, al::Source::kAtop, diags);
    if (!d || diags.has_errors()) {
      for (const auto& x : diags.items()) std::fprintf(stderr, "%s\n", x.to_string().c_str());
      return 1;
    }
    best_load = std::min(best_load, seconds_since(t0));
    double metrics_time = 0, s_time = 0;
    sum_betweenness = sum_s = sum_density = 0;
    components = 0;
    for (int year = 1816; year <= 2018; ++year) {
      auto t1 = std::chrono::steady_clock::now();
      al::YearNetwork net = al::year_network(d->alliances, d->system, year);
      al::NetworkMetrics m = al::network_metrics(net);
      metrics_time += seconds_since(t1);
      auto t2 = std::chrono::steady_clock::now();
      al::Portfolios p = al::portfolios(net, nullptr);
      std::vector<double> s = al::s_matrix(p, false);
      s_time += seconds_since(t2);
      sum_density += m.density;
      components += m.components;
      for (double b : m.betweenness_normalized) sum_betweenness += b;
      for (double x : s) sum_s += x;
    }
    best_metrics = std::min(best_metrics, metrics_time);
    best_s = std::min(best_s, s_time);
  }
  std::printf("lattice (C++/igraph), best of %d runs, years 1816-2018\n", runs);
  std::printf("  load CSVs          %8.3f s\n", best_load);
  std::printf("  networks + metrics %8.3f s\n", best_metrics);
  std::printf("  S-score matrices   %8.3f s\n", best_s);
  std::printf("  compute total      %8.3f s\n", best_metrics + best_s);
  std::printf("  checksums: density %.9f components %ld betweenness %.9f S %.6f\n", sum_density,
              components, sum_betweenness, sum_s);
  return 0;
}
