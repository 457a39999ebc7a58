// The `validate` query: loads a model folder (or the embedded model) and returns every problem
// found, with the model's entity counts when it loads. It reads the folder itself, so front ends
// run it without loading the model first (Query::needs_model is false).
#pragma once

#include <string>

#include "model/loader.h"
#include "query/env.h"
#include "query/param.h"

namespace lattice::query {

struct ValidateRequest {
  template <class V>
  void visit(V&&) {}
};

struct ValidateResult {
  std::string where;  // the folder, or "embedded model"
  model::LoadResult load;
};

ValidateResult validate(const Env& env, const ValidateRequest& request);

}  // namespace lattice::query
