// Loading a model: reads every file, validates the whole, and returns either a complete Model
// or none, with every problem found. Never returns half a model.
#pragma once

#include <memory>
#include <string>

#include "core/diagnostic.h"
#include "model/model.h"
#include "model/model_files.h"

namespace lattice::model {

struct LoadResult {
  std::shared_ptr<const Model> model;  // null when any error was found
  core::Diagnostics diagnostics;       // errors and warnings, sorted by place
};

// Reads and validates files. O(size of the files + documents' files).
LoadResult load_model(const ModelFiles& files);
// Loads the folder dir, or the embedded model when dir is empty.
LoadResult load_model_folder(const std::string& dir);

}  // namespace lattice::model
