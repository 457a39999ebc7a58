// The embedded U.S.-Japan model: the files of data/usjapan compiled into the binary by
// cmake/embed_model.cmake. Read-only static data; safe from any thread.
#pragma once

#include <string_view>
#include <vector>

namespace lattice::model {

struct EmbeddedFile {
  std::string_view path;     // relative to data/usjapan
  std::string_view content;  // the file's bytes
};

// Every embedded file, sorted by path.
const std::vector<EmbeddedFile>& embedded_model_files();
// The folder the embedded model was built from (used to find its documents' files).
std::string_view embedded_model_dir();

}  // namespace lattice::model
