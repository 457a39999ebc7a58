// The model lookups as queries (see lookups.h).
#include "query/lookups.h"

#include <algorithm>

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

FrameworksResult frameworks(const Env& env, const FrameworksRequest& request) {
  FrameworksResult r;
  r.model = env.model;
  const core::Day when = request.on.value_or(env.today);
  for (const auto& f : env.model->frameworks()) {
    if (request.kind && f.kind != *request.kind) continue;
    if (request.domain &&
        std::find(f.domains.begin(), f.domains.end(), *request.domain) == f.domains.end())
      continue;
    if (request.on) {  // only frameworks that exist on that day
      const auto& start = f.in_force ? f.in_force : f.signed_on;
      if (start && *request.on < start->as_start()) continue;
      if (f.ended && !(*request.on < f.ended->as_end())) continue;
    }
    r.rows.push_back({&f, model::members_on(*env.model, f.id, when).size()});
  }
  return r;
}

namespace {
// The actors of the periods that hold on day.
std::vector<std::string> holders(const std::vector<model::PlacePeriod>& periods, core::Day day) {
  std::vector<std::string> out;
  for (const auto& p : periods) {
    if (p.from && day < p.from->as_start()) continue;
    if (p.to && !(day < p.to->as_end())) continue;
    out.push_back(p.actor);
  }
  return out;
}
}  // namespace

PlacesResult places(const Env& env, const PlacesRequest& request) {
  PlacesResult r;
  r.model = env.model;
  r.day = request.on.value_or(env.today);
  for (const auto& p : env.model->places())
    r.rows.push_back({&p, holders(p.administration, r.day), holders(p.claims, r.day)});
  return r;
}

SummaryResult summary(const Env& env, const SummaryRequest& request) {
  SummaryResult r;
  r.model = env.model;
  r.day = request.on.value_or(env.today);
  for (const auto& f : env.model->frameworks())
    r.frameworks.push_back({&f, model::members_on(*env.model, f.id, r.day).size()});
  return r;
}

}  // namespace lattice::query
