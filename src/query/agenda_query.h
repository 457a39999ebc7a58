// The agenda query: the recommendations of the model (and of a corpus database) grouped into
// agenda items, with the document-by-document agreement and the items only one document raises
// per domain; with a diff document, what it adds, repeats and leaves out (docs/agenda.md).
// `lattice agenda` and the report's agenda section both run it.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "agenda/agenda.h"
#include "agenda/agreement.h"
#include "agenda/diff.h"
#include "corpus/corpus_db.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/param.h"
#include "query/query.h"

namespace lattice::model {
// The spellings of the agenda's orders ("size", "persistence", "breadth"), so that a request
// field of type agenda::SortKey is a choice.
template <>
std::span<const std::string_view> names_of<agenda::SortKey>();
}  // namespace lattice::model

namespace lattice::query {

struct AgendaRequest {
  Path db;  // empty or missing: the model's recommendations only
  agenda::SortKey sort = agenda::SortKey::kSize;
  int min_size = 1;
  bool borderline = false;
  Path diff;
  double alpha = agenda::kDefaultAlpha;
  double adjacency = agenda::kDefaultAdjacency;
  double threshold = agenda::kDefaultThreshold;

  template <class V>
  void visit(V&& v) {
    v(db, {.name = "db", .help = "Corpus database (default: none, the model's documents only)"});
    v(sort, {.name = "sort", .help = "Order of items (default: size)", .what = "order"});
    v(min_size, {.name = "min_size",
                 .help = "Show only items of at least N recommendations",
                 .min = 1,
                 .max = 1000000});
    v(borderline, {.name = "borderline", .help = "Also group borderline recommendations"});
    v(diff, {.name = "diff",
             .help = "Compare a new document FILE with the agenda: new, repeated and left-out "
                     "items"});
    v(alpha, {.name = "alpha",
              .help = "Weight of the text similarity against the entities",
              .min = 0,
              .max = 1});
    v(adjacency, {.name = "adjacency",
                  .help = "Similarity bonus of adjacent recommendations",
                  .min = 0,
                  .max = 1});
    v(threshold,
      {.name = "threshold", .help = "Least average similarity to merge", .min = 0, .max = 2});
  }
};

// The recommendations of a corpus database with their documents.
struct CorpusRecommendations {
  std::string db;
  std::vector<corpus::StoredRecommendation> recommendations;
  std::vector<corpus::StoredDocument> documents;
};

// Reads them; throws std::runtime_error ("DB: what") when the database cannot be read.
CorpusRecommendations read_corpus_recommendations(const std::string& db);

// What a new document changes: its recommendations placed among the agenda's items.
struct AgendaDiffResult {
  std::string file, doc;
  agenda::AgendaDiff diff;
};

struct AgendaResult {
  std::shared_ptr<const model::Model> model;  // names the actors
  std::string db;                             // the corpus database read; empty: none
  bool borderline = false;
  size_t min_size = 1;
  agenda::InputReport report;
  agenda::Agenda agenda;                             // items in the default order
  std::vector<agenda::AgendaItem> items;             // the same items in the request's order
  agenda::AgreementTable agreement;                  // empty with a diff
  std::vector<agenda::DomainDivergence> divergence;  // empty with a diff
  std::optional<AgendaDiffResult> diff;
  Remarks remarks;
};

// Reads the database when it exists (a note says so when it does not), then groups. Throws
// std::runtime_error when the database or the diff document cannot be read.
AgendaResult agenda(const Env& env, const AgendaRequest& request);
// The same over recommendations already read (none: the model's only); request.db is unused.
AgendaResult agenda_of(const Env& env, const AgendaRequest& request,
                       const CorpusRecommendations* corpus);

}  // namespace lattice::query
