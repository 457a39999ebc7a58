// Building the alliance network of a year from the ties and the state system.
#include "alliances/year_network.h"

#include <algorithm>

namespace lattice::alliances {

int YearNetwork::index_of(int ccode) const {
  auto it = std::lower_bound(ccodes.begin(), ccodes.end(), ccode);
  return it != ccodes.end() && *it == ccode ? static_cast<int>(it - ccodes.begin()) : -1;
}

int YearNetwork::code_between(int u, int v) const {
  if (u > v) std::swap(u, v);
  auto it = std::lower_bound(
      edges.begin(), edges.end(), Edge{u, v, 0},
      [](const Edge& x, const Edge& y) { return x.u != y.u ? x.u < y.u : x.v < y.v; });
  return it != edges.end() && it->u == u && it->v == v ? it->code : 0;
}

YearNetwork year_network(const AllianceData& data, const StateSystem& system, int year) {
  YearNetwork net;
  net.year = year;
  net.source = data.source();
  if (!data.has_year(year)) return net;
  net.ccodes = system.members(year);
  if (data.source() == Source::kCow) {
    const auto& in_file = data.states();
    std::erase_if(net.ccodes,
                  [&](int c) { return !std::binary_search(in_file.begin(), in_file.end(), c); });
  }
  for (const Tie& t : data.ties(year)) {
    int u = net.index_of(t.a), v = net.index_of(t.b);
    if (u < 0 || v < 0) {
      ++net.ties_outside_system;
      continue;
    }
    net.edges.push_back({u, v, t.code});  // ties are sorted by (a, b), so edges by (u, v)
  }
  return net;
}

}  // namespace lattice::alliances
