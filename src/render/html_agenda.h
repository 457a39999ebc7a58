// The agenda section of the HTML report: each item with its label, status, a timeline bar from
// its first to its last year (inline SVG), its organisations and recommendations; then the
// document-by-document agreement table. Self-contained HTML, all text escaped. Pure: returns
// the section; uses only the agenda's plain values (computed by lattice_agenda).
#pragma once

#include <string>
#include <vector>

#include "agenda/agenda.h"
#include "agenda/agreement.h"
#include "model/model.h"

namespace lattice::render {

// The section (an <h2 id="agenda"> and what follows). note is shown under the heading (where
// the recommendations came from). Items of fewer than min_size recommendations are listed in
// one line each at the end.
std::string html_agenda(const agenda::Agenda& a, const agenda::AgreementTable& table,
                        const model::Model& m, const std::string& note, size_t min_size = 2);

}  // namespace lattice::render
