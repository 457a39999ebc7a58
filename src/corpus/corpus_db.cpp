// The SQLite corpus: schema, one-transaction ingestion, FTS5 search and the read accessors.
//
// Schema (version 1): documents own their units, recommendations, claims and mentions through
// foreign keys with ON DELETE CASCADE, so replacing a document is one DELETE plus inserts. The
// FTS5 table units_fts indexes units.text as external content (the text is stored once, in units);
// triggers on units keep it in step, including for rows removed by the cascade.
#include "corpus/corpus_db.h"

#include <sqlite3.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <utility>

#include "corpus/crash_point.h"
#include "model/vocabulary.h"

namespace lattice::corpus {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,        -- file name without directory and extension
  path TEXT NOT NULL,               -- as given when ingested
  sha256 TEXT NOT NULL,             -- of the file's bytes
  format TEXT NOT NULL,             -- text, markdown, html, pdf
  bytes INTEGER NOT NULL,           -- size of the file
  title TEXT,
  organisation TEXT,
  date TEXT,                        -- ISO 8601, possibly partial (2020, 2020-12)
  ingested_at TEXT NOT NULL,        -- UTC, ISO 8601
  text TEXT NOT NULL                -- canonical text; every offset below is a byte offset into it
);
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  kind TEXT NOT NULL,               -- sentence, bullet, heading
  text TEXT NOT NULL,
  UNIQUE (doc_id, idx)
);
CREATE VIRTUAL TABLE units_fts USING fts5(
  text, content='units', content_rowid='id', tokenize='porter unicode61');
-- Rows enter units_fts from the ingest code, right after their units row: an AFTER INSERT
-- trigger doing the same costs three times as much (measured in docs/benchmarks.md).
CREATE TRIGGER units_after_delete AFTER DELETE ON units BEGIN
  INSERT INTO units_fts(units_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TABLE recommendations (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  actors TEXT NOT NULL,             -- JSON array of entity ids
  domains TEXT NOT NULL,            -- JSON array of domain names
  modality TEXT NOT NULL,
  certainty TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX recommendations_by_doc ON recommendations(doc_id, start);
CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  quantity REAL NOT NULL,
  unit TEXT NOT NULL,
  year INTEGER,
  subject TEXT NOT NULL
);
CREATE INDEX claims_by_doc ON claims(doc_id, start);
CREATE TABLE mentions (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  entity_id TEXT NOT NULL
);
CREATE INDEX mentions_by_doc ON mentions(doc_id, start);
CREATE INDEX mentions_by_entity ON mentions(entity_id);
)sql";

std::string sqlite_error(sqlite3* db, std::string_view what) {
  return std::string(what) + ": " + sqlite3_errmsg(db);
}

// A prepared statement, finalized on destruction. Move-only.
class Statement {
 public:
  Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& o) noexcept : stmt_(std::exchange(o.stmt_, nullptr)) {}
  Statement& operator=(Statement&& o) noexcept {
    std::swap(stmt_, o.stmt_);
    return *this;
  }
  ~Statement() { sqlite3_finalize(stmt_); }

  // Prepares sql; false with *error set on failure.
  bool prepare(sqlite3* db, std::string_view sql, std::string* error) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt_, nullptr) != SQLITE_OK) {
      *error = sqlite_error(db, "cannot prepare statement");
      return false;
    }
    return true;
  }

  // Binds text that stays alive until the statement is reset (no copy is made).
  void bind_view(int i, std::string_view s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
  }
  void bind_copy(int i, const std::string& s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  // Binds NULL for an empty string.
  void bind_optional(int i, const std::string& s) {
    if (s.empty()) {
      sqlite3_bind_null(stmt_, i);
    } else {
      bind_copy(i, s);
    }
  }
  void bind_int(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void bind_double(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
  void bind_null(int i) { sqlite3_bind_null(stmt_, i); }

  int step() { return sqlite3_step(stmt_); }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  std::string text(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// Runs one step of a statement that returns no rows; false with *error set on failure.
bool step_done(Statement& s, sqlite3* db, std::string_view what, std::string* error) {
  const int rc = s.step();
  s.reset();
  if (rc != SQLITE_DONE) {
    *error = sqlite_error(db, what);
    return false;
  }
  return true;
}

bool exec(sqlite3* db, const char* sql, std::string* error) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    *error = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    return false;
  }
  return true;
}

// The value of a PRAGMA that returns one integer, or nullopt with *error set.
std::optional<int64_t> pragma_int(sqlite3* db, const char* sql, std::string* error) {
  Statement s;
  if (!s.prepare(db, sql, error)) return std::nullopt;
  if (s.step() != SQLITE_ROW) {
    *error = sqlite_error(db, "cannot read database");
    return std::nullopt;
  }
  return s.integer(0);
}

std::vector<std::string> json_strings(const std::string& text) {
  std::vector<std::string> out;
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& v : j)
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

bool span_ok(size_t start, size_t end, size_t size) {
  return start <= end && end <= size;
}

constexpr const char* kDocumentColumns =
    "d.name, d.path, d.sha256, d.format, d.bytes, coalesce(d.title, ''), "
    "coalesce(d.organisation, ''), coalesce(d.date, ''), d.ingested_at, "
    "(SELECT count(*) FROM units WHERE doc_id = d.id), "
    "(SELECT count(*) FROM recommendations WHERE doc_id = d.id), "
    "(SELECT count(*) FROM claims WHERE doc_id = d.id), "
    "(SELECT count(*) FROM mentions WHERE doc_id = d.id) ";

StoredDocument read_document_row(const Statement& s) {
  StoredDocument d;
  d.name = s.text(0);
  d.path = s.text(1);
  d.sha256 = s.text(2);
  d.format = s.text(3);
  d.bytes = static_cast<uint64_t>(s.integer(4));
  d.title = s.text(5);
  d.organisation = s.text(6);
  d.date = s.text(7);
  d.ingested_at = s.text(8);
  d.units = static_cast<size_t>(s.integer(9));
  d.recommendations = static_cast<size_t>(s.integer(10));
  d.claims = static_cast<size_t>(s.integer(11));
  d.mentions = static_cast<size_t>(s.integer(12));
  return d;
}

}  // namespace

const char* ingest_outcome_name(IngestOutcome o) {
  switch (o) {
    case IngestOutcome::kAdded:
      return "added";
    case IngestOutcome::kReplaced:
      return "replaced";
    case IngestOutcome::kUnchanged:
      return "unchanged";
  }
  return "?";
}

struct CorpusDb::Impl {
  sqlite3* db = nullptr;
  // Statements of ingest, prepared once.
  Statement find_document, delete_document, insert_document, insert_unit, insert_unit_fts,
      insert_recommendation, insert_claim, insert_mention;
  long documents_written = 0;  // documents whose rows this connection began writing

  ~Impl() {
    // Statements must be finalized before the connection closes.
    find_document = {};
    delete_document = {};
    insert_document = {};
    insert_unit = {};
    insert_unit_fts = {};
    insert_recommendation = {};
    insert_claim = {};
    insert_mention = {};
    sqlite3_close_v2(db);
  }

  bool prepare_ingest_statements(std::string* error) {
    return find_document.prepare(db, "SELECT id, sha256 FROM documents WHERE name = ?1", error) &&
           delete_document.prepare(db, "DELETE FROM documents WHERE id = ?1", error) &&
           insert_document.prepare(
               db,
               "INSERT INTO documents (name, path, sha256, format, bytes, title, organisation, "
               "date, ingested_at, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
               "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?9)",
               error) &&
           insert_unit.prepare(db,
                               "INSERT INTO units (doc_id, idx, start, \"end\", kind, text) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               error) &&
           insert_unit_fts.prepare(db, "INSERT INTO units_fts (rowid, text) VALUES (?1, ?2)",
                                   error) &&
           insert_recommendation.prepare(
               db,
               "INSERT INTO recommendations (doc_id, start, \"end\", text, actors, domains, "
               "modality, certainty, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
               error) &&
           insert_claim.prepare(
               db,
               "INSERT INTO claims (doc_id, start, \"end\", text, sentence_start, sentence_end, "
               "quantity, unit, year, subject) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
               error) &&
           insert_mention.prepare(
               db,
               "INSERT INTO mentions (doc_id, start, \"end\", entity_id) VALUES (?1, ?2, ?3, ?4)",
               error);
  }

  // Creates the schema in an empty database, or checks the version of an existing one.
  bool ensure_schema(bool may_create, std::string* error) {
    auto version = pragma_int(db, "PRAGMA user_version", error);
    if (!version) return false;
    if (*version == kSchemaVersion) return true;
    if (*version == 1) {
      // Version 1 filled units_fts by a trigger; ingest now does it itself.
      const std::string migrate =
          "BEGIN IMMEDIATE; DROP TRIGGER IF EXISTS units_after_insert; "
          "PRAGMA user_version = " +
          std::to_string(kSchemaVersion) + "; COMMIT;";
      if (exec(db, migrate.c_str(), error)) return true;
      std::string ignored;
      exec(db, "ROLLBACK", &ignored);
      return false;
    }
    if (*version != 0) {
      *error = "corpus schema version " + std::to_string(*version) + " (this lattice reads " +
               std::to_string(kSchemaVersion) + ")";
      return false;
    }
    if (!may_create) {
      *error = "not a lattice corpus database";
      return false;
    }
    if (!exec(db, "BEGIN IMMEDIATE", error)) return false;
    // Another process may have created the schema while this one waited for the lock.
    version = pragma_int(db, "PRAGMA user_version", error);
    auto tables = pragma_int(db, "SELECT count(*) FROM sqlite_master", error);
    bool ok = version && tables;
    if (ok && *version == 0 && *tables != 0) {
      *error = "not a lattice corpus database (it has other tables)";
      ok = false;
    }
    if (ok && *version == 0) {
      ok = exec(db, kSchema, error) &&
           exec(db, ("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str(), error);
    }
    if (ok) ok = exec(db, "COMMIT", error);
    if (!ok) {
      std::string ignored;
      exec(db, "ROLLBACK", &ignored);
    }
    return ok;
  }

  // Inserts every row of one document; false with *error set at the first failure.
  bool insert_rows(const DocumentToIngest& d, std::string* error) {
    const std::string& text = d.doc.text;
    Statement& doc = insert_document;
    doc.bind_copy(1, d.doc.name);
    doc.bind_copy(2, d.doc.path);
    doc.bind_copy(3, d.sha256);
    doc.bind_copy(4, text::format_name(d.doc.format));
    doc.bind_int(5, static_cast<int64_t>(d.file_bytes));
    doc.bind_optional(6, d.metadata.title);
    doc.bind_optional(7, d.metadata.organisation);
    doc.bind_optional(8, d.metadata.date);
    doc.bind_view(9, text);
    if (!step_done(doc, db, "cannot insert document", error)) return false;
    const int64_t doc_id = sqlite3_last_insert_rowid(db);

    const auto& x = d.extraction;
    for (size_t i = 0; i < x.units.size(); ++i) {
      const text::Unit& u = x.units[i];
      if (!span_ok(u.start, u.end, text.size())) {
        *error = "unit span out of range";
        return false;
      }
      insert_unit.bind_int(1, doc_id);
      insert_unit.bind_int(2, static_cast<int64_t>(i));
      insert_unit.bind_int(3, static_cast<int64_t>(u.start));
      insert_unit.bind_int(4, static_cast<int64_t>(u.end));
      insert_unit.bind_view(5, text::unit_kind_name(u.kind));
      const std::string_view unit_text = std::string_view(text).substr(u.start, u.end - u.start);
      insert_unit.bind_view(6, unit_text);
      if (!step_done(insert_unit, db, "cannot insert unit", error)) return false;
      insert_unit_fts.bind_int(1, sqlite3_last_insert_rowid(db));
      insert_unit_fts.bind_view(2, unit_text);
      if (!step_done(insert_unit_fts, db, "cannot index unit", error)) return false;
    }
    for (const auto& r : x.recommendations) {
      if (!span_ok(r.start, r.end, text.size())) {
        *error = "recommendation span out of range";
        return false;
      }
      nlohmann::json domains = nlohmann::json::array();
      for (auto domain : r.domains) domains.push_back(std::string(model::name(domain)));
      Statement& s = insert_recommendation;
      s.bind_int(1, doc_id);
      s.bind_int(2, static_cast<int64_t>(r.start));
      s.bind_int(3, static_cast<int64_t>(r.end));
      s.bind_view(4, std::string_view(text).substr(r.start, r.end - r.start));
      s.bind_copy(5, nlohmann::json(r.actors).dump());
      s.bind_copy(6, domains.dump());
      s.bind_copy(7, std::string(model::name(r.modality)));
      s.bind_copy(8, std::string(model::name(r.certainty)));
      s.bind_double(9, r.confidence);
      if (!step_done(s, db, "cannot insert recommendation", error)) return false;
    }
    for (const auto& c : x.claims) {
      if (!span_ok(c.start, c.end, text.size()) ||
          !span_ok(c.sentence_start, c.sentence_end, text.size())) {
        *error = "claim span out of range";
        return false;
      }
      Statement& s = insert_claim;
      s.bind_int(1, doc_id);
      s.bind_int(2, static_cast<int64_t>(c.start));
      s.bind_int(3, static_cast<int64_t>(c.end));
      s.bind_view(4, std::string_view(text).substr(c.start, c.end - c.start));
      s.bind_int(5, static_cast<int64_t>(c.sentence_start));
      s.bind_int(6, static_cast<int64_t>(c.sentence_end));
      s.bind_double(7, c.quantity);
      s.bind_copy(8, std::string(model::name(c.unit)));
      if (c.year) {
        s.bind_int(9, *c.year);
      } else {
        s.bind_null(9);
      }
      s.bind_copy(10, c.subject);
      if (!step_done(s, db, "cannot insert claim", error)) return false;
    }
    for (const auto& m : x.mentions) {
      if (!span_ok(m.start, m.end, text.size())) {
        *error = "mention span out of range";
        return false;
      }
      insert_mention.bind_int(1, doc_id);
      insert_mention.bind_int(2, static_cast<int64_t>(m.start));
      insert_mention.bind_int(3, static_cast<int64_t>(m.end));
      insert_mention.bind_copy(4, m.id);
      if (!step_done(insert_mention, db, "cannot insert mention", error)) return false;
    }
    return true;
  }
};

CorpusDb::CorpusDb(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CorpusDb::~CorpusDb() = default;

std::unique_ptr<CorpusDb> CorpusDb::open(const std::string& path, std::string* error,
                                         OpenMode mode) {
  std::string local_error;
  if (!error) error = &local_error;
  std::error_code ec;
  if (mode == OpenMode::kExisting && !std::filesystem::exists(path, ec)) {
    *error = "no such database";
    return nullptr;
  }
  auto impl = std::make_unique<Impl>();
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (mode == OpenMode::kCreate) flags |= SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &impl->db, flags, nullptr) != SQLITE_OK) {
    *error = impl->db ? sqlite_error(impl->db, "cannot open database") : "cannot open database";
    return nullptr;
  }
  sqlite3_extended_result_codes(impl->db, 1);
  sqlite3_busy_timeout(impl->db, kBusyTimeoutMs);
  if (!exec(impl->db, "PRAGMA foreign_keys = ON", error)) return nullptr;
  if (!impl->ensure_schema(mode == OpenMode::kCreate, error)) return nullptr;
  // WAL is a property of the file (set once, kept); synchronous is per connection.
  if (!exec(impl->db, "PRAGMA journal_mode = WAL", error) ||
      !exec(impl->db, "PRAGMA synchronous = NORMAL", error)) {
    return nullptr;
  }
  if (!impl->prepare_ingest_statements(error)) return nullptr;
  return std::unique_ptr<CorpusDb>(new CorpusDb(std::move(impl)));
}

std::optional<IngestOutcome> CorpusDb::ingest(const DocumentToIngest& d, std::string* error) {
  std::string local_error;
  if (!error) error = &local_error;
  sqlite3* db = impl_->db;
  if (!exec(db, "BEGIN IMMEDIATE", error)) return std::nullopt;
  auto rollback = [&]() {
    std::string ignored;
    exec(db, "ROLLBACK", &ignored);
    return std::nullopt;
  };
  Statement& find = impl_->find_document;
  find.bind_copy(1, d.doc.name);
  const int rc = find.step();
  std::optional<int64_t> old_id;
  std::string old_sha;
  if (rc == SQLITE_ROW) {
    old_id = find.integer(0);
    old_sha = find.text(1);
  }
  find.reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    *error = sqlite_error(db, "cannot look up document");
    return rollback();
  }
  if (old_id && old_sha == d.sha256) {
    rollback();  // nothing was written
    return IngestOutcome::kUnchanged;
  }
  if (old_id) {
    impl_->delete_document.bind_int(1, *old_id);
    if (!step_done(impl_->delete_document, db, "cannot delete old version", error)) {
      return rollback();
    }
  }
  if (!impl_->insert_rows(d, error)) return rollback();
  const long written = ++impl_->documents_written;
  crash_point(written, CrashStage::kInTransaction);
  if (!exec(db, "COMMIT", error)) return rollback();
  crash_point(written, CrashStage::kAfterCommit);
  return old_id ? IngestOutcome::kReplaced : IngestOutcome::kAdded;
}

std::optional<StoredDocument> CorpusDb::document(const std::string& name, std::string* error) {
  std::string local_error;
  if (!error) error = &local_error;
  error->clear();
  Statement s;
  if (!s.prepare(impl_->db,
                 std::string("SELECT ") + kDocumentColumns + "FROM documents d WHERE d.name = ?1",
                 error)) {
    return std::nullopt;
  }
  s.bind_copy(1, name);
  const int rc = s.step();
  if (rc == SQLITE_ROW) return read_document_row(s);
  if (rc != SQLITE_DONE) *error = sqlite_error(impl_->db, "cannot read document");
  return std::nullopt;
}

std::optional<std::vector<StoredDocument>> CorpusDb::documents(std::string* error) {
  std::string local_error;
  if (!error) error = &local_error;
  Statement s;
  if (!s.prepare(impl_->db,
                 std::string("SELECT ") + kDocumentColumns + "FROM documents d ORDER BY d.name",
                 error)) {
    return std::nullopt;
  }
  std::vector<StoredDocument> out;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) out.push_back(read_document_row(s));
  if (rc != SQLITE_DONE) {
    *error = sqlite_error(impl_->db, "cannot list documents");
    return std::nullopt;
  }
  return out;
}

std::optional<std::string> CorpusDb::document_text(const std::string& name, std::string* error) {
  std::string local_error;
  if (!error) error = &local_error;
  error->clear();
  Statement s;
  if (!s.prepare(impl_->db, "SELECT text FROM documents WHERE name = ?1", error)) {
    return std::nullopt;
  }
  s.bind_copy(1, name);
  const int rc = s.step();
  if (rc == SQLITE_ROW) return s.text(0);
  if (rc != SQLITE_DONE) *error = sqlite_error(impl_->db, "cannot read document text");
  return std::nullopt;
}

std::optional<std::vector<SearchHit>> CorpusDb::search(std::string_view query, size_t limit,
                                                       std::string* error) {
  std::string local_error;
  if (!error) error = &local_error;
  // The FTS5 query runs alone in the inner select (so ranking uses the index); the outer one
  // joins each hit to its unit and document.
  Statement s;
  if (!s.prepare(impl_->db,
                 "WITH hits AS ("
                 "  SELECT rowid AS unit_id, highlight(units_fts, 0, ?2, ?3) AS marked,"
                 "         bm25(units_fts) AS score"
                 "  FROM units_fts WHERE units_fts MATCH ?1 ORDER BY rank LIMIT ?4) "
                 "SELECT d.name, coalesce(d.title, ''), coalesce(d.date, ''), u.start, u.\"end\","
                 "       u.kind, u.text, hits.marked, hits.score "
                 "FROM hits JOIN units u ON u.id = hits.unit_id "
                 "JOIN documents d ON d.id = u.doc_id "
                 "ORDER BY hits.score, d.name, u.start",
                 error)) {
    return std::nullopt;
  }
  s.bind_view(1, query);
  s.bind_view(2, kMatchOpen);
  s.bind_view(3, kMatchClose);
  s.bind_int(4, limit == 0 ? -1 : static_cast<int64_t>(limit));
  std::vector<SearchHit> hits;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) {
    SearchHit h;
    h.doc = s.text(0);
    h.title = s.text(1);
    h.date = s.text(2);
    h.start = static_cast<size_t>(s.integer(3));
    h.end = static_cast<size_t>(s.integer(4));
    h.kind = s.text(5);
    h.text = s.text(6);
    h.marked = s.text(7);
    h.score = -s.real(8);  // SQLite's bm25() is lower-is-better
    hits.push_back(std::move(h));
  }
  if (rc != SQLITE_DONE) {
    // SQLITE_ERROR is what FTS5 returns for a query it cannot parse or a column it does not have.
    *error = std::string((rc & 0xFF) == SQLITE_ERROR ? "bad query: " : "cannot search: ") +
             sqlite3_errmsg(impl_->db);
    return std::nullopt;
  }
  return hits;
}

std::optional<std::vector<StoredRecommendation>> CorpusDb::recommendations(std::string* error) {
  std::string local_error;
  if (!error) error = &local_error;
  Statement s;
  if (!s.prepare(impl_->db,
                 "SELECT d.name, coalesce(d.title, ''), coalesce(d.organisation, ''),"
                 "       coalesce(d.date, ''), r.start, r.\"end\", r.text, r.actors, r.domains,"
                 "       r.modality, r.certainty, r.confidence "
                 "FROM recommendations r JOIN documents d ON d.id = r.doc_id "
                 "ORDER BY d.name, r.start, r.id",
                 error)) {
    return std::nullopt;
  }
  std::vector<StoredRecommendation> out;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) {
    StoredRecommendation r;
    r.doc = s.text(0);
    r.title = s.text(1);
    r.organisation = s.text(2);
    r.date = s.text(3);
    r.start = static_cast<size_t>(s.integer(4));
    r.end = static_cast<size_t>(s.integer(5));
    r.text = s.text(6);
    r.actors = json_strings(s.text(7));
    r.domains = json_strings(s.text(8));
    r.modality = s.text(9);
    r.certainty = s.text(10);
    r.confidence = s.real(11);
    out.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) {
    *error = sqlite_error(impl_->db, "cannot read recommendations");
    return std::nullopt;
  }
  return out;
}

bool CorpusDb::check_integrity(std::string* error) {
  std::string local_error;
  if (!error) error = &local_error;
  Statement s;
  if (!s.prepare(impl_->db, "PRAGMA integrity_check", error)) return false;
  if (s.step() != SQLITE_ROW) {
    *error = sqlite_error(impl_->db, "integrity check failed");
    return false;
  }
  if (s.text(0) != "ok") {
    *error = "integrity check: " + s.text(0);
    return false;
  }
  s = {};
  if (!exec(impl_->db, "INSERT INTO units_fts(units_fts, rank) VALUES ('integrity-check', 1)",
            error)) {
    *error = "full-text index check: " + *error;
    return false;
  }
  Statement fk;
  if (!fk.prepare(impl_->db, "PRAGMA foreign_key_check", error)) return false;
  if (fk.step() == SQLITE_ROW) {
    *error = "foreign key check: orphan row in " + fk.text(0);
    return false;
  }
  return true;
}

}  // namespace lattice::corpus
