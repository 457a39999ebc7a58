// Benchmark: the spatial model of politics (KTAB's defaults) on KTAB's five example files, from
// loading the CSV to the final positions. Baseline: KTAB's smpc on the same files (timings stated
// in docs/benchmarks.md; KTAB itself is not installable here). The files are read from
// $LATTICE_SHARED_DIR/bargaining/ktab, by default ../shared next to the source tree.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "bargain/scenario.h"
#include "bargain/smp.h"

namespace {

std::string ktab_file(const char* name) {
  const char* env = std::getenv("LATTICE_SHARED_DIR");
  return std::string(env ? env : LATTICE_SHARED_DIR) + "/bargaining/ktab/" + name;
}

void BM_Smp(benchmark::State& state, const char* name) {
  lattice::core::Diagnostics diags;
  const auto scenario = lattice::bargain::load_scenario(ktab_file(name), diags);
  if (diags.has_errors()) {
    state.SkipWithError("cannot read the KTAB file (set LATTICE_SHARED_DIR)");
    return;
  }
  size_t turns = 0;
  for (auto _ : state) {
    const auto r = lattice::bargain::smp(scenario);
    turns = r.turns.size();
    benchmark::DoNotOptimize(r.final_positions.data());
  }
  state.counters["actors"] = static_cast<double>(scenario.actors.size());
  state.counters["dims"] = static_cast<double>(scenario.dimensions.size());
  state.counters["turns"] = static_cast<double>(turns);
}
BENCHMARK_CAPTURE(BM_Smp, dummyData_3Dim, "dummyData_3Dim.csv")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Smp, SOE_Pol_Comp, "SOE-Pol-Comp.csv")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Smp, dummyData_6Dim, "dummyData_6Dim.csv")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Smp, dummyData_a040, "dummyData-a040.csv")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Smp, dummyData_a080, "dummyData-a080.csv")->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
