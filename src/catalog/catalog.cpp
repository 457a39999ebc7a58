// The catalog (see catalog.h): adding a query is one define() line here.
#include "catalog/catalog.h"

#include "query/agenda_query.h"
#include "query/corpus_queries.h"
#include "query/define.h"
#include "query/document_queries.h"
#include "query/lookups.h"
#include "views/agenda_views.h"
#include "views/corpus_views.h"
#include "views/document_views.h"
#include "views/lookups_views.h"

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
