// The catalog (see catalog.h): adding a query is one define() line here.
#include "catalog/catalog.h"

#include "query/agenda_query.h"
#include "query/alliance_queries.h"
#include "query/bargain_query.h"
#include "query/claim_check_query.h"
#include "query/corpus_queries.h"
#include "query/define.h"
#include "query/document_queries.h"
#include "query/entity_queries.h"
#include "query/indicator_queries.h"
#include "query/latticework_queries.h"
#include "query/lookups.h"
#include "query/report_query.h"
#include "query/scenario_query.h"
#include "query/validate_query.h"
#include "views/agenda_views.h"
#include "views/alliance_views.h"
#include "views/bargain_views.h"
#include "views/claim_check_views.h"
#include "views/corpus_views.h"
#include "views/document_views.h"
#include "views/entity_views.h"
#include "views/indicator_views.h"
#include "views/latticework_views.h"
#include "views/lookups_views.h"
#include "views/report_html.h"
#include "views/scenario_views.h"
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
    q.push_back(define("report",
                       "The self-contained HTML report of the model (default report/index.html)",
                       &query::report, views::report_views(),
                       {{{"on", {"2024-06-01"}}, {"out", {"/tmp/lattice-catalog-report.html"}}}}));
    // Documents and the corpus. Example paths are relative to the repository (the catalog
    // tests set Env::base_dir to it); search's example reads the database ingest's writes.
    q.push_back(define("text",
                       "The canonical text of a document (offsets in all output point into it)",
                       &query::text, views::text_views(),
                       {{{"file", {"tests/fixtures/text/article.html"}}},
                        {{"file", {"tests/fixtures/text/article.html"}}, {"units", {"true"}}}}));
    q.push_back(define("extract",
                       "Recommendations, quantitative claims and entity mentions of documents",
                       &query::extract, views::extract_views(),
                       {{{"file", {"tests/fixtures/agenda/diff_doc.md"}}},
                        {{"file", {"tests/fixtures/agenda/diff_doc.md"}}, {"kinds", {"claim"}}}}));
    q.push_back(
        define("score", "Precision and recall of an extraction against gold annotations",
               &query::score, views::score_views(),
               {{{"extracted", {"tests/fixtures/annotations/000_2ae9e3bf7cc11558.recs.jsonl"}},
                 {"gold", {"tests/fixtures/annotations/000_2ae9e3bf7cc11558.recs.jsonl"}}}}));
    q.push_back(define("ingest",
                       "Store documents and their extractions in a corpus database (SQLite, FTS5)",
                       &query::ingest, views::ingest_views(),
                       {{{"file", {"tests/fixtures/agenda/diff_doc.md"}},
                         {"db", {"/tmp/lattice-catalog-example.db"}}}}));
    q.push_back(define("search",
                       "Full-text search of ingested documents (FTS5 syntax: words, \"phrases\", "
                       "AND OR NOT, prefix*, NEAR(a b, 5))",
                       &query::search, views::search_views(),
                       {{{"query", {"alliance"}}, {"db", {"/tmp/lattice-catalog-example.db"}}}}));
    q.push_back(define("agenda",
                       "Group the recommendations of the ingested documents and the model into "
                       "agenda items, with agreement and divergence between documents "
                       "(docs/agenda.md)",
                       &query::agenda, views::agenda_views(),
                       {{{"sort", {"breadth"}}, {"min_size", {"2"}}},
                        {{"diff", {"tests/fixtures/agenda/diff_doc.md"}}}}));
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
    // Historical alliance data (ATOP, COW) and indicator series.
    q.push_back(define("alliances",
                       "The alliance network of a year (ATOP 5.1 or COW v4.1, COW state system)",
                       &query::alliance_network, views::alliances_views(),
                       {{{"year", {"1960"}}, {"top", {"3"}}}}));
    q.push_back(define("similarity",
                       "Similarity of two states' alliance portfolios (S-scores, kappa, tau-b)",
                       &query::similarity, views::similarity_views(),
                       {{{"states", {"usa", "Japan"}}, {"year", {"2018"}}},
                        {{"year", {"1816"}}, {"all", {"true"}}}}));
    q.push_back(define("series", "An actor's values of an indicator, by year", &query::series,
                       views::series_views(),
                       {{{"indicator", {"milex_gdp"}}, {"actor", {"jpn"}}, {"from", {"2022"}}}}));
    q.push_back(define(
        "bloc", "A framework's total of an indicator and its share of the world, with what-ifs",
        &query::bloc, views::bloc_views(),
        {{{"framework", {"cptpp"}}, {"year", {"2019"}}, {"add", {"usa"}}}}));
    q.push_back(define("burden",
                       "Burden sharing among a framework's members and the Olson-Zeckhauser test",
                       &query::burden, views::burden_views(),
                       {{{"framework", {"quad"}}, {"year", {"2023"}}},
                        {{"framework", {"quad"}}, {"from", {"2015"}}, {"to", {"2020"}}}}));
    q.push_back(define("check",
                       "Check the quantitative claims of documents against the indicator data",
                       &query::check, views::check_views(),
                       {{{"file", {"../shared/corpus/seeds/002_f1f0c03fea09e362.txt"}}}}));
    // What-ifs: events against the commitments, and negotiation forecasts.
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
    q.push_back(define(
        "bargain", "Negotiation forecast from a stakeholder file (KTAB CSV or simple CSV)",
        &query::bargain, views::bargain_views(),
        {{{"file", {"examples/futenma-relocation/stakeholders.csv"}}, {"method", {"compromise"}}},
         {{"file", {"examples/japan-defense-spending/stakeholders.csv"}},
          {"method", {"smp"}},
          {"simulate", {"20"}},
          {"threads", {"2"}}}}));
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
