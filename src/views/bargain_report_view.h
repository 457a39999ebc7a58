// The report's bargaining section from query::bargain_examples: each example's forecasts under
// compromise, BDM and SMP as the section shows them (the positions round by round for the
// charts, a note per model), formatted by views::bargain_section. Formats only.
#pragma once

#include <string>
#include <vector>

#include "query/bargain_query.h"
#include "views/html_bargain.h"

namespace lattice::views {

// One case of the section per example, with its three forecasts.
views::BargainCase bargain_report_case(const query::BargainExampleResult& example);
// The section's HTML.
std::string bargain_report_section(const query::BargainExamplesResult& examples);

}  // namespace lattice::views
