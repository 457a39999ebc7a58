// Reads the model's long tables from CSV: memberships (memberships/*.csv) and indicator
// values (series/*.csv), with a precise error for every bad cell.
#pragma once

#include "core/diagnostic.h"
#include "model/entities.h"
#include "model/model_files.h"

namespace lattice::model {

// True when relpath names a memberships table (memberships.csv or memberships/*.csv).
bool is_memberships_file(const std::string& relpath);
// True when relpath names an indicator values table (series/*.csv).
bool is_series_file(const std::string& relpath);

// Appends the rows of a memberships table to data.memberships; problems go to diags.
void read_memberships_csv(const ModelFile& file, ModelData& data, core::Diagnostics& diags);
// Appends the rows of an indicator values table to data.series; problems go to diags.
void read_series_csv(const ModelFile& file, ModelData& data, core::Diagnostics& diags);

}  // namespace lattice::model
