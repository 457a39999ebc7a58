// Domain-by-framework coverage of a set of actors, and the domains where they share nothing.
#include "latticework/coverage.h"

#include <algorithm>

#include "latticework/networks.h"

namespace lattice::latticework {

CoverageResult coverage(const model::Model& m, core::Day day,
                        const std::vector<std::string>& actors) {
  CoverageResult r;
  r.day = day;
  r.actors = actors;
  std::vector<const model::Framework*> shared;
  for (const auto& af : active_frameworks(m, day)) {
    bool all = !actors.empty();
    for (const auto& a : actors)
      all = all && std::binary_search(af.members.begin(), af.members.end(), a);
    if (all) {
      shared.push_back(af.framework);
      r.shared_frameworks.push_back(af.framework->id);
    }
  }
  const auto domain_names = model::names_of<model::Domain>();
  for (size_t d = 0; d < domain_names.size(); ++d) {
    DomainCoverage dc{static_cast<model::Domain>(d), {}};
    for (const auto* f : shared)
      if (std::find(f->domains.begin(), f->domains.end(), dc.domain) != f->domains.end())
        dc.frameworks.push_back(f->id);
    if (dc.frameworks.empty()) r.gaps.push_back(dc.domain);
    r.domains.push_back(std::move(dc));
  }
  return r;
}

}  // namespace lattice::latticework
