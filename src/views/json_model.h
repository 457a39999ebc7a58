// JSON forms of model entities, with the stable keys documented in docs/cli.md.
// Pure functions; safe from any thread.
#pragma once

#include <nlohmann/json.hpp>

#include "model/model.h"
#include "model/queries.h"

namespace lattice::views {

using nlohmann::json;

json to_json(const std::optional<model::Date>& d);  // "YYYY-MM-DD" (or partial), or null
json to_json(const std::vector<model::SourceRef>& sources);
json to_json(const model::Actor& a);
json to_json(const model::Place& p);
json to_json(const model::Region& r);
json to_json(const model::Framework& f);
json to_json(const model::Membership& m);
json to_json(const model::Commitment& c);
json to_json(const model::Document& d);
json to_json(const model::Recommendation& r);
json to_json(const model::Claim& c);
json to_json(const model::Reference& r);
json to_json(const model::Dataset& d);
json to_json(const model::Indicator& i);
// A member row of `lattice members`: id, name, kind, iso3, role, from, to, sources.
json member_row_json(const model::MembershipRow& row);
// A row of `lattice memberships`: framework id and name, kind, role, from, to, sources.
json framework_row_json(const model::MembershipRow& row);

}  // namespace lattice::views
