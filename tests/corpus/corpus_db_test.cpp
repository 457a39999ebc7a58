// Tests of the SQLite corpus: schema creation and version checks, idempotent ingestion,
// replacement of a changed document, rollback on error, FTS5 search and the read accessors.
// Documents are small invented texts with hand-made extractions (no model needed).
#include "corpus/corpus_db.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <utility>

#include "core/sha256.h"

namespace lattice::corpus {
namespace {

namespace fs = std::filesystem;

// A fresh temporary directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "lattice-corpus-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// A document, its extraction (units by the segmenter, the rest as given) and metadata.
struct Fixture {
  text::TextDocument doc;
  extract::Extraction x;
  DocumentMetadata meta;
  std::string sha;

  Fixture(std::string name, std::string text) {
    doc.path = name + ".txt";
    doc.name = std::move(name);
    doc.text = std::move(text);
    x.units = text::segment(doc.text);
    sha = core::sha256_hex(doc.text);
    meta = {"A Title", "Reef Institute", "2020-12"};
  }
  DocumentToIngest input() const { return {doc, x, meta, sha, doc.text.size()}; }
};

const char* kHarbour =
    "Harbour Review\n\nThe partners should strengthen the harbour defences. "
    "Fishing fleets crowd the lagoon every spring. Ministers must fund the coral survey.\n";
const char* kHarbourRevised =
    "Harbour Review\n\nThe partners should rebuild the seawall. Ministers must fund the tide "
    "gauges.\n";

std::unique_ptr<CorpusDb> open_or_fail(const std::string& path) {
  std::string error;
  auto db = CorpusDb::open(path, &error);
  EXPECT_TRUE(db) << error;
  return db;
}

// Adds one recommendation over the unit that contains needle.
void recommend(Fixture& f, const std::string& needle, std::vector<std::string> actors) {
  const size_t at = f.doc.text.find(needle);
  ASSERT_NE(at, std::string::npos);
  for (const auto& u : f.x.units) {
    if (u.start <= at && at < u.end) {
      extract::RecommendationHit r;
      r.start = u.start;
      r.end = u.end;
      r.actors = std::move(actors);
      r.domains = {model::Domain{}};
      r.confidence = 0.75;
      f.x.recommendations.push_back(r);
      return;
    }
  }
  FAIL() << "no unit holds " << needle;
}

TEST(CorpusDbTest, CreatesTheSchemaAndReopens) {
  TempDir dir;
  {
    auto db = open_or_fail(dir.file("c.db"));
    ASSERT_TRUE(db);
    std::string error;
    EXPECT_TRUE(db->check_integrity(&error)) << error;
  }
  std::string error;
  EXPECT_TRUE(CorpusDb::open(dir.file("c.db"), &error, CorpusDb::OpenMode::kExisting)) << error;
}

TEST(CorpusDbTest, RefusesMissingForeignAndNewerDatabases) {
  TempDir dir;
  std::string error;
  EXPECT_FALSE(CorpusDb::open(dir.file("missing.db"), &error, CorpusDb::OpenMode::kExisting));
  EXPECT_EQ(error, "no such database");
  EXPECT_FALSE(fs::exists(dir.file("missing.db")));

  std::ofstream(dir.file("junk.db")) << "this is not a database at all, just some bytes\n";
  EXPECT_FALSE(CorpusDb::open(dir.file("junk.db"), &error));
  EXPECT_NE(error.find("not a database"), std::string::npos) << error;

  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(dir.file("other.db").c_str(), &raw), SQLITE_OK);
  sqlite3_exec(raw, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
  sqlite3_close(raw);
  EXPECT_FALSE(CorpusDb::open(dir.file("other.db"), &error));
  EXPECT_NE(error.find("not a lattice corpus"), std::string::npos) << error;

  ASSERT_EQ(sqlite3_open(dir.file("newer.db").c_str(), &raw), SQLITE_OK);
  sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(raw);
  EXPECT_FALSE(CorpusDb::open(dir.file("newer.db"), &error));
  EXPECT_NE(error.find("version 99"), std::string::npos) << error;
}

// A version-1 database (units_fts filled by a trigger) is migrated on open; afterwards each unit
// is indexed exactly once.
TEST(CorpusDbTest, MigratesAVersionOneDatabase) {
  TempDir dir;
  const std::string path = dir.file("v1.db");
  { auto db = open_or_fail(path); }
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw,
                         "CREATE TRIGGER units_after_insert AFTER INSERT ON units BEGIN "
                         "INSERT INTO units_fts(rowid, text) VALUES (new.id, new.text); END; "
                         "PRAGMA user_version = 1;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(raw);
  auto db = open_or_fail(path);
  ASSERT_TRUE(db);
  Fixture f("harbour", kHarbour);
  std::string error;
  ASSERT_TRUE(db->ingest(f.input(), &error)) << error;
  auto hits = db->search("coral", 10, &error);
  ASSERT_TRUE(hits) << error;
  EXPECT_EQ(hits->size(), 1u);
  EXPECT_TRUE(db->check_integrity(&error)) << error;
}

TEST(CorpusDbTest, AddsThenLeavesUnchangedThenReplaces) {
  TempDir dir;
  auto db = open_or_fail(dir.file("c.db"));
  ASSERT_TRUE(db);
  Fixture first("harbour", kHarbour);
  std::string error;
  EXPECT_EQ(db->ingest(first.input(), &error), IngestOutcome::kAdded) << error;
  EXPECT_EQ(db->ingest(first.input(), &error), IngestOutcome::kUnchanged) << error;

  auto stored = db->document("harbour", &error);
  ASSERT_TRUE(stored) << error;
  EXPECT_EQ(stored->units, first.x.units.size());
  EXPECT_EQ(stored->sha256, first.sha);
  EXPECT_EQ(stored->title, "A Title");
  EXPECT_EQ(stored->date, "2020-12");
  EXPECT_EQ(stored->format, "text");
  EXPECT_FALSE(stored->ingested_at.empty());

  Fixture second("harbour", kHarbourRevised);
  EXPECT_EQ(db->ingest(second.input(), &error), IngestOutcome::kReplaced) << error;
  stored = db->document("harbour", &error);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->units, second.x.units.size());
  EXPECT_EQ(db->document_text("harbour", &error), std::string(kHarbourRevised));
  // The old version's units are gone from the index too.
  auto hits = db->search("coral", 10, &error);
  ASSERT_TRUE(hits) << error;
  EXPECT_TRUE(hits->empty());
  hits = db->search("seawall", 10, &error);
  ASSERT_TRUE(hits) << error;
  EXPECT_EQ(hits->size(), 1u);
  auto docs = db->documents(&error);
  ASSERT_TRUE(docs);
  EXPECT_EQ(docs->size(), 1u);
  EXPECT_TRUE(db->check_integrity(&error)) << error;
}

TEST(CorpusDbTest, AFailedIngestLeavesTheOldVersionWhole) {
  TempDir dir;
  auto db = open_or_fail(dir.file("c.db"));
  ASSERT_TRUE(db);
  Fixture good("harbour", kHarbour);
  std::string error;
  ASSERT_EQ(db->ingest(good.input(), &error), IngestOutcome::kAdded) << error;

  Fixture bad("harbour", kHarbourRevised);
  extract::Mention broken;
  broken.start = 5;
  broken.end = bad.doc.text.size() + 10;  // past the end: insert_rows fails midway
  broken.id = "x";
  bad.x.mentions.push_back(broken);
  EXPECT_FALSE(db->ingest(bad.input(), &error));
  EXPECT_NE(error.find("out of range"), std::string::npos) << error;

  auto stored = db->document("harbour", &error);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->sha256, good.sha);
  EXPECT_EQ(stored->units, good.x.units.size());
  auto hits = db->search("coral", 10, &error);
  ASSERT_TRUE(hits);
  EXPECT_EQ(hits->size(), 1u);
  EXPECT_TRUE(db->check_integrity(&error)) << error;
}

TEST(CorpusDbTest, SearchMarksMatchesAndGivesUnitSpans) {
  TempDir dir;
  auto db = open_or_fail(dir.file("c.db"));
  ASSERT_TRUE(db);
  Fixture f("harbour", kHarbour);
  std::string error;
  ASSERT_TRUE(db->ingest(f.input(), &error)) << error;

  // Porter stemming: "strengthening" finds "strengthen".
  auto hits = db->search("strengthening", 10, &error);
  ASSERT_TRUE(hits) << error;
  ASSERT_EQ(hits->size(), 1u);
  const SearchHit& h = hits->front();
  EXPECT_EQ(h.doc, "harbour");
  EXPECT_EQ(h.kind, "sentence");
  EXPECT_EQ(h.text, f.doc.text.substr(h.start, h.end - h.start));
  EXPECT_EQ(h.text, "The partners should strengthen the harbour defences.");
  EXPECT_EQ(h.marked, "The partners should \u00abstrengthen\u00bb the harbour defences.");
  EXPECT_EQ(h.title, "A Title");
  EXPECT_GT(h.score, 0);

  hits = db->search("\"coral survey\" OR lagoon", 10, &error);
  ASSERT_TRUE(hits) << error;
  EXPECT_EQ(hits->size(), 2u);
  hits = db->search("harbour", 1, &error);
  ASSERT_TRUE(hits);
  EXPECT_EQ(hits->size(), 1u);  // the limit
  hits = db->search("harbour", 0, &error);
  ASSERT_TRUE(hits);
  EXPECT_EQ(hits->size(), 2u);  // the heading and one sentence
}

TEST(CorpusDbTest, BadQueriesAreErrorsNotCrashes) {
  TempDir dir;
  auto db = open_or_fail(dir.file("c.db"));
  ASSERT_TRUE(db);
  Fixture f("harbour", kHarbour);
  std::string error;
  ASSERT_TRUE(db->ingest(f.input(), &error));
  // None of these is an FTS5 query (an unterminated string; AND without operands; NEAR and a
  // parenthesis left open; a column filter naming no column; nothing at all): each is an error,
  // "bad query: " and SQLite's words, which hold the part given here.
  const std::pair<const char*, const char*> bad[] = {
      {"\"unbalanced", "unterminated string"},
      {"AND", "syntax error"},
      {"NEAR(", "syntax error"},
      {"nosuchcolumn: x", "no such column: nosuchcolumn"},
      {"(a OR", "syntax error"},
      {"", "syntax error"}};
  for (const auto& [q, part] : bad) {
    error.clear();
    auto hits = db->search(q, 10, &error);
    EXPECT_FALSE(hits) << q;
    EXPECT_TRUE(error.starts_with("bad query: ")) << q << ": " << error;
    EXPECT_NE(error.find(part), std::string::npos) << q << ": " << error;
  }
  EXPECT_FALSE(db->search("\"unbalanced", 10, &error));
  EXPECT_EQ(error, "bad query: unterminated string");
  EXPECT_FALSE(db->search("a AND", 10, &error));
  EXPECT_NE(error.find("syntax error"), std::string::npos) << error;
}

TEST(CorpusDbTest, RecommendationsComeWithTheirDocumentMetadata) {
  TempDir dir;
  auto db = open_or_fail(dir.file("c.db"));
  ASSERT_TRUE(db);
  Fixture f("harbour", kHarbour);
  recommend(f, "should strengthen", {"usa", "jpn"});
  recommend(f, "must fund", {});
  std::string error;
  ASSERT_TRUE(db->ingest(f.input(), &error)) << error;
  auto recs = db->recommendations(&error);
  ASSERT_TRUE(recs) << error;
  ASSERT_EQ(recs->size(), 2u);
  const auto& r = recs->front();
  EXPECT_EQ(r.doc, "harbour");
  EXPECT_EQ(r.title, "A Title");
  EXPECT_EQ(r.organisation, "Reef Institute");
  EXPECT_EQ(r.date, "2020-12");
  EXPECT_EQ(r.text, "The partners should strengthen the harbour defences.");
  EXPECT_EQ(r.actors, (std::vector<std::string>{"usa", "jpn"}));
  EXPECT_EQ(r.domains, (std::vector<std::string>{std::string(model::name(model::Domain{}))}));
  EXPECT_EQ(r.modality, std::string(model::name(model::Modality::kShould)));
  EXPECT_DOUBLE_EQ(r.confidence, 0.75);
  EXPECT_TRUE(recs->back().actors.empty());
  auto stored = db->document("harbour", &error);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->recommendations, 2u);
}

TEST(CorpusDbTest, TwoConnectionsShareOneDatabase) {
  TempDir dir;
  auto a = open_or_fail(dir.file("c.db"));
  auto b = open_or_fail(dir.file("c.db"));
  ASSERT_TRUE(a && b);
  Fixture one("one", kHarbour), two("two", kHarbourRevised);
  std::string error;
  EXPECT_EQ(a->ingest(one.input(), &error), IngestOutcome::kAdded) << error;
  EXPECT_EQ(b->ingest(two.input(), &error), IngestOutcome::kAdded) << error;
  EXPECT_EQ(b->ingest(one.input(), &error), IngestOutcome::kUnchanged) << error;
  auto docs = a->documents(&error);
  ASSERT_TRUE(docs);
  EXPECT_EQ(docs->size(), 2u);
}

TEST(CorpusDbTest, AbsentDocumentIsNotAnError) {
  TempDir dir;
  auto db = open_or_fail(dir.file("c.db"));
  ASSERT_TRUE(db);
  std::string error = "stale";
  EXPECT_FALSE(db->document("nothing", &error));
  EXPECT_EQ(error, "");
  EXPECT_FALSE(db->document_text("nothing", &error));
  EXPECT_EQ(error, "");
}

}  // namespace
}  // namespace lattice::corpus
