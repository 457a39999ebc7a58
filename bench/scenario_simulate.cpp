// Benchmark: the Monte Carlo of `lattice scenario --simulate` on the embedded model, in runs per
// second, with 1 and 2 threads. Two events: North Korea attacks South Korea (one pledge decides
// the outcome) and a hypothetical Australian attack on China's territory with conditional pledges
// included (two rounds: the DPRK joins China, ANZUS stays out as Australia started it).
#include <benchmark/benchmark.h>

#include "model/loader.h"
#include "scenario/simulate.h"

namespace {

const lattice::model::Model& model() {
  static const auto r = lattice::model::load_model(lattice::model::embedded_model());
  return *r.model;
}

lattice::scenario::Event event(const char* by, const char* against) {
  lattice::scenario::Event e;
  e.by = by;
  e.against = against;
  e.day = lattice::core::Date::parse("2025-06-01")->first_day();
  return e;
}

void run(benchmark::State& state, const lattice::scenario::Event& e, bool conditional) {
  lattice::scenario::SimulationOptions o;
  o.runs = 20000;
  o.seed = 1;
  o.threads = static_cast<unsigned>(state.range(0));
  o.cascade.include_conditional = conditional;
  for (auto _ : state) {
    auto r = lattice::scenario::simulate(model(), e, o);
    benchmark::DoNotOptimize(r);
  }
  state.counters["runs_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * o.runs), benchmark::Counter::kIsRate);
}

void BM_SimulateDprkOnRok(benchmark::State& state) {
  run(state, event("prk", "kor"), false);
}
BENCHMARK(BM_SimulateDprkOnRok)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SimulateAustraliaOnChina(benchmark::State& state) {
  run(state, event("aus", "chn"), true);
}
BENCHMARK(BM_SimulateAustraliaOnChina)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
