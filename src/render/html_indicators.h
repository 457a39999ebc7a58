// The report's indicators section: defense spending (current USD) and its share of GDP over time
// for the actors the model's analysis.toml names ([[chart_actor]], with the heading and lead of
// its [report]), drawn as inline SVG line charts. Reads the model's series directly. Pure; safe
// from any thread.
#pragma once

#include <string>

#include "model/model.h"

namespace lattice::render {

// An HTML <section id="indicators"> with two SVG charts and a table of the latest values, or a
// short note when the model has no milex series. Every figure names its data set.
std::string indicators_section(const model::Model& m);

}  // namespace lattice::render
