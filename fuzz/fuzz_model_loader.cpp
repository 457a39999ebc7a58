// Fuzz target: the model loader on arbitrary bytes. The input is split at the first NUL byte
// into a TOML file and a memberships CSV file, loaded together; the loader must never crash or
// hang, whatever the bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  lattice::model::ModelFiles files;
  files.root = "";
  files.files.push_back({"fuzz/model.toml", "model.toml", input.substr(0, nul)});
  if (nul != std::string::npos)
    files.files.push_back({"fuzz/memberships.csv", "memberships.csv", input.substr(nul + 1)});
  lattice::model::LoadResult r = lattice::model::load_model(files);
  (void)r;
  return 0;
}
