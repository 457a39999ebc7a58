// Benchmark: loading and validating the embedded model (parse every TOML and CSV file, check
// every reference, read the documents to check spans), and the members query on it.
#include <benchmark/benchmark.h>

#include "core/date.h"
#include "model/loader.h"
#include "model/queries.h"

namespace {

void BM_LoadEmbeddedModel(benchmark::State& state) {
  const lattice::model::ModelFiles files = lattice::model::embedded_model();
  size_t bytes = 0;
  for (const auto& f : files.files) bytes += f.content.size();
  for (auto _ : state) {
    auto r = lattice::model::load_model(files);
    if (!r.model) state.SkipWithError("embedded model has errors");
    benchmark::DoNotOptimize(r.model);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_LoadEmbeddedModel)->Unit(benchmark::kMillisecond);

void BM_MembersOnDate(benchmark::State& state) {
  auto r = lattice::model::load_model(lattice::model::embedded_model());
  const auto day = lattice::core::Date::parse("2024-06-01")->first_day();
  for (auto _ : state) {
    size_t n = 0;
    for (const auto& f : r.model->frameworks())
      n += lattice::model::members_on(*r.model, f.id, day).size();
    benchmark::DoNotOptimize(n);
  }
}
BENCHMARK(BM_MembersOnDate)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
