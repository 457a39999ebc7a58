// Counts of a model's entities by kind, as one line of text or a JSON object.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/model.h"

namespace lattice::views {

// {"actors": n, "places": n, ...}
nlohmann::json counts_json(const model::Model& m);
// "214 actors, 31 places, ..."
std::string counts_line(const model::Model& m);

}  // namespace lattice::views
