// For tests: the U.S.-Japan model of data/usjapan, loaded once per test binary (links only the
// model library, unlike test_support.h which runs the CLI).
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "model/loader.h"

namespace lattice::testing {

// The model, shared (for code that keeps a reference to it, as query results do).
inline std::shared_ptr<const model::Model> embedded_model_ptr() {
  static const std::shared_ptr<const model::Model> m =
      model::load_model_folder(std::string(LATTICE_SOURCE_DIR) + "/data/usjapan").model;
  if (!m) throw std::runtime_error("the U.S.-Japan model did not load");
  return m;
}

inline const model::Model& usjapan_model() {
  return *embedded_model_ptr();
}

}  // namespace lattice::testing
