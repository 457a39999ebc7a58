// Monte Carlo over cascades: each run decides, pledge by pledge and round by round, whether a
// pledge that applies is honoured, with the pledge's credibility as the probability. The result is
// the distribution of coalition sizes, how often each actor is drawn in (and on which side) and
// the most frequent escalation paths. Reproducible for a seed whatever the thread count: run i
// draws from its own stream core::Random::for_run(seed, i), and the counts are merged.
// Rules and defaults are in docs/scenarios.md ("Credibility", "Simulation"). Never prints.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/random.h"
#include "model/model.h"
#include "scenario/cascade.h"

namespace lattice::scenario {

struct SimulationOptions {
  CascadeOptions cascade;
  size_t runs = 1000;
  uint64_t seed = core::kDefaultSeed;
  unsigned threads = 1;  // 0 is taken as 1
  // A conditional finding is honoured with probability credibility x conditional_factor (only
  // when cascade.include_conditional; otherwise conditional pledges never draw a party in).
  double conditional_factor = 0.5;
  std::map<std::string, double> credibility;  // commitment id -> probability, overriding the model
  // Called with (runs done, runs in all) now and then, from one worker thread at a time.
  std::function<void(size_t, size_t)> progress;
};

// How often one actor ended up drawn in, by side (counts of runs).
struct Involvement {
  std::string actor;
  size_t attacker = 0, defender = 0;
};

struct PathCount {
  std::string path;  // joiners in order, "usa -> chn, rus": rounds split by " -> "
  size_t runs = 0;
};

struct SimulationResult {
  size_t runs = 0;
  uint64_t seed = 0;
  // Index k: the number of runs in which the side had k members (the original parties included).
  std::vector<size_t> attacker_sizes, defender_sizes;
  std::vector<Involvement> actors;  // most often involved first, then by id
  std::vector<PathCount> paths;     // the 10 most frequent, then by path
  size_t distinct_paths = 0;
  size_t stopped_at_max_rounds = 0;  // runs cut off by cascade.max_rounds
};

// The path string of a cascade's joiners ("(no one joins)" when nobody does).
std::string escalation_path(const CascadeResult& c);

// The default credibility of a commitment type (documented in docs/scenarios.md).
double default_credibility(model::CommitmentType type);
// The credibility of commitment c: the override, else the model's value, else the default.
double credibility_of(const model::Commitment& c, const std::map<std::string, double>& overrides);

// runs cascades of event e (which must pass check_event). Cost: runs x one cascade, the events'
// evaluations cached per thread.
SimulationResult simulate(const model::Model& m, const Event& e, const SimulationOptions& options);

}  // namespace lattice::scenario
