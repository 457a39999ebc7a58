// The catalog (see catalog.h): adding a query is one define() line here.
#include "catalog/catalog.h"

#include "query/bargain_query.h"
#include "query/define.h"
#include "query/lookups.h"
#include "query/scenario_query.h"
#include "views/bargain_views.h"
#include "views/lookups_views.h"
#include "views/scenario_views.h"

namespace lattice::catalog {

const std::vector<query::Query>& queries() {
  static const std::vector<query::Query> all = [] {
    using query::define;
    std::vector<query::Query> q;
    q.push_back(define("members", "Members of a framework on a date", &query::members,
                       views::members_views(),
                       {{{"framework", {"quad"}}, {"on", {"2024-06-01"}}},
                        {{"framework", {"ASEAN"}}, {"history", {"true"}}}}));
    q.push_back(define("memberships", "Frameworks an actor belongs to on a date",
                       &query::memberships, views::memberships_views(),
                       {{{"actor", {"Japan"}}, {"on", {"2024-06-01"}}}}));
    q.push_back(define("actors", "List actors (states, organisations, domestic actors)",
                       &query::actors, views::actors_views(), {{{"kind", {"state"}}}}));
    q.push_back(define("frameworks", "List frameworks (treaties, forums, agreements...)",
                       &query::frameworks, views::frameworks_views(),
                       {{{"kind", {"minilateral"}}, {"on", {"2024-06-01"}}}}));
    q.push_back(define("places", "List places, with their administration and claims on a date",
                       &query::places, views::places_views(), {{{"on", {"2024-06-01"}}}}));
    q.push_back(define("summary",
                       "One-screen overview: entity counts and frameworks with member counts",
                       &query::summary, views::summary_views(), {{{"on", {"2024-06-01"}}}}));
    q.push_back(define(
        "scenario", "Which commitments an event triggers, leaves conditional or does not trigger",
        &query::scenario, views::scenario_views(),
        {{{"by", {"China"}}, {"against", {"Japan"}}, {"at", {"Senkaku"}}, {"on", {"2026-01-01"}}},
         {{"by", {"prk"}},
          {"against", {"kor"}},
          {"on", {"2025-06-01"}},
          {"cascade", {"true"}},
          {"simulate", {"200"}},
          {"seed", {"7"}}}}));
    q.back().renamed = {{"date", "on"}};
    q.push_back(define(
        "bargain", "Negotiation forecast from a stakeholder file (KTAB CSV or simple CSV)",
        &query::bargain, views::bargain_views(),
        {{{"file", {"examples/futenma-relocation/stakeholders.csv"}}, {"method", {"compromise"}}},
         {{"file", {"examples/japan-defense-spending/stakeholders.csv"}},
          {"method", {"smp"}},
          {"simulate", {"20"}},
          {"threads", {"2"}}}}));
    q.back().renamed = {{"model", "method"}};
    return q;
  }();
  return all;
}

const query::Query* find(std::string_view name) {
  for (const auto& q : queries())
    if (q.name == name) return &q;
  return nullptr;
}

}  // namespace lattice::catalog
