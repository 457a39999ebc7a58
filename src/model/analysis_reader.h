// Reads a model folder's analysis.toml ([focus], [[area]], [[acts_for]], [[leader]], [[demonym]],
// [[chart_actor]], [[illustration]]; docs/model-format.md) into model::Analysis, reporting every
// syntax, type and unknown-field problem with its line and column. References to the model's ids
// are checked later, by the validator, once every file is read.
#pragma once

#include "core/diagnostic.h"
#include "model/analysis.h"
#include "model/model_files.h"

namespace lattice::model {

// The relative path of the file in a model folder.
inline constexpr std::string_view kAnalysisFile = "analysis.toml";

// Reads file into analysis (which should be empty). Returns false when the file is not TOML at
// all (a syntax error); other problems are errors in diags and their entries are still kept.
bool read_analysis_file(const ModelFile& file, Analysis& analysis, core::Diagnostics& diags);

}  // namespace lattice::model
