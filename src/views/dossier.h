// Dossier: everything the model knows about one entity (its fields, its sources spelled out,
// and the entities related to it), as JSON and as indented text for `lattice show`.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/model.h"

namespace lattice::views {

// The dossier of the entity with this id (which must exist). Keys: "kind", "entity" (the
// entity's JSON form), "sources" (each source resolved to title, url, span) and "related"
// (lists of related entities, by relation).
nlohmann::json dossier(const model::Model& m, const std::string& id);
// Human-readable rendering of a dossier.
std::string dossier_text(const nlohmann::json& d);

}  // namespace lattice::views
