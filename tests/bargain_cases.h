// For the bargaining tests: scenarios read from ../shared/bargaining at test time (the 1994 EC
// car-emissions case and KTAB's example files), with a test failure if they do not parse.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "bargain/scenario.h"
#include "test_support.h"

namespace lattice::testing {

// A scenario file under ../shared/bargaining, e.g. "ktab/dummyData_6Dim.csv".
inline bargain::Scenario shared_bargain_scenario(const std::string& relative) {
  core::Diagnostics d;
  bargain::Scenario s = bargain::load_scenario(shared_dir() + "/bargaining/" + relative, d);
  EXPECT_FALSE(d.has_errors()) << relative;
  return s;
}

// The 1994 EC car-emissions case (Bueno de Mesquita 1994; Scholz, Calbert and Smith 2011).
inline bargain::Scenario ec_emissions_1994() {
  return shared_bargain_scenario("ec_emissions_1994.csv");
}

}  // namespace lattice::testing
