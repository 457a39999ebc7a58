// How binding a framework is, as the weight its shared membership adds to a pair of actors in the
// actor projection. Derived from the framework's kind and its commitments in force on the date;
// the table is documented in docs/latticework.md. Pure; safe from any thread.
#pragma once

#include <string>

#include "core/date.h"
#include "model/model.h"

namespace lattice::latticework {

struct Bindingness {
  double weight = 0;  // 3, 2, 1, 0.5 or 0 (binds no two states together)
  std::string rule;   // which row of the table applied ("defense commitment")
};

// The weight of framework f on day. Rules, first match wins:
//   domestic_law, constitutional_provision           -> 0   (a state's own instrument)
//   alliance, defense_treaty, or any defense pledge  -> 3
//   any other commitment in force                    -> 2
//   treaty, agreement, SOFA, host-nation support, defense guidelines, trade agreement,
//   intelligence network, arms control, armistice, regional organisation -> 2
//   dialogue, policy_vision                          -> 0.5
//   everything else (minilaterals, trilaterals, forums, organisations, initiatives) -> 1
// O(commitments of f).
Bindingness bindingness(const model::Model& m, const model::Framework& f, core::Day day);

}  // namespace lattice::latticework
