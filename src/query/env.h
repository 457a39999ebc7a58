// The environment a query runs in: the model it reads and the day that stands for "today"
// (so a server or a test can fix it). Front ends build one per request or share one; it is
// read-only while queries run, so one Env may serve several threads.
#pragma once

#include <memory>
#include <string>

#include "core/date.h"
#include "model/model.h"

namespace lattice::query {

struct Env {
  std::shared_ptr<const model::Model> model;  // null only for a query that loads it itself
  core::Day today;                            // the default of every date parameter
  std::string model_dir;                      // where the model comes from; "" = embedded
};

}  // namespace lattice::query
