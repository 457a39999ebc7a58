// Bloc totals: the members of a framework on a date (optionally with actors added or removed, to
// ask "what if X joined?"), their total of an indicator in a year and its share of the world
// aggregate. Pure functions of the model; they return results and never print.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "indicators/indicator_store.h"
#include "model/model.h"

namespace lattice::indicators {

struct BlocRequest {
  std::string framework;  // framework id
  std::string indicator;  // indicator id ("gdp", "population", "milex", ...)
  int year = 0;
  core::Day on;                     // the date membership is read on
  std::vector<std::string> add;     // actor ids counted as members too
  std::vector<std::string> remove;  // actor ids left out
};

// One member of the bloc and its value (nullopt when the data has none for that year).
struct BlocMember {
  std::string actor;
  std::string name;
  std::string role;     // the membership role ("founding_member", "signatory", ...); "" if added
  bool added = false;   // by --add, not a member on that date
  bool counted = true;  // false for non-states (the EU in the G20) and observers or partners
  std::optional<double> value;
  std::string dataset;        // where the value comes from
  double share_of_total = 0;  // percent of the bloc total (0 when missing)
};

// An actor-year the data lacks.
struct Missing {
  std::string actor;
  std::string indicator;
  int year = 0;
};

struct BlocResult {
  BlocRequest request;
  std::string unit;
  std::vector<BlocMember> members;   // by descending value, missing last
  std::vector<std::string> removed;  // ids left out by request.remove that were members
  double total = 0;                  // sum over counted members with a value
  bool partial = false;              // some counted member has no value: the total omits it
  std::vector<Missing> missing;
  std::optional<double> world;  // the world aggregate (actor "world"), when the data has it
  std::optional<double> share;  // total / world in percent, when world is known
  std::string world_dataset;
};

// Whether a member with this role and actor kind counts towards a bloc's totals: states that are
// founding members, members or signatories (observers and partners are listed, not counted).
bool counts_in_bloc(const model::Actor& a, model::Role role);

// Computes the bloc total. Unknown ids in add/remove are the caller's concern (resolve first).
// Members that do not count (counts_in_bloc) are listed with counted = false and excluded from
// the total. O(members x log(values)).
BlocResult bloc_total(const model::Model& m, const IndicatorStore& store, const BlocRequest& req);

}  // namespace lattice::indicators
