// The real ATOP/COW data of ../shared/data loaded once for the alliance tests. A missing folder
// or a load with errors is a test failure naming the diagnostics, never a skip: a loader
// regression must turn these tests red.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "alliances/dataset.h"
#include "test_support.h"

namespace lattice::alliances::testing {

inline std::string data_folder() {
  return lattice::testing::shared_dir() + "/data";
}

// Loads the dataset of `source` from `folder`; on any error records a (non-fatal) test failure
// that lists the diagnostics and returns nullopt. Uncached: the tests of this header call it on
// a broken folder.
inline std::optional<Dataset> load_or_fail(const std::string& folder, Source source) {
  core::Diagnostics diags;
  std::optional<Dataset> d = load_dataset(folder, source, diags);
  if (diags.has_errors() || !d) {
    std::string messages;
    for (const auto& m : diags.items()) messages += "\n  " + m.to_string();
    ADD_FAILURE() << "the " << (source == Source::kAtop ? "ATOP" : "COW") << " alliance data in "
                  << folder
                  << " did not load (make deps and ../shared/data provide it):" << messages;
    return std::nullopt;
  }
  return d;
}

// The dataset of a source in ../shared/data, loaded on first use; null (after a recorded
// failure) when the folder is missing or broken.
inline const Dataset* shared_dataset(Source source) {
  static std::optional<Dataset> atop, cow;
  static bool atop_tried = false, cow_tried = false;
  auto& slot = source == Source::kAtop ? atop : cow;
  bool& tried = source == Source::kAtop ? atop_tried : cow_tried;
  if (!tried) {
    tried = true;
    slot = load_or_fail(data_folder(), source);
  } else if (!slot) {
    ADD_FAILURE() << "the alliance data in " << data_folder() << " did not load (see above)";
  }
  return slot ? &*slot : nullptr;
}

// Declares `var` as the shared dataset of `source`, ending the test as failed when it is absent.
#define LATTICE_REQUIRE_DATA(var, source)                    \
  const ::lattice::alliances::Dataset* var =                 \
      ::lattice::alliances::testing::shared_dataset(source); \
  if (!var) return

}  // namespace lattice::alliances::testing
