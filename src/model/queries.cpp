#include "model/queries.h"

#include <algorithm>

#include "core/text.h"

namespace lattice::model {
namespace {

MembershipRow row_of(const Model& model, const Membership& m) {
  return {model.actor(m.actor), model.framework(m.framework), &m};
}

// Case-insensitive order of names, ties broken by the exact text (a strict weak order).
bool name_order(const std::string& a, const std::string& b) {
  const std::string fa = core::fold_name(a), fb = core::fold_name(b);
  return fa != fb ? fa < fb : a < b;
}

}  // namespace

std::vector<MembershipRow> members_on(const Model& model, std::string_view framework, core::Day day,
                                      bool include_inactive) {
  std::vector<MembershipRow> out;
  for (const Membership* m : model.memberships_of_framework(framework)) {
    if (!m->holds_on(day)) continue;
    if (!include_inactive && !is_active_role(m->role)) continue;
    out.push_back(row_of(model, *m));
  }
  std::sort(out.begin(), out.end(), [](const MembershipRow& a, const MembershipRow& b) {
    return name_order(a.actor->name, b.actor->name);
  });
  return out;
}

std::vector<MembershipRow> membership_history(const Model& model, std::string_view framework) {
  std::vector<MembershipRow> out;
  for (const Membership* m : model.memberships_of_framework(framework))
    out.push_back(row_of(model, *m));
  std::stable_sort(out.begin(), out.end(), [](const MembershipRow& a, const MembershipRow& b) {
    if (a.actor->name != b.actor->name) return name_order(a.actor->name, b.actor->name);
    const core::Day fa = a.membership->from ? a.membership->from->as_start() : core::Day{-1000000};
    const core::Day fb = b.membership->from ? b.membership->from->as_start() : core::Day{-1000000};
    return fa < fb;
  });
  return out;
}

std::vector<MembershipRow> memberships_on(const Model& model, std::string_view actor, core::Day day,
                                          bool include_inactive) {
  std::vector<MembershipRow> out;
  for (const Membership* m : model.memberships_of_actor(actor)) {
    if (!m->holds_on(day)) continue;
    if (!include_inactive && !is_active_role(m->role)) continue;
    out.push_back(row_of(model, *m));
  }
  std::sort(out.begin(), out.end(), [](const MembershipRow& a, const MembershipRow& b) {
    return name_order(a.framework->name, b.framework->name);
  });
  return out;
}

ResolveResult resolve(const Model& model, std::string_view text,
                      const std::vector<EntityKind>& kinds) {
  return NameResolver(model).resolve(text, kinds);
}

std::string resolve_as(const Model& model, std::string_view text, EntityKind kind,
                       std::string* error) {
  return NameResolver(model).resolve_as(text, {kind}, error);
}

std::string resolve_among(const Model& model, std::string_view text,
                          const std::vector<EntityKind>& kinds, std::string* error) {
  return NameResolver(model).resolve_as(text, kinds, error);
}

}  // namespace lattice::model
