#include "model/model.h"

#include <algorithm>

#include "core/text.h"

namespace lattice::model {

namespace {
constexpr std::string_view kEntityKindNames[] = {
    "actor",          "place", "region",    "framework", "commitment", "document",
    "recommendation", "claim", "reference", "dataset",   "indicator"};
}  // namespace

std::string_view entity_kind_name(EntityKind kind) {
  return kEntityKindNames[static_cast<size_t>(kind)];
}

template <>
std::span<const std::string_view> names_of<EntityKind>() {
  return kEntityKindNames;
}

bool Membership::holds_on(core::Day d) const {
  if (from && d < from->as_start()) return false;
  if (to && !(d < to->as_end())) return false;
  return true;
}

Model::Model(ModelData data, std::string root) : data_(std::move(data)), root_(std::move(root)) {
  auto index_named = [&](const auto& items, EntityKind kind) {
    for (size_t i = 0; i < items.size(); ++i) {
      const auto& e = items[i];
      by_id_.emplace(e.id, EntityRef{kind, i});
      by_name_.emplace(core::fold_name(e.id), e.id);
      if (!e.name.empty()) by_name_.emplace(core::fold_name(e.name), e.id);
      for (const auto& a : e.aliases) by_name_.emplace(core::fold_name(a), e.id);
    }
  };
  auto index_plain = [&](const auto& items, EntityKind kind) {
    for (size_t i = 0; i < items.size(); ++i) {
      by_id_.emplace(items[i].id, EntityRef{kind, i});
      by_name_.emplace(core::fold_name(items[i].id), items[i].id);
    }
  };
  index_named(data_.actors, EntityKind::kActor);
  index_named(data_.places, EntityKind::kPlace);
  index_named(data_.regions, EntityKind::kRegion);
  index_named(data_.frameworks, EntityKind::kFramework);
  index_named(data_.documents, EntityKind::kDocument);
  index_plain(data_.commitments, EntityKind::kCommitment);
  index_plain(data_.recommendations, EntityKind::kRecommendation);
  index_plain(data_.claims, EntityKind::kClaim);
  index_plain(data_.references, EntityKind::kReference);
  index_plain(data_.datasets, EntityKind::kDataset);
  index_plain(data_.indicators, EntityKind::kIndicator);
  for (const auto& a : data_.actors)
    if (!a.iso3.empty()) by_name_.emplace(core::fold_name(a.iso3), a.id);
  for (size_t i = 0; i < data_.memberships.size(); ++i) {
    memberships_by_framework_[data_.memberships[i].framework].push_back(i);
    memberships_by_actor_[data_.memberships[i].actor].push_back(i);
  }
}

const EntityRef* Model::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &it->second;
}

namespace {
template <typename T>
const T* find_in(const std::vector<T>& items, const EntityRef* ref, EntityKind kind) {
  return ref && ref->kind == kind ? &items[ref->index] : nullptr;
}
}  // namespace

const Actor* Model::actor(std::string_view id) const {
  return find_in(data_.actors, find(id), EntityKind::kActor);
}
const Place* Model::place(std::string_view id) const {
  return find_in(data_.places, find(id), EntityKind::kPlace);
}
const Framework* Model::framework(std::string_view id) const {
  return find_in(data_.frameworks, find(id), EntityKind::kFramework);
}
const Document* Model::document(std::string_view id) const {
  return find_in(data_.documents, find(id), EntityKind::kDocument);
}
const Reference* Model::reference(std::string_view id) const {
  return find_in(data_.references, find(id), EntityKind::kReference);
}
const Dataset* Model::dataset(std::string_view id) const {
  return find_in(data_.datasets, find(id), EntityKind::kDataset);
}

std::vector<std::string> Model::lookup(std::string_view text) const {
  std::vector<std::string> out;
  const auto [b, e] = by_name_.equal_range(core::fold_name(text));
  for (auto it = b; it != e; ++it)
    if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
  return out;
}

std::string Model::display_name(std::string_view id) const {
  const EntityRef* ref = find(id);
  if (!ref) return std::string(id);
  switch (ref->kind) {
    case EntityKind::kActor:
      return data_.actors[ref->index].name;
    case EntityKind::kPlace:
      return data_.places[ref->index].name;
    case EntityKind::kRegion:
      return data_.regions[ref->index].name;
    case EntityKind::kFramework:
      return data_.frameworks[ref->index].name;
    case EntityKind::kDocument:
      return data_.documents[ref->index].name;
    case EntityKind::kReference:
      return data_.references[ref->index].title;
    case EntityKind::kDataset:
      return data_.datasets[ref->index].title;
    case EntityKind::kIndicator:
      return data_.indicators[ref->index].name;
    default:
      return std::string(id);
  }
}

std::vector<std::string> Model::all_names() const {
  std::vector<std::string> out;
  for (const auto& [k, v] : by_name_) out.push_back(k);
  return out;
}

std::vector<const Membership*> Model::memberships_of_framework(std::string_view framework) const {
  std::vector<const Membership*> out;
  auto it = memberships_by_framework_.find(std::string(framework));
  if (it != memberships_by_framework_.end())
    for (size_t i : it->second) out.push_back(&data_.memberships[i]);
  return out;
}

std::vector<const Membership*> Model::memberships_of_actor(std::string_view actor) const {
  std::vector<const Membership*> out;
  auto it = memberships_by_actor_.find(std::string(actor));
  if (it != memberships_by_actor_.end())
    for (size_t i : it->second) out.push_back(&data_.memberships[i]);
  return out;
}

std::vector<const Commitment*> Model::commitments_of(std::string_view framework) const {
  std::vector<const Commitment*> out;
  for (const auto& c : data_.commitments)
    if (c.framework == framework) out.push_back(&c);
  return out;
}

}  // namespace lattice::model
