// The Monte Carlo of `lattice bargain FILE --simulate N`: runs the simulation with a progress line
// on stderr when stderr is a terminal, and prints the summary per dimension as text or as JSON
// (keys in docs/cli.md). Used by cmd_bargain.cpp only.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "bargain/forecaster.h"
#include "bargain/scenario.h"
#include "bargain/simulate.h"
#include "cli/command.h"

namespace lattice::cli {

// The flags --simulate N, --perturb P, --seed S and --threads T as parsed (signed, so that a
// negative value gets a range error rather than a conversion error).
struct SimulationFlags {
  long long runs = 0;  // 0: no simulation
  double perturb = 0.1;
  unsigned long long seed = bargain::kDefaultSimulationSeed;
  long long threads = 0;  // 0: the hardware concurrency
};

// Adds the four flags to sub and resets f to its defaults. Out-of-range values are usage errors
// (exit 2) that say which values are allowed; --perturb, --seed and --threads need --simulate.
void add_simulation_options(CLI::App* sub, SimulationFlags& f);

// The JSON document of a simulation of `model` on s. It does not depend on the thread count.
nlohmann::json bargain_simulation_json(const bargain::Scenario& s, const std::string& model,
                                       const bargain::SimulationResult& r);
// The text report: a summary table and a histogram per dimension.
std::string bargain_simulation_text(const bargain::Scenario& s, const std::string& model,
                                    const bargain::SimulationResult& r);
// Runs the simulation of `model` (whose forecast function is f) and prints it to ctx.out.
void run_bargain_simulation(Context& ctx, const bargain::Scenario& s, const std::string& model,
                            const bargain::Forecaster& f, const SimulationFlags& flags, bool json);

}  // namespace lattice::cli
