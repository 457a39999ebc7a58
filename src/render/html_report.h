// The self-contained HTML report of a model (`lattice report`, `make demo`): actors, frameworks
// with their members on a date, commitments, documents and their recommendations and claims
// linked to their byte spans. All model text is escaped. Pure: returns the page.
#pragma once

#include <string>

#include "core/date.h"
#include "model/model.h"

namespace lattice::render {

// Builds the page. Document excerpts are shown when the documents' files are found.
std::string html_report(const model::Model& m, core::Day on);

}  // namespace lattice::render
