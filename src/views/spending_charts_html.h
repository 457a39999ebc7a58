// The report's indicators section: defense spending (current USD) and its share of GDP over time
// for the actors of a SpendingChartsResult (the report asks for the U.S.-Japan alliance's members
// and the other U.S. treaty allies in the region), drawn as inline SVG line charts with a table of
// the latest values. Formats the query's result; computes nothing. Pure; safe from any thread.
#pragma once

#include <string>

#include "query/indicator_queries.h"

namespace lattice::views {

// An HTML <section id="indicators"> with two SVG charts and a table of the latest values, or a
// short note when the model has no milex series. Every figure names its data set. Lines take the
// colours of a fixed palette in the order of the result's lines.
std::string spending_charts_section(const query::SpendingChartsResult& r);

}  // namespace lattice::views
