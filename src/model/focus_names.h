// The focus pair of a model (analysis.toml [focus]) in words, for report prose: the pair as an
// adjective ("U.S.-Japan") and each ally's name in running text ("the United States"), with the
// actors' display names as defaults. Pure; safe from any thread.
#pragma once

#include <string>

#include "model/model.h"

namespace lattice::model {

// The pair as an adjective: [focus] label, else "A-B" from the display names; "" without a focus.
std::string focus_label(const Model& m);
// Ally i (0 or 1) in running text: [focus] prose_names[i], else the display name.
std::string focus_prose_name(const Model& m, size_t i);

}  // namespace lattice::model
