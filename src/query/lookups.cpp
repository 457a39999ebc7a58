// The model lookups as queries (see lookups.h).
#include "query/lookups.h"

namespace lattice::query {

MembersResult members(const Env& env, const MembersRequest& request) {
  MembersResult r;
  r.model = env.model;
  r.framework = env.model->framework(request.framework.id);
  r.day = request.on.value_or(env.today);
  r.history = request.history;
  r.rows = request.history
               ? model::membership_history(*env.model, request.framework.id)
               : model::members_on(*env.model, request.framework.id, r.day, request.all_roles);
  for (const auto& row : r.rows) r.active += model::is_active_role(row.membership->role) ? 1 : 0;
  return r;
}

MembershipsResult memberships(const Env& env, const MembershipsRequest& request) {
  MembershipsResult r;
  r.model = env.model;
  r.actor = env.model->actor(request.actor.id);
  r.day = request.on.value_or(env.today);
  r.rows = model::memberships_on(*env.model, request.actor.id, r.day, request.all_roles);
  return r;
}

ActorsResult actors(const Env& env, const ActorsRequest& request) {
  ActorsResult r;
  r.model = env.model;
  for (const auto& a : env.model->actors())
    if (!request.kind || a.kind == *request.kind) r.actors.push_back(&a);
  return r;
}

}  // namespace lattice::query
