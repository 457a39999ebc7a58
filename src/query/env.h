// The environment a query runs in: the model it reads and the day that stands for "today"
// (so a server or a test can fix it). Front ends build one per request or share one; it is
// read-only while queries run, so one Env may serve several threads.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>

#include "core/date.h"
#include "model/model.h"

namespace lattice::query {

struct Env {
  std::shared_ptr<const model::Model> model;  // never null while a query runs
  core::Day today;                            // the default of every date parameter
  // Long work (a Monte Carlo) calls this now and then with (done, total); empty: nobody watches.
  // The CLI shows it on stderr when stderr is a terminal.
  std::function<void(size_t done, size_t total)> progress = {};
};

}  // namespace lattice::query
