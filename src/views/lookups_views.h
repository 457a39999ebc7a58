// Views of the model lookups (members, memberships, actors, frameworks, places, summary): the JSON
// of
// `--json` (keys in docs/cli.md), the human text table and the CSV. They format results and never
// compute.
#pragma once

#include "query/define.h"
#include "query/lookups.h"

namespace lattice::views {

query::Views<query::MembersResult> members_views();
query::Views<query::MembershipsResult> memberships_views();
query::Views<query::ActorsResult> actors_views();
query::Views<query::FrameworksResult> frameworks_views();
query::Views<query::PlacesResult> places_views();
query::Views<query::SummaryResult> summary_views();

}  // namespace lattice::views
