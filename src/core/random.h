// The one random number design of every Monte Carlo (bargain --simulate, scenario --simulate) and
// of every other seeded draw: one generator, std::mt19937_64 (whose output the standard fixes),
// and one way of deriving the stream of draw k (a run of a simulation) from the seed: the
// generator seeded with splitmix64(seed, k). The uniform and normal transforms are our own, so a
// seed gives the same numbers with every compiler and standard library (the normal transform uses
// std::log and std::sqrt). A simulation that gives each run the stream Random::for_run(seed, run)
// and combines the runs' results in run order gives the same result for any number of threads.
// A Random is not safe to share between threads: give each run its own.
#pragma once

#include <cstdint>
#include <random>

namespace lattice::core {

// The seed of every Monte Carlo when none is given (--seed; a scenario file's `seed`).
inline constexpr std::uint64_t kDefaultSeed = 1994;

// The splitmix64 finaliser of state + (index + 1) * golden ratio: the index-th output of a
// splitmix64 sequence started at `state`. Gives every run an independent seed.
std::uint64_t splitmix64(std::uint64_t state, std::uint64_t index);

class Random {
 public:
  explicit Random(std::uint64_t seed) : engine_(seed) {}
  // The stream of run (or draw) `run` of a simulation seeded with `seed`.
  static Random for_run(std::uint64_t seed, std::uint64_t run) {
    return Random(splitmix64(seed, run));
  }
  // Uniform on [0, 1) with 53 random bits.
  double uniform();
  // Standard normal (mean 0, sd 1), Marsaglia's polar method.
  double normal();

 private:
  std::mt19937_64 engine_;
  bool has_spare_ = false;
  double spare_ = 0;
};

}  // namespace lattice::core
