// Helpers shared by the latticework commands (network, overlap, coverage, centrality,
// inclusivity): writing export files whole or not at all, number formatting, JSON numbers that
// may be NaN, and resolving a comma-separated list of actors.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/command.h"
#include "model/model.h"

namespace lattice::cli {

// Writes text to path through a temporary file and a rename; on failure prints an error, sets
// exit status 1 and returns false.
bool write_file_whole(const std::string& path, const std::string& text, Context& ctx);
// x with digits decimals ("0.250"); "-" for NaN.
std::string fixed(double x, int digits = 3);
// x as JSON, null for NaN or infinity.
nlohmann::json json_number(double x);
// Resolves "usa, Japan,ROK" to actor ids, each by id, name or alias. Empty (with an error
// printed and exit status 1) when any item fails to resolve or the list is empty.
std::vector<std::string> resolve_actor_list(const model::Model& m, const std::string& list,
                                            Context& ctx);

}  // namespace lattice::cli
