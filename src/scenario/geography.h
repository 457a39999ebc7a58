// Where an event happens, as the commitments' "where" conditions need it: who administers, claims
// or holds sovereignty over a place on a date, and which places it lies within. A place is either
// a [[place]] of the model or a state's id (its metropolitan territory). Answers are yes, no or
// unknown (the model records nothing that decides it), each with a reason in plain words.
#pragma once

#include <string>
#include <string_view>

#include "core/date.h"
#include "model/model.h"

namespace lattice::scenario {

enum class Truth { kYes, kNo, kUnknown };

struct Fact {
  Truth truth = Truth::kUnknown;
  std::string why;  // plain words, for the reason of a finding
};

// The display name of a place or actor id.
std::string place_name(const model::Model& m, std::string_view place);
// Whether actor administers place on day (administration periods, inherited from the places it
// lies within; a state administers its own territory; the sovereign when nothing else is said).
Fact administered_by(const model::Model& m, std::string_view place, std::string_view actor,
                     core::Day day);
// Whether actor claims place on day (claims periods of the place itself).
Fact claimed_by(const model::Model& m, std::string_view place, std::string_view actor,
                core::Day day);
// Whether place is sovereign territory of actor (a state's own id, or a recorded sovereign).
Fact sovereign_of(const model::Model& m, std::string_view place, std::string_view actor);
// Whether place lies within container (itself, part_of transitively, and for states the treaty
// areas of the model's analysis.toml: the states inside an area, the places outside it, and
// whether other states are outside or unknown; docs/scenarios.md).
Fact within(const model::Model& m, std::string_view place, std::string_view container);

}  // namespace lattice::scenario
