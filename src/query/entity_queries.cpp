// The queries about one entity (see entity_queries.h).
#include "query/entity_queries.h"

namespace lattice::query {

ShowResult show(const Env& env, const ShowRequest& request) {
  return {request.entity.id, request.entity.kind, env.model};
}

ResolveResult resolve(const Env& env, const ResolveRequest& request) {
  return {request.text, model::resolve(*env.model, request.text, request.kinds)};
}

}  // namespace lattice::query
