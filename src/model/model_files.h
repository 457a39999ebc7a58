// ModelFiles: the text files that make up a model, read from a folder or taken from the
// embedded model, so the loader works on memory and never touches the disk itself.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace lattice::model {

struct ModelFile {
  std::string path;     // as shown in messages (the folder's path joined with the relative path)
  std::string relpath;  // relative to the model folder, '/' separated
  std::string content;
};

struct ModelFiles {
  std::string root;  // the model folder (for the embedded model: where it was built from)
  bool embedded = false;
  std::vector<ModelFile> files;  // .toml and .csv files, sorted by relpath
};

// Reads every .toml and .csv file below dir. Unreadable files and a missing folder are
// reported in diags. Files larger than 64 MiB are refused with an error.
ModelFiles read_model_folder(const std::string& dir, core::Diagnostics& diags);
// The embedded model's files.
ModelFiles embedded_model();

}  // namespace lattice::model
