// Reads the entity tables ([model], [[actor]], [[framework]], ...) of one TOML model file
// into ModelData, reporting every syntax, type and vocabulary problem with its line and column.
#pragma once

#include "core/diagnostic.h"
#include "model/entities.h"
#include "model/model_files.h"

namespace lattice::model {

// Appends the entities of file to data. Entities with problems are still appended (so that
// later checks can report more), but every problem is added to diags as an error. Returns false
// when the file is not TOML at all (a syntax error): none of its entities were read.
bool read_toml_file(const ModelFile& file, ModelData& data, core::Diagnostics& diags);

}  // namespace lattice::model
