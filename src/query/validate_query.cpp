// The validate query (see validate_query.h).
#include "query/validate_query.h"

namespace lattice::query {

ValidateResult validate(const Env& env, const ValidateRequest&) {
  return {env.model_dir.empty() ? "embedded model" : env.model_dir,
          model::load_model_folder(env.model_dir)};
}

}  // namespace lattice::query
