// Model: a loaded, validated alliance model with indexes for look-up by id and by name.
// Immutable once built; safe to share between threads.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/entities.h"

namespace lattice::model {

// What kind of entity an id names.
enum class EntityKind {
  kActor,
  kPlace,
  kRegion,
  kFramework,
  kCommitment,
  kDocument,
  kRecommendation,
  kClaim,
  kReference,
  kDataset,
  kIndicator
};
std::string_view entity_kind_name(EntityKind kind);
// The kinds' spellings as a vocabulary (so a request may hold an EntityKind choice).
template <>
std::span<const std::string_view> names_of<EntityKind>();

struct EntityRef {
  EntityKind kind;
  size_t index;  // into the vector of that kind
};

class Model {
 public:
  // Takes the data and indexes it. The data must have passed validation (ids unique).
  // root is the folder the model came from (for finding documents' files), or empty.
  Model(ModelData data, std::string root);

  const ModelData& data() const { return data_; }
  const std::string& root() const { return root_; }
  const std::vector<Actor>& actors() const { return data_.actors; }
  const std::vector<Place>& places() const { return data_.places; }
  const std::vector<Region>& regions() const { return data_.regions; }
  const std::vector<Framework>& frameworks() const { return data_.frameworks; }
  const std::vector<Membership>& memberships() const { return data_.memberships; }
  const std::vector<Commitment>& commitments() const { return data_.commitments; }
  const std::vector<Document>& documents() const { return data_.documents; }
  const std::vector<Recommendation>& recommendations() const { return data_.recommendations; }
  const std::vector<Claim>& claims() const { return data_.claims; }
  // What the analyses need to know about this alliance system (analysis.toml; empty without it).
  const Analysis& analysis() const { return data_.analysis; }

  // The entity with exactly this id, or nullptr. O(1).
  const EntityRef* find(std::string_view id) const;
  const Actor* actor(std::string_view id) const;
  const Place* place(std::string_view id) const;
  const Framework* framework(std::string_view id) const;
  const Document* document(std::string_view id) const;
  const Reference* reference(std::string_view id) const;
  const Dataset* dataset(std::string_view id) const;

  // Entities whose id, name or alias equals text (case-insensitive, a leading "the" ignored).
  // Usually zero or one; more when a name is ambiguous across kinds. O(log n).
  std::vector<std::string> lookup(std::string_view text) const;
  // Display name of any entity id (the id itself when unknown).
  std::string display_name(std::string_view id) const;
  // Every id, name and alias, for "did you mean" suggestions.
  std::vector<std::string> all_names() const;

  // Memberships of a framework / of an actor, in file order. O(1) look-up.
  std::vector<const Membership*> memberships_of_framework(std::string_view framework) const;
  std::vector<const Membership*> memberships_of_actor(std::string_view actor) const;
  // Commitments of a framework.
  std::vector<const Commitment*> commitments_of(std::string_view framework) const;

 private:
  ModelData data_;
  std::string root_;
  std::unordered_map<std::string, EntityRef> by_id_;
  std::multimap<std::string, std::string> by_name_;  // folded name -> id
  std::unordered_map<std::string, std::vector<size_t>> memberships_by_framework_;
  std::unordered_map<std::string, std::vector<size_t>> memberships_by_actor_;
};

}  // namespace lattice::model
