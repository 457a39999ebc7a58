// Finding and reading the source files of a model's documents. The model holds byte offsets
// into these files; the files themselves are third-party text kept outside the repository.
#pragma once

#include <optional>
#include <string>

#include "model/entities.h"

namespace lattice::model {

// The path of a document's file: tried in order $LATTICE_CORPUS/FILE, ROOT/CORPUS/FILE and
// ROOT/FILE (ROOT is the model folder, CORPUS the [model] corpus setting). Empty when none exists.
std::string find_document_file(const std::string& root, const ModelInfo& info, const Document& doc);
// Reads a whole file; nullopt when it cannot be read. New code calls core::read_file, which
// also says why.
std::optional<std::string> read_file_bytes(const std::string& path);

}  // namespace lattice::model
