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

ResolveResult resolve(const Model& model, std::string_view text) {
  ResolveResult r;
  for (const auto& id : model.lookup(text)) {
    const EntityRef* ref = model.find(id);
    if (!ref) continue;
    r.matches.push_back({id, ref->kind, model.display_name(id)});
  }
  if (r.matches.empty()) {
    const std::string near = core::closest_match(text, model.all_names());
    if (!near.empty()) r.suggestions = model.lookup(near);  // ids of the closest name
  }
  return r;
}

std::string resolve_as(const Model& model, std::string_view text, EntityKind kind,
                       std::string* error) {
  const ResolveResult r = resolve(model, text);
  std::vector<const Resolution*> fit;
  for (const auto& m : r.matches)
    if (m.kind == kind) fit.push_back(&m);
  if (fit.size() == 1) return fit[0]->id;
  const std::string what(entity_kind_name(kind));
  if (fit.size() > 1) {
    std::string msg = "'";
    msg += text;
    msg += "' is ambiguous: it names";
    for (const auto* m : fit) msg += " '" + m->id + "'";
    *error = msg;
    return {};
  }
  std::string msg = "unknown " + what + " '" + std::string(text) + "'";
  if (!r.matches.empty()) {
    const std::string other(entity_kind_name(r.matches[0].kind));
    const bool vowel = std::string("aeiou").find(other[0]) != std::string::npos;
    msg += " ('" + r.matches[0].id + "' is " + (vowel ? "an " : "a ") + other + ")";
  } else {
    // Suggest only names of entities of the kind asked for.
    std::vector<std::string> names;
    for (const auto& n : model.all_names())
      for (const auto& id : model.lookup(n))
        if (const EntityRef* ref = model.find(id); ref && ref->kind == kind) {
          names.push_back(n);
          break;
        }
    const std::string near = core::closest_match(text, names);
    if (!near.empty()) {
      const auto ids = model.lookup(near);
      msg += " (did you mean '" + (ids.empty() ? near : ids[0]) + "'?)";
    }
  }
  *error = msg;
  return {};
}

}  // namespace lattice::model
