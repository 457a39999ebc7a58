// Fuzz target: the scenario file reader on arbitrary bytes, against the embedded model (loaded
// once). It must never crash or hang, and a file with errors must yield no events.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "model/loader.h"
#include "scenario/scenario_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto model = lattice::model::load_model_folder("").model;
  if (!model) std::abort();
  const auto r = lattice::scenario::parse_scenario_file(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml", *model);
  if (r.diagnostics.has_errors() != r.file.events.empty()) std::abort();
  return 0;
}
