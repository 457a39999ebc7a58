// Monte Carlo over perturbed inputs, one generator per run, results aggregated in run order.
#include "bargain/simulate.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "bargain/perturb.h"

namespace lattice::bargain {

double quantile_sorted(const std::vector<double>& sorted, double level) {
  if (sorted.empty()) return 0;
  const double h = (static_cast<double>(sorted.size()) - 1) * std::clamp(level, 0.0, 1.0);
  const auto lower = static_cast<std::size_t>(std::floor(h));
  const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
  return sorted[lower] + (h - static_cast<double>(lower)) * (sorted[upper] - sorted[lower]);
}

namespace {

std::vector<double> checked(std::vector<double> v, std::size_t dims) {
  if (v.size() != dims)
    throw std::invalid_argument(std::string("simulate: the forecaster returned ")
                                    .append(std::to_string(v.size()))
                                    .append(" values for ")
                                    .append(std::to_string(dims))
                                    .append(" dimensions"));
  return v;
}

SimulatedDimension summarise(const std::string& name, double baseline,
                             const std::vector<double>& values, double lo, double hi,
                             std::size_t bins) {
  SimulatedDimension d;
  d.name = name;
  d.baseline = baseline;
  // Welford's running mean and sum of squares: stable, and exact when all values are equal.
  double mean = 0, m2 = 0, k = 0;
  for (double v : values) {
    k += 1;
    const double delta = v - mean;
    mean += delta / k;
    m2 += delta * (v - mean);
  }
  d.mean = mean;
  d.sd = values.size() > 1 ? std::sqrt(m2 / (k - 1)) : 0;
  std::vector<double> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t q = 0; q < kQuantileLevels.size(); ++q)
    d.quantiles[q] = quantile_sorted(sorted, kQuantileLevels[q]);
  d.lo = lo;
  d.hi = hi;
  d.counts.assign(bins, 0);
  const double width = (hi - lo) / static_cast<double>(bins);
  for (double v : values) {
    std::size_t b = 0;
    if (width > 0 && v > lo) b = std::min(static_cast<std::size_t>((v - lo) / width), bins - 1);
    ++d.counts[b];
  }
  return d;
}

}  // namespace

SimulationResult simulate(const Scenario& s, const Forecaster& forecast, const SimulateOptions& o) {
  if (o.runs == 0) throw std::invalid_argument("simulate: runs must be at least 1");
  if (o.bins == 0) throw std::invalid_argument("simulate: bins must be at least 1");
  if (!(o.perturb >= 0) || !std::isfinite(o.perturb))
    throw std::invalid_argument("simulate: perturb must be a finite number >= 0");
  const std::size_t dims = s.dimensions.size();
  const auto ranges = position_ranges(s);
  const std::vector<double> baseline = checked(forecast(s), dims);

  unsigned threads = o.threads > 0 ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, o.runs));

  SimulationResult r;
  r.runs = o.runs;
  r.perturb = o.perturb;
  r.seed = o.seed;
  r.threads = threads;
  r.forecasts.assign(o.runs, {});
  std::vector<std::exception_ptr> errors(o.runs);

  std::atomic<std::size_t> next{0}, done{0};
  std::mutex mu;
  std::condition_variable cv;
  auto work = [&]() {
    for (std::size_t k = next++; k < o.runs; k = next++) {
      try {
        core::Random rng = core::Random::for_run(o.seed, k);
        r.forecasts[k] = checked(forecast(perturb_scenario(s, ranges, o.perturb, rng)), dims);
      } catch (...) {
        errors[k] = std::current_exception();
      }
      if (++done == o.runs) {
        std::lock_guard<std::mutex> lock(mu);
        cv.notify_all();
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
  if (o.progress) {
    std::unique_lock<std::mutex> lock(mu);
    while (!cv.wait_for(lock, std::chrono::milliseconds(100), [&] { return done == o.runs; }))
      o.progress(done.load(), o.runs);
  }
  for (auto& t : pool) t.join();
  if (o.progress) o.progress(o.runs, o.runs);
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);

  std::vector<double> values(o.runs);
  for (std::size_t d = 0; d < dims; ++d) {
    for (std::size_t k = 0; k < o.runs; ++k) values[k] = r.forecasts[k][d];
    r.dimensions.push_back(
        summarise(s.dimensions[d], baseline[d], values, ranges[d].first, ranges[d].second, o.bins));
  }
  return r;
}

}  // namespace lattice::bargain
