// The claim-check section of the HTML report: for each document of the model whose file can be
// found, a table of its quantitative claims with their interpretation, verdict, actual figure
// and the data used (docs/claimcheck.md). Self-contained HTML, all text escaped. Reads the
// documents' files; returns the section (an <h2 id="claims"> and what follows).
#pragma once

#include <string>

#include "model/model.h"

namespace lattice::render {

std::string claimcheck_section(const model::Model& m);

}  // namespace lattice::render
