// Portable seeded random numbers for the Monte Carlo: splitmix64 derives one seed per run from
// (seed, run index), std::mt19937_64 (whose output the standard fixes) draws the bits, and the
// uniform and normal transforms are our own, so a seed gives the same numbers with every compiler
// and standard library (the normal transform uses std::log and std::sqrt). A Random is not safe to
// share between threads: give each run its own.
#pragma once

#include <cstdint>
#include <random>

namespace lattice::bargain {

// The splitmix64 finaliser of state + (index + 1) * golden ratio: the index-th output of a
// splitmix64 sequence started at `state`. Used to give every run an independent seed.
std::uint64_t splitmix64(std::uint64_t state, std::uint64_t index);

class Random {
 public:
  explicit Random(std::uint64_t seed) : engine_(seed) {}
  // The generator of run `run` of a simulation seeded with `seed`.
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

}  // namespace lattice::bargain
