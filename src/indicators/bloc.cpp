// Bloc totals of an indicator over a framework's members, and their share of the world aggregate.
#include "indicators/bloc.h"

#include <algorithm>
#include <set>

#include "model/queries.h"

namespace lattice::indicators {

bool counts_in_bloc(const model::Actor& a, model::Role role) {
  return a.kind == model::ActorKind::kState &&
         (role == model::Role::kFoundingMember || role == model::Role::kMember ||
          role == model::Role::kSignatory);
}

BlocResult bloc_total(const model::Model& m, const IndicatorStore& store, const BlocRequest& req) {
  BlocResult r;
  r.request = req;
  if (const IndicatorInfo* info = store.info(req.indicator)) r.unit = info->unit;
  const std::set<std::string> removing(req.remove.begin(), req.remove.end());
  std::set<std::string> seen;

  auto add_member = [&](const model::Actor& a, const model::Membership* ms) {
    const bool added = ms == nullptr;
    if (!seen.insert(a.id).second) return;
    if (removing.count(a.id)) {
      r.removed.push_back(a.id);
      return;
    }
    BlocMember b;
    b.actor = a.id;
    b.name = a.name;
    b.added = added;
    if (ms) b.role = std::string(model::name(ms->role));
    b.counted = ms ? counts_in_bloc(a, ms->role) : a.kind == model::ActorKind::kState;
    if (auto v = store.value(req.indicator, a.id, req.year)) {
      b.value = v->value;
      b.dataset = v->dataset;
    }
    if (b.counted) {
      if (b.value) {
        r.total += *b.value;
      } else {
        r.partial = true;
        r.missing.push_back({a.id, req.indicator, req.year});
      }
    }
    r.members.push_back(std::move(b));
  };

  for (const auto& row : model::members_on(m, req.framework, req.on))
    add_member(*row.actor, row.membership);
  for (const auto& id : req.add)
    if (const model::Actor* a = m.actor(id)) add_member(*a, nullptr);

  for (auto& b : r.members)
    if (b.counted && b.value && r.total != 0) b.share_of_total = 100.0 * *b.value / r.total;
  std::stable_sort(r.members.begin(), r.members.end(),
                   [](const BlocMember& x, const BlocMember& y) {
                     if (x.value.has_value() != y.value.has_value()) return x.value.has_value();
                     if (x.value && y.value && *x.value != *y.value) return *x.value > *y.value;
                     return x.name < y.name;
                   });

  if (auto w = store.value(req.indicator, kWorld, req.year)) {
    r.world = w->value;
    r.world_dataset = w->dataset;
    if (w->value != 0) r.share = 100.0 * r.total / w->value;
  }
  return r;
}

}  // namespace lattice::indicators
