// Cross-checks of a model's data once every file is read: unique ids, references to known
// entities (with "did you mean" suggestions), date order, overlapping memberships, and byte
// spans against the documents' files and their sha256.
#pragma once

#include <string>

#include "core/diagnostic.h"
#include "model/entities.h"

namespace lattice::model {

// Adds every problem of data to diags (errors, and warnings for what cannot be checked, such
// as a document whose file is not found). root is the model folder, used to find documents.
void validate_model(const ModelData& data, const std::string& root, core::Diagnostics& diags);

}  // namespace lattice::model
