// The self-contained HTML report of a model (`lattice report`, `make demo`): actors, frameworks
// with their members on a date, commitments, documents and their recommendations and claims
// linked to their byte spans. All model text is escaped. Pure: returns the page.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "model/model.h"

namespace lattice::views {

// A section computed elsewhere (e.g. the agenda), appended to the page and linked from its nav.
struct ReportSection {
  std::string id;     // the anchor its HTML opens with (<h2 id="...">)
  std::string title;  // nav text
  std::string html;
};

// Builds the page. Document excerpts are shown when the documents' files are found.
std::string html_report(const model::Model& m, core::Day on);
// The same with extra sections after the model's own.
std::string html_report(const model::Model& m, core::Day on,
                        const std::vector<ReportSection>& extra);

}  // namespace lattice::views
