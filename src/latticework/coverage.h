// Coverage of a set of actors on a date: for each domain, the frameworks in force that hold every
// one of the actors as a member and whose mandate includes the domain; domains with none are gaps.
// Plain values; safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "model/model.h"

namespace lattice::latticework {

struct DomainCoverage {
  model::Domain domain;
  std::vector<std::string> frameworks;  // ids, sorted
};

struct CoverageResult {
  core::Day day;
  std::vector<std::string> actors;             // as given (ids)
  std::vector<std::string> shared_frameworks;  // in force with all actors as members, sorted
  std::vector<DomainCoverage> domains;         // every domain of the vocabulary, in its order
  std::vector<model::Domain> gaps;             // domains no shared framework covers
};

// Membership counts as in networks.h (member or founding member, framework in force).
// O(frameworks in force · members).
CoverageResult coverage(const model::Model& m, core::Day day,
                        const std::vector<std::string>& actors);

}  // namespace lattice::latticework
