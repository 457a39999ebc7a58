// The environment a query runs in: the model it reads, the day that stands for "today" (so a
// server or a test can fix it), the folder relative paths start from, and where a long query
// reports its progress. Front ends build one per request or share one; it is read-only while
// queries run, so one Env may serve several threads.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "core/date.h"
#include "model/model.h"

namespace lattice::query {

struct Env {
  std::shared_ptr<const model::Model> model;  // null only for a query that loads it itself
  core::Day today;                            // the default of every date parameter
  std::string model_dir{};                    // where the model comes from; "" = embedded
  std::filesystem::path base_dir{};  // relative path parameters start here; empty: the process's
                                     // working directory
  // Called by queries that work through several inputs, before input `index` (of `total`,
  // named `item`); may be empty. A terminal front end shows it; it must not throw.
  std::function<void(size_t index, size_t total, std::string_view item)> progress{};
};

}  // namespace lattice::query
