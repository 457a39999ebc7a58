// Monte Carlo over perturbed inputs: runs a model's forecaster on N randomly perturbed copies of a
// scenario (see perturb.h for the perturbation) and summarises the forecasts per dimension (mean,
// sd, quantiles, a histogram) next to the unperturbed forecast. Reproducible: run k draws from
// its own stream core::Random::for_run(seed, k) and its forecast is stored at index k, so the
// result depends on the seed, never on the number of threads. simulate() is safe to call
// from several threads; the forecaster must be safe to call concurrently.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "bargain/forecaster.h"
#include "bargain/scenario.h"
#include "core/random.h"

namespace lattice::bargain {

inline constexpr std::array<double, 5> kQuantileLevels = {0.05, 0.25, 0.5, 0.75, 0.95};

struct SimulateOptions {
  std::size_t runs = 1000;
  double perturb = 0.1;  // the strength P of perturb_scenario, >= 0
  std::uint64_t seed = core::kDefaultSeed;
  unsigned threads = 0;   // 0: std::thread::hardware_concurrency() (at least 1)
  std::size_t bins = 10;  // histogram bins per dimension, >= 1
  // Called on the calling thread, about ten times a second and once at the end, with the number
  // of runs done and the total. May be empty.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

struct SimulatedDimension {
  std::string name;
  double baseline = 0;  // the forecast of the unperturbed scenario
  double mean = 0;
  double sd = 0;                      // sample standard deviation (0 for one run)
  std::array<double, 5> quantiles{};  // at kQuantileLevels, linear interpolation (R's type 7)
  double lo = 0, hi = 0;              // histogram range: the dimension's range of positions
  // counts[b] is the number of forecasts in [lo + b w, lo + (b + 1) w), w = (hi - lo) / bins;
  // the last bin includes hi; forecasts outside [lo, hi] count in the nearest end bin.
  std::vector<std::size_t> counts;
};

struct SimulationResult {
  std::size_t runs = 0;
  double perturb = 0;
  std::uint64_t seed = 0;
  unsigned threads = 0;  // threads used (min(requested, runs))
  std::vector<SimulatedDimension> dimensions;
  std::vector<std::vector<double>> forecasts;  // forecasts[run][dimension]
};

// The quantile at level in [0, 1] of sorted values, interpolating linearly between order
// statistics (R's type 7); 0 for no values.
double quantile_sorted(const std::vector<double>& sorted, double level);

// Runs the simulation. Throws std::invalid_argument when runs or bins is 0, perturb is negative
// or not finite, or the forecaster returns the wrong number of values; rethrows the first
// (lowest run index) exception a forecaster throws.
SimulationResult simulate(const Scenario& s, const Forecaster& forecast, const SimulateOptions& o);

}  // namespace lattice::bargain
