// The catalog (see catalog.h): adding a query is one define() line here.
#include "catalog/catalog.h"

#include "query/define.h"
#include "query/entity_queries.h"
#include "query/latticework_queries.h"
#include "query/lookups.h"
#include "query/validate_query.h"
#include "views/entity_views.h"
#include "views/latticework_views.h"
#include "views/lookups_views.h"
#include "views/validate_views.h"

namespace lattice::catalog {

const std::vector<query::Query>& queries() {
  static const std::vector<query::Query> all = [] {
    using query::define;
    std::vector<query::Query> q;
    q.push_back(define("validate", "Check a model and report every problem", &query::validate,
                       views::validate_views(), {{}}));
    q.back().needs_model = false;
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
    q.push_back(define("show", "Everything known about one entity, with sources", &query::show,
                       views::show_views(), {{{"id", {"jpn"}}}, {{"id", {"Senkaku Islands"}}}}));
    q.push_back(define("resolve", "The entity a name stands for, ranked candidates",
                       &query::resolve, views::resolve_views(),
                       {{{"text", {"the Quad"}}}, {{"text", {"ROK"}}, {"kind", {"actor"}}}}));
    q.push_back(define("summary",
                       "One-screen overview: entity counts and frameworks with member counts",
                       &query::summary, views::summary_views(), {{{"on", {"2024-06-01"}}}}));
    q.push_back(define("network",
                       "The actor-framework network on a date and its weighted actor projection",
                       &query::network, views::network_views(),
                       {{{"on", {"2024-06-01"}}, {"top", {"5"}}},
                        {{"on", {"1980-01-01"}}, {"include_global", {"true"}}}}));
    q.push_back(define("overlap", "Overlap and redundancy of the frameworks in force on a date",
                       &query::overlap, views::overlap_views(),
                       {{{"on", {"2000-01-01"}}, {"top", {"3"}}}}));
    q.push_back(define(
        "coverage", "Frameworks binding a set of actors together, domain by domain, and the gaps",
        &query::coverage, views::coverage_views(),
        {{{"on", {"2024-06-01"}}, {"actors", {"usa,Japan,ROK"}}}}));
    q.push_back(define("centrality",
                       "Centrality of actors in the framework network, communities, nucleus test",
                       &query::centrality, views::centrality_views(),
                       {{{"on", {"2020-01-01"}}, {"pair", {"aus"}}, {"with", {"India"}}}}));
    q.push_back(define("inclusivity",
                       "How much of a region a framework includes, and who is left out",
                       &query::inclusivity, views::inclusivity_views(),
                       {{{"framework", {"quad"}}, {"on", {"2024-06-01"}}},
                        {{"framework", {"rcep"}}, {"region", {"southeast_asia"}}}}));
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
