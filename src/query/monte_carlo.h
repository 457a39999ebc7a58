// The parameters every Monte Carlo shares (bargain --simulate, scenario --simulate): --seed and
// --threads, declared once here with one default and one range, so the two requests cannot drift
// apart. With core::Random's streams (core/random.h) a seed gives the same figures for any
// number of threads. A plain value.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <thread>

#include "core/random.h"
#include "query/env.h"
#include "query/param.h"

namespace lattice::query {

struct MonteCarloParams {
  std::optional<std::uint64_t> seed;  // absent: core::kDefaultSeed (or a scenario file's seed)
  std::optional<int> threads;         // absent: the hardware concurrency

  static constexpr int kMaxThreads = 1024;
  static_assert(core::kDefaultSeed == 1994, "the help below names the default seed");

  template <class V>
  void visit(V&& v) {
    v(seed, {.name = "seed",
             .help = "Monte Carlo: seed, a whole number 0 or more (default 1994); a seed gives "
                     "the same figures for any --threads"});
    v(threads, {.name = "threads",
                .help = "Monte Carlo: worker threads (default: the hardware concurrency)",
                .min = 1,
                .max = kMaxThreads,
                .what = "the number of threads"});
  }

  std::uint64_t seed_or(std::uint64_t fallback = core::kDefaultSeed) const {
    return seed.value_or(fallback);
  }
  unsigned thread_count() const {
    if (threads) return static_cast<unsigned>(*threads);
    return std::clamp(std::thread::hardware_concurrency(), 1u, unsigned{kMaxThreads});
  }
};

// A simulation's progress (runs done of total) as Env::progress shows it ("[201/1000] runs");
// empty when the front end watches nothing.
inline std::function<void(std::size_t, std::size_t)> runs_progress(const Env& env) {
  if (!env.progress) return {};
  return [progress = env.progress](std::size_t done, std::size_t total) {
    if (done < total) progress(done, total, "simulation runs");
  };
}

}  // namespace lattice::query
