// Queries over a loaded model: who belongs to a framework on a date, what an actor belongs to,
// and which entity a name stands for. They return results; they never print.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "model/model.h"
#include "model/name_resolver.h"

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

// Which entity a name stands for (model/name_resolver.h has the rules: words folded and
// ranked over ids, names and aliases; a text fitting several entities about equally is
// ambiguous). Each call indexes the model's names first (O(total length of the names)); code
// that resolves many names builds one NameResolver instead.

// Resolves text by id, name, alias or ISO3 code among entities of the given kinds (every kind
// when empty): the match (several when ambiguous), the ranked candidates and, when nothing
// matches, suggestions.
ResolveResult resolve(const Model& model, std::string_view text,
                      const std::vector<EntityKind>& kinds = {});

// Resolves text to exactly one entity of the given kind. On failure returns empty and sets
// *error to a message: "unknown framework 'qaud' (did you mean 'quad'?)", "unknown actor 'MTT'
// ('mtt_1975' is a framework)" or "'Georgia' is ambiguous: it names 'geo' (actor: Georgia),
// ...; use an id".
std::string resolve_as(const Model& model, std::string_view text, EntityKind kind,
                       std::string* error);

// As resolve_as, among several kinds in order of preference: when the text fits entities of
// several kinds equally and exactly one of them is of kinds[0], that one is the answer
// (`lattice scenario --at` prefers a place to a state of the same name). Messages name
// kinds[0] ("unknown place 'X'").
std::string resolve_among(const Model& model, std::string_view text,
                          const std::vector<EntityKind>& kinds, std::string* error);

}  // namespace lattice::model
