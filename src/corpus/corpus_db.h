// CorpusDb: the corpus of ingested documents in one SQLite file: each document's metadata, sha256
// and canonical text, its units (sentences, bullets, headings) with an FTS5 index over their text,
// and what extraction found in it (recommendations, claims, entity mentions).
//
// Durability: each document is written in one transaction (BEGIN IMMEDIATE ... COMMIT), so a
// process killed at any moment leaves every document either fully stored or absent. The database
// uses WAL journaling with synchronous=NORMAL: commits are atomic and survive the process being
// killed; only a power failure or OS crash can lose the last few commits (never corrupt the file).
// Several processes may use one database; writers wait up to kBusyTimeoutMs for each other.
//
// A CorpusDb holds one SQLite connection: use it from one thread at a time; not copyable. Errors
// are returned as values: a failing method returns nullopt / false and sets *error to a one-line
// reason; nothing throws but std::bad_alloc.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/document_metadata.h"
#include "extract/extraction.h"
#include "text/text_document.h"

namespace lattice::corpus {

// The version of the schema this code writes (PRAGMA user_version).
inline constexpr int kSchemaVersion = 2;  // 2: units_fts filled by ingest, not a trigger
inline constexpr int kBusyTimeoutMs = 10000;

// Markers that search results put around matched terms.
inline constexpr std::string_view kMatchOpen = "\u00ab";   // «
inline constexpr std::string_view kMatchClose = "\u00bb";  // »

enum class IngestOutcome { kAdded, kReplaced, kUnchanged };
const char* ingest_outcome_name(IngestOutcome o);  // "added", "replaced", "unchanged"

// One document to store: its text, what extraction found, its metadata and the facts of its file.
struct DocumentToIngest {
  const text::TextDocument& doc;
  const extract::Extraction& extraction;
  const DocumentMetadata& metadata;
  std::string sha256;       // of the file's bytes
  uint64_t file_bytes = 0;  // size of the file
};

// A stored document as listed: its metadata and how much was stored for it.
struct StoredDocument {
  std::string name, path, sha256, format, title, organisation, date, ingested_at;
  uint64_t bytes = 0;  // of the file
  size_t units = 0, recommendations = 0, claims = 0, mentions = 0;
};

// A stored recommendation with the metadata of its document (what the agenda works on).
struct StoredRecommendation {
  std::string doc, title, organisation, date;  // of its document
  size_t start = 0, end = 0;                   // byte span in the document's canonical text
  std::string text;
  std::vector<std::string> actors;   // entity ids
  std::vector<std::string> domains;  // domain names (model::Domain spellings)
  std::string modality, certainty;
  double confidence = 0;
};

// One unit matching a search.
struct SearchHit {
  std::string doc, title, date;  // of its document
  size_t start = 0, end = 0;     // byte span of the unit in the document's canonical text
  std::string kind;              // "sentence", "bullet" or "heading"
  std::string text;              // the unit's text
  std::string marked;            // the same with every matched term between kMatchOpen/kMatchClose
  double score = 0;              // BM25 relevance (higher is better)
};

class CorpusDb {
 public:
  enum class OpenMode { kCreate, kExisting };

  // Opens (kCreate: creating if needed, with its schema) the database at path. Returns null with
  // *error set when the file cannot be opened, is not a database, or has a schema of another
  // version; kExisting also fails when the file does not exist.
  static std::unique_ptr<CorpusDb> open(const std::string& path, std::string* error,
                                        OpenMode mode = OpenMode::kCreate);
  ~CorpusDb();
  CorpusDb(const CorpusDb&) = delete;
  CorpusDb& operator=(const CorpusDb&) = delete;

  // Stores one document in one transaction. A document is identified by its name: when one of
  // that name is stored with the same sha256 nothing is written (kUnchanged); with another sha256
  // its rows are replaced (kReplaced); otherwise it is added (kAdded). On error the transaction
  // is rolled back, the database is as before, and nullopt is returned.
  std::optional<IngestOutcome> ingest(const DocumentToIngest& d, std::string* error);

  // The stored document called name; nullopt (with *error empty) when there is none.
  std::optional<StoredDocument> document(const std::string& name, std::string* error);
  // Every stored document, by name. nullopt on error.
  std::optional<std::vector<StoredDocument>> documents(std::string* error);
  // The stored canonical text of document name; nullopt when absent or on error.
  std::optional<std::string> document_text(const std::string& name, std::string* error);

  // The units matching an FTS5 query (https://sqlite.org/fts5.html#full_text_query_syntax),
  // best first (BM25), at most limit (0: all). A query FTS5 cannot parse returns nullopt with
  // *error set to "bad query: " and SQLite's message ("fts5: syntax error near ..."); other
  // failures to "cannot search: ...". Cost: that of the FTS5 query plus one row read per hit.
  std::optional<std::vector<SearchHit>> search(std::string_view query, size_t limit,
                                               std::string* error);

  // Every stored recommendation with its document's metadata, by document name then position.
  std::optional<std::vector<StoredRecommendation>> recommendations(std::string* error);

  // Runs SQLite's integrity check and FTS5's index check; false with *error describing the
  // first problem found.
  bool check_integrity(std::string* error);

 private:
  struct Impl;
  explicit CorpusDb(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lattice::corpus
