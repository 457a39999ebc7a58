// The latticework section of the HTML report: a drawing of the weighted actor projection (inline
// SVG, igraph Fruchterman-Reingold layout), a heatmap of membership overlap between frameworks and
// the coverage matrix (domains × frameworks) of the United States and Japan. Not safe to call from
// two threads at once (igraph's random generator).
#pragma once

#include <string>

#include "core/date.h"
#include "model/model.h"

namespace lattice::render {

// An HTML <section> (no page wrapper) for the model as of day. Needs lattice_latticework.
std::string latticework_section(const model::Model& m, core::Day day);

}  // namespace lattice::render
