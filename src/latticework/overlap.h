// Overlap between the frameworks in force on a date: membership Jaccard and overlap coefficient,
// domain (mandate) similarity, directed overlap, the most redundant pairs and clusters of
// redundant frameworks. Formulas in docs/latticework.md. Plain values; safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "model/model.h"

namespace lattice::latticework {

struct FrameworkOverlap {
  std::string a, b;  // framework ids, a < b
  size_t members_a = 0, members_b = 0, shared = 0;
  std::vector<std::string> shared_members;  // actor ids, sorted
  double jaccard = 0;                       // |A ∩ B| / |A ∪ B| over members
  double overlap_coefficient = 0;           // |A ∩ B| / min(|A|, |B|)
  double domain_similarity = 0;             // Jaccard over the two frameworks' domains
  double directed_ab = 0;  // share of A's members in B × share of A's domains in B
  double directed_ba = 0;  // the same from B's side
  double redundancy = 0;   // jaccard × domain_similarity
  bool nested = false;     // one framework is the other's parent (a component)
};

struct OverlapOptions {
  size_t min_members = 2;        // frameworks with fewer counted members are left out
  double cluster_jaccard = 0.8;  // cluster link: jaccard ≥ this ...
  double cluster_domains = 0.5;  // ... and domain similarity ≥ this
  size_t top_min_members = 3;    // the "most redundant" list skips pairs of smaller frameworks
  size_t top = 10;               // length of the "most redundant" list
};

struct OverlapResult {
  core::Day day;
  std::vector<std::string> frameworks;  // compared frameworks (≥ min_members), sorted by id
  std::vector<FrameworkOverlap> pairs;  // every pair sharing at least one member, sorted a, b
  std::vector<size_t> most_redundant;   // indexes into pairs, most redundant first
  std::vector<std::vector<std::string>> clusters;  // components of ≥ 2 frameworks under the links
};

// O(F^2 · members) for F frameworks in force.
OverlapResult overlap(const model::Model& m, core::Day day, const OverlapOptions& options = {});

// The overlap measures of two member sets and two domain sets (helpers, exposed for tests).
double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b);
double overlap_coefficient(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace lattice::latticework
