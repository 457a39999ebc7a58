// Place facts for scenario evaluation: administration, claims, sovereignty and containment.
#include "scenario/geography.h"

#include <algorithm>
#include <set>
#include <vector>

namespace lattice::scenario {

namespace {

bool period_holds(const model::PlacePeriod& p, core::Day day) {
  if (p.from && day < p.from->as_start()) return false;
  if (p.to && !(day < p.to->as_end())) return false;
  return true;
}

// place, then the places and states it lies within, nearest first (breadth-first).
std::vector<std::string> lineage(const model::Model& m, std::string_view place) {
  std::vector<std::string> out{std::string(place)};
  for (size_t i = 0; i < out.size(); ++i) {
    const model::Place* p = m.place(out[i]);
    if (!p) continue;
    for (const auto& parent : p->part_of)
      if (std::find(out.begin(), out.end(), parent) == out.end()) out.push_back(parent);
  }
  return out;
}

bool is_state_place(const model::Model& m, std::string_view id) {
  return m.place(id) == nullptr && m.actor(id) != nullptr;
}

}  // namespace

std::string place_name(const model::Model& m, std::string_view place) {
  return m.display_name(place);
}

Fact administered_by(const model::Model& m, std::string_view place, std::string_view actor,
                     core::Day day) {
  const std::string name = place_name(m, place), who = m.display_name(actor);
  for (const auto& id : lineage(m, place)) {
    if (is_state_place(m, id)) {
      if (id == actor) return {Truth::kYes, name + " is territory of " + who};
      return {Truth::kNo, name + " is territory of " + m.display_name(id) + ", not of " + who};
    }
    const model::Place* p = m.place(id);
    if (!p || p->administration.empty()) continue;
    for (const auto& period : p->administration) {
      if (!period_holds(period, day)) continue;
      if (period.actor == actor) return {Truth::kYes, name + " is administered by " + who};
      return {Truth::kNo,
              name + " is administered by " + m.display_name(period.actor) + ", not " + who};
    }
    return {Truth::kNo, name + " has no administration recorded on that date"};
  }
  for (const auto& id : lineage(m, place)) {
    const model::Place* p = m.place(id);
    if (p && !p->sovereign.empty())
      return p->sovereign == actor
                 ? Fact{Truth::kYes, name + " is sovereign territory of " + who}
                 : Fact{Truth::kNo, name + " is sovereign territory of " +
                                        m.display_name(p->sovereign) + ", not of " + who};
  }
  // A sea or strait as a whole is nobody's administered territory: its high seas and exclusive
  // economic zones are not, and a territorial sea belongs to the coast or island it borders, which
  // an analyst names instead (the Senkaku Islands, not the East China Sea).
  if (const model::Place* p = m.place(place);
      p && (p->kind == model::PlaceKind::kSea || p->kind == model::PlaceKind::kStrait))
    return {Truth::kNo, name + " is a sea area, not territory administered by " + who +
                            " (name the island or coast for its territorial waters)"};
  return {Truth::kUnknown, "the model records no single administration for " + name +
                               ", so whether " + who + " administers the spot attacked decides it"};
}

Fact claimed_by(const model::Model& m, std::string_view place, std::string_view actor,
                core::Day day) {
  const std::string name = place_name(m, place), who = m.display_name(actor);
  if (is_state_place(m, place))
    return place == actor ? Fact{Truth::kYes, name + " is " + who + "'s own territory"}
                          : Fact{Truth::kNo, who + " has no recorded claim to " + name};
  const model::Place* p = m.place(place);
  if (p)
    for (const auto& period : p->claims)
      if (period.actor == actor && period_holds(period, day))
        return {Truth::kYes, who + " claims " + name};
  return {Truth::kNo, who + " has no recorded claim to " + name + " on that date"};
}

Fact sovereign_of(const model::Model& m, std::string_view place, std::string_view actor) {
  const std::string name = place_name(m, place), who = m.display_name(actor);
  for (const auto& id : lineage(m, place)) {
    if (is_state_place(m, id)) {
      if (id == actor) return {Truth::kYes, name + " is " + who + "'s own territory"};
      return {Truth::kNo, name + " is territory of " + m.display_name(id) + ", not of " + who};
    }
    const model::Place* p = m.place(id);
    if (p && !p->sovereign.empty()) {
      if (p->sovereign == actor) return {Truth::kYes, name + " is sovereign territory of " + who};
      return {Truth::kNo, name + " is sovereign territory of " + m.display_name(p->sovereign) +
                              ", not of " + who};
    }
  }
  return {Truth::kNo, "the model records no sovereign for " + name + " (" + who +
                          "'s metropolitan territory it is not)"};
}

Fact within(const model::Model& m, std::string_view place, std::string_view container) {
  const std::string name = place_name(m, place), where = place_name(m, container);
  const std::vector<std::string> ids = lineage(m, place);
  if (std::find(ids.begin(), ids.end(), container) != ids.end())
    return {Truth::kYes, name + " lies within " + where};
  // The model's treaty areas (analysis.toml [[area]]): places outside whatever state holds a
  // spot in them, states inside, and what to say of the other states.
  const model::AnalysisArea* area = nullptr;
  for (const auto& a : m.analysis().areas)
    if (a.place == container) area = &a;
  if (area)
    for (const auto& region : area->outside)
      if (std::find(ids.begin(), ids.end(), region) != ids.end())
        return {Truth::kNo, name + " lies within " + place_name(m, region) + ", outside " + where};
  bool unknown = false;
  for (const auto& id : ids) {
    if (!is_state_place(m, id) || !area) continue;
    if (std::find(area->states.begin(), area->states.end(), id) != area->states.end())
      return {Truth::kYes, name + " lies within " + where};
    if (area->others_unknown) unknown = true;
  }
  if (unknown)
    return {Truth::kUnknown, "the model does not say whether the part of " + name +
                                 " attacked lies within " + where};
  return {Truth::kNo, name + " does not lie within " + where};
}

}  // namespace lattice::scenario
