// The networks of a model on a date: the two-mode actor-framework network of memberships, and its
// actor projection weighted by how binding the shared frameworks are. Plain values; safe to share
// between threads once built.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "model/model.h"

namespace lattice::latticework {

// An undirected weighted edge between node indexes a < b.
struct WeightedEdge {
  int a = 0, b = 0;
  double weight = 0;
};

// An undirected weighted graph over named nodes (ids); no loops, no parallel edges.
struct WeightedGraph {
  std::vector<std::string> nodes;
  std::vector<WeightedEdge> edges;
  // Index of id in nodes, or -1. O(n).
  int index_of(const std::string& id) const;
};

// A framework in force on the date with its members.
struct ActiveFramework {
  const model::Framework* framework = nullptr;
  double weight = 0;
  std::string weight_rule;
  std::vector<std::string> members;  // actor ids, sorted
  // A global body: kind international_organisation or financial_institution, or near-universal
  // membership: at least kUniversalShare of the states of the two-mode network and at least
  // kUniversalMinStates states (set by two_mode_network).
  bool global = false;
};

// Share of the network's states above which a framework counts as near-universal (global).
inline constexpr double kUniversalShare = 0.75;
inline constexpr size_t kUniversalMinStates = 20;

// True when framework f is in force on day: from in_force (or signed when in_force is unknown;
// always when neither is known) until ended (exclusive).
bool framework_in_force(const model::Framework& f, core::Day day);
// True when a membership counts: it holds on day and its role is founding_member or member
// (signatories, observers, partners, suspended and withdrawn periods do not count).
bool counts_as_member(const model::Membership& ms, core::Day day);

// Every framework in force on day with at least one counted member, sorted by id.
// O(frameworks + memberships + commitments).
std::vector<ActiveFramework> active_frameworks(const model::Model& m, core::Day day);

// The two-mode network: actors (with at least one counted membership) and frameworks in force.
struct TwoModeNetwork {
  core::Day day;
  std::vector<const model::Actor*> actors;  // sorted by id
  std::vector<ActiveFramework> frameworks;  // sorted by id
  struct Tie {
    int actor = 0, framework = 0;  // indexes into actors and frameworks
  };
  std::vector<Tie> ties;
};
TwoModeNetwork two_mode_network(const model::Model& m, core::Day day);

// The actor projection: nodes are the two-mode network's actors that share at least one framework
// of positive weight with another actor (same order); an edge joins two such actors, its weight
// the sum of the weights of the frameworks they share. The other actors are listed as isolated.
struct Projection {
  WeightedGraph graph;
  std::vector<std::vector<std::string>> shared;  // per edge: the framework ids, sorted
  std::vector<std::string> isolated;             // actors of the network with no tie
};
// Global bodies bind nearly every pair alike and would make the projection complete; they are left
// out unless include_global.
struct ProjectionOptions {
  bool include_global = false;
};
Projection project(const TwoModeNetwork& net, const ProjectionOptions& options = {});

}  // namespace lattice::latticework
