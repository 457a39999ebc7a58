// Fuzz target: bargaining scenario files (KTAB and simple CSV) on arbitrary bytes, and the three
// models on every file that parses: parsing and modelling must never crash, hang or produce
// non-finite forecasts.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "bargain/bdm.h"
#include "bargain/compromise.h"
#include "bargain/scenario.h"
#include "bargain/smp.h"

namespace {

void require_finite(const std::vector<double>& xs) {
  for (double x : xs)
    if (!std::isfinite(x)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lattice::bargain;
  lattice::core::Diagnostics diags;
  const Scenario s = parse_scenario(std::string_view(reinterpret_cast<const char*>(data), size),
                                    "fuzz.csv", diags);
  if (diags.has_errors()) {
    if (!s.actors.empty()) std::abort();  // a file with errors yields no actors
    return 0;
  }
  // Keep each input fast: the models are O(n^3) per round.
  if (s.actors.size() > 12 || s.dimensions.size() > 4) return 0;
  for (const auto& d : compromise(s).dimensions) require_finite({d.mean, d.median});
  BdmOptions bo;
  bo.max_rounds = 5;
  for (const auto& d : bdm(s, bo).dimensions) require_finite({d.forecast});
  SmpOptions so;
  so.max_turns = 5;
  require_finite(smp(s, so).forecast);
  return 0;
}
