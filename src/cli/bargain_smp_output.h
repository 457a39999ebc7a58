// Output of `lattice bargain FILE --model smp`: the spatial model's forecast per dimension, the
// positions after every turn and what explains each turn (risk attitudes, challenges, bargains
// taken), as text or as JSON (keys in docs/cli.md). Used by cmd_bargain.cpp only.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "bargain/scenario.h"
#include "bargain/smp.h"

namespace lattice::cli {

// The JSON document of an SMP run (without the scenario, which the caller adds).
nlohmann::json smp_json(const bargain::Scenario& s, const bargain::SmpResult& r);
// The text report of an SMP run.
void print_smp(std::ostream& out, const bargain::Scenario& s, const bargain::SmpResult& r);

}  // namespace lattice::cli
