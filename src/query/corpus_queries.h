// The corpus queries: storing documents and what extraction finds in them in a corpus database
// (ingest, an action: its result reports what it did to each file) and full-text search of the
// stored units (search). Requests declare their parameters once in visit(); the functions take
// the environment and the request.
#pragma once

#include <string>
#include <vector>

#include "corpus/corpus_db.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/param.h"
#include "query/query.h"

namespace lattice::query {

struct IngestRequest {
  std::vector<Path> files;
  Path db{"lattice.db"};
  std::string title, organisation, date;  // metadata overrides, for one file only

  template <class V>
  void visit(V&& v) {
    v(files, {.name = "file",
              .help = "Documents: .txt, .md, .html, .pdf",
              .required = true,
              .positional = true});
    v(db, {.name = "db", .help = "Corpus database (created when missing)"});
    v(title, {.name = "title", .help = "Title of the document (one FILE only)"});
    v(organisation, {.name = "organisation",
                     .help = "Organisation that published the document (one FILE only)",
                     .alias = "organization"});
    v(date,
      {.name = "date", .help = "Publication date: YYYY, YYYY-MM or YYYY-MM-DD (one FILE only)"});
  }
  std::vector<ParamError> validate() const;
};

// What happened to one file that was stored or found unchanged.
struct IngestedFile {
  std::string path, doc;
  corpus::IngestOutcome outcome = corpus::IngestOutcome::kAdded;
  size_t units = 0, recommendations = 0, claims = 0;
};

struct IngestResult {
  std::string db;
  size_t file_count = 0;  // files asked for
  size_t added = 0, replaced = 0, unchanged = 0, failed = 0;
  std::vector<IngestedFile> files;  // in request order; failed files are remarks' problems
  Remarks remarks;
};

// Stores each file in its own transaction; a file whose bytes match the stored version (same
// name, same sha256) is unchanged without being parsed. Throws std::runtime_error when the
// database cannot be opened.
IngestResult ingest(const Env& env, const IngestRequest& request);

struct SearchRequest {
  std::string query;
  Path db{"lattice.db"};
  int limit = 20;

  template <class V>
  void visit(V&& v) {
    v(query, {.name = "query",
              .help = "FTS5 query: words, \"phrases\", AND OR NOT, prefix*, NEAR(a b, 5)",
              .required = true,
              .positional = true});
    v(db, {.name = "db", .help = "Corpus database"});
    v(limit, {.name = "limit", .help = "Most hits to show", .min = 1, .max = 1000000});
  }
};

struct SearchResult {
  std::vector<corpus::SearchHit> hits;  // best first (BM25)
};

// Throws std::runtime_error when the database does not exist or the query is malformed.
SearchResult search(const Env& env, const SearchRequest& request);

}  // namespace lattice::query
