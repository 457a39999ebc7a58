// The scenario section of the HTML report: for the illustrative events of the model's
// analysis.toml ([[illustration]]), the cascade of who is drawn in, drawn as
// inline SVG: actors as nodes coloured by side, arrows labelled with the round and the pledge.
// Events whose actors or places the model lacks are left out. Pure; safe from any thread.
#pragma once

#include <string>

#include "core/date.h"
#include "model/model.h"
#include "scenario/cascade.h"

namespace lattice::render {

// The SVG drawing of one cascade (no HTML around it).
std::string cascade_svg(const model::Model& m, const scenario::CascadeResult& c);

// An HTML <section> (no page wrapper) with the illustrative cascades as of day. Needs
// lattice_scenario.
std::string scenario_section(const model::Model& m, core::Day day);

}  // namespace lattice::render
