// Benchmark: Monte Carlo simulations per second (`lattice bargain --simulate`) on the 1994 EC
// car-emissions case (10 actors, 1 dimension) and KTAB's dummyData_6Dim.csv (27 actors, 6
// dimensions), for the compromise and BDM models, with 1 and 2 threads. Each iteration runs one
// simulation of kRuns perturbed runs; items/s is runs per second. The data is read from
// LATTICE_SHARED_DIR (../shared).
#include <benchmark/benchmark.h>

#include <string>

#include "bargain/forecaster.h"
#include "bargain/scenario.h"
#include "bargain/simulate.h"

namespace {

constexpr std::size_t kRuns = 200;

lattice::bargain::Scenario load(int dataset) {
  const std::string dir = LATTICE_SHARED_DIR;
  const std::string path = dataset == 0 ? dir + "/bargaining/ec_emissions_1994.csv"
                                        : dir + "/bargaining/ktab/dummyData_6Dim.csv";
  lattice::core::Diagnostics diags;
  return lattice::bargain::load_scenario(path, diags);
}

// Arguments: dataset (0 EC, 1 dummyData_6Dim), model (0 compromise, 1 bdm), threads.
void BM_Simulate(benchmark::State& state) {
  const auto s = load(static_cast<int>(state.range(0)));
  if (s.actors.empty()) {
    state.SkipWithError("cannot read the scenario (is ../shared there?)");
    return;
  }
  const auto forecast = state.range(1) == 0 ? lattice::bargain::compromise_forecaster()
                                            : lattice::bargain::bdm_forecaster({});
  lattice::bargain::SimulateOptions o;
  o.runs = kRuns;
  o.threads = static_cast<unsigned>(state.range(2));
  for (auto _ : state) {
    const auto r = lattice::bargain::simulate(s, forecast, o);
    benchmark::DoNotOptimize(r.dimensions.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kRuns));
  state.SetLabel(std::string(state.range(0) == 0 ? "ec_1994" : "dummyData_6Dim") + "/" +
                 (state.range(1) == 0 ? "compromise" : "bdm") + "/" +
                 std::to_string(state.range(2)) + " thread(s)");
}
BENCHMARK(BM_Simulate)
    ->ArgsProduct({{0, 1}, {0, 1}, {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
