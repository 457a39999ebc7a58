// Fuzz target: the readers of the alliance data folder (`--data`: ATOP and COW dyad-years, the COW
// state system, CINC scores and the ISO3/COW crosswalk) on arbitrary bytes, then what the alliance
// commands build from them. The input is split at NUL bytes into the dyad-year file (read as ATOP
// and as COW), the state list, the capabilities and the crosswalk. Nothing may crash or hang, and
// every network must be well formed.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "alliances/alliance_data.h"
#include "alliances/capabilities.h"
#include "alliances/graphml.h"
#include "alliances/network_metrics.h"
#include "alliances/similarity.h"
#include "alliances/state_names.h"
#include "alliances/state_system.h"
#include "alliances/year_network.h"

namespace {

using namespace lattice::alliances;

void run_year(const AllianceData& data, const StateSystem& system, const Capabilities& caps,
              const StateNames& names, int year) {
  const YearNetwork net = year_network(data, system, year);
  const int n = static_cast<int>(net.ccodes.size());
  for (const Edge& e : net.edges)
    if (e.u < 0 || e.u >= e.v || e.v >= n || e.code < 1 || e.code > kMaxCode) std::abort();
  if (n > 60) return;  // keep each input fast: the measures below are O(n^3)
  const NetworkMetrics m = network_metrics(net);
  if (m.nodes != n || !std::isfinite(m.density)) std::abort();
  const Portfolios p = portfolios(net, &caps);
  if (n >= 2) (void)similarity(p, 0, static_cast<size_t>(n - 1));
  (void)s_matrix(p, true);
  (void)to_graphml(net, names, &caps);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> parts;
  size_t pos = 0;
  while (parts.size() < 3) {
    const size_t nul = input.find('\0', pos);
    if (nul == std::string_view::npos) break;
    parts.push_back(input.substr(pos, nul - pos));
    pos = nul + 1;
  }
  parts.push_back(input.substr(std::min(pos, input.size())));
  parts.resize(4);

  lattice::core::Diagnostics diags;
  auto atop = parse_alliance_data(Source::kAtop, parts[0], "atop.csv", diags);
  auto cow = parse_alliance_data(Source::kCow, parts[0], "cow.csv", diags);
  auto system = parse_state_system(parts[1], "states.csv", diags);
  auto caps = parse_capabilities(parts[2], "nmc.csv", diags);
  auto crosswalk = parse_crosswalk(parts[3], "crosswalk.csv", diags);
  if (!system || !caps || !crosswalk) return 0;
  const StateNames names(*system, *crosswalk);
  std::string error;
  for (const char* typed : {"usa", "Japan", "740", "ROK", "", "Meloka"})
    (void)names.resolve(typed, &error);
  for (const auto* alliances : {&atop, &cow}) {
    if (!*alliances) continue;
    const AllianceData& a = **alliances;
    const int first = std::max(a.first_year(), system->first_year()), last = a.last_year();
    if (first > last) continue;
    for (int year : {first, first + (last - first) / 2, last})
      run_year(a, *system, *caps, names, year);
  }
  return 0;
}
