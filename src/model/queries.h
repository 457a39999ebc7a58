// Queries over a loaded model: who belongs to a framework on a date, what an actor belongs to,
// and which entity a name stands for. They return results; they never print.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "model/model.h"

namespace lattice::model {

// One membership row with its actor and framework resolved.
struct MembershipRow {
  const Actor* actor = nullptr;
  const Framework* framework = nullptr;
  const Membership* membership = nullptr;
};

// Members of framework on day (sorted by actor name). Withdrawn and suspended periods are left
// out unless include_inactive. O(members of the framework).
std::vector<MembershipRow> members_on(const Model& model, std::string_view framework, core::Day day,
                                      bool include_inactive = false);
// Every membership row of a framework, whatever its dates (sorted by actor name, then from).
std::vector<MembershipRow> membership_history(const Model& model, std::string_view framework);
// Frameworks an actor belongs to on day (sorted by framework name).
std::vector<MembershipRow> memberships_on(const Model& model, std::string_view actor, core::Day day,
                                          bool include_inactive = false);

// What a name or alias stands for.
struct Resolution {
  std::string id;
  EntityKind kind;
  std::string name;
};
struct ResolveResult {
  std::vector<Resolution> matches;       // exact matches (usually one)
  std::vector<std::string> suggestions;  // ids with a close name, when nothing matched
};
// Resolves text by id, name, alias or ISO3 code, case-insensitively.
ResolveResult resolve(const Model& model, std::string_view text);

// Resolves text to exactly one entity of the given kind. On failure returns empty and sets
// *error to a message with suggestions ("unknown framework 'qaud' (did you mean 'quad'?)").
std::string resolve_as(const Model& model, std::string_view text, EntityKind kind,
                       std::string* error);

}  // namespace lattice::model
