// The real ATOP/COW data of ../shared/data loaded once for the alliance tests (skipping when the
// folder is absent).
#pragma once

#include <optional>
#include <string>

#include "alliances/dataset.h"
#include "test_support.h"

namespace lattice::alliances::testing {

inline std::string data_folder() {
  return lattice::testing::shared_dir() + "/data";
}

// The dataset of a source, loaded on first use; null when the data folder is missing or broken.
inline const Dataset* shared_dataset(Source source) {
  static std::optional<Dataset> atop, cow;
  static bool atop_tried = false, cow_tried = false;
  auto& slot = source == Source::kAtop ? atop : cow;
  bool& tried = source == Source::kAtop ? atop_tried : cow_tried;
  if (!tried) {
    tried = true;
    core::Diagnostics diags;
    slot = load_dataset(data_folder(), source, diags);
    if (diags.has_errors()) slot.reset();
  }
  return slot ? &*slot : nullptr;
}

#define LATTICE_REQUIRE_DATA(var, source)                    \
  const ::lattice::alliances::Dataset* var =                 \
      ::lattice::alliances::testing::shared_dataset(source); \
  if (!var) GTEST_SKIP() << "no alliance data in " << ::lattice::alliances::testing::data_folder()

}  // namespace lattice::alliances::testing
