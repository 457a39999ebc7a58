// The scenario section of the HTML report: for the illustrative events of the model's
// analysis.toml ([[illustration]]), the cascade of who is drawn in, drawn as
// inline SVG: actors as nodes coloured by side, arrows labelled with the round and the pledge.
// It only formats: the caller runs the cascades (query::illustrative_cascade) and hands them in;
// events whose actors or places the model lacks are left out by the caller. Pure; safe from any
// thread.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "model/model.h"
#include "scenario/cascade.h"

namespace lattice::views {

// The SVG drawing of one cascade (no HTML around it).
std::string cascade_svg(const model::Model& m, const scenario::CascadeResult& c);

// A cascade of one illustrative event, as the caller ran it.
struct CascadeIllustration {
  std::string caption;
  scenario::CascadeResult cascade;
};

// An HTML <section> (no page wrapper) with the illustrative cascades as of day (the model names
// the actors).
std::string scenario_section(const model::Model& m, core::Day day,
                             const std::vector<CascadeIllustration>& shown);

}  // namespace lattice::views
