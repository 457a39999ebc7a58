// End-to-end tests of `lattice ingest` and `lattice search` on the five seed documents (read at
// test time from the shared corpus): idempotent re-ingest, replacement of a changed file, search
// spans that match the file bytes, errors for bad queries and broken files, and crash safety (an
// ingest killed with SIGKILL at several moments leaves only whole documents).
#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/corpus_db.h"
#include "test_support.h"
#include "text/segmenter.h"

namespace lattice::cli {
namespace {

namespace fs = std::filesystem;
using lattice::testing::CliResult;
using lattice::testing::run_cli;
using nlohmann::json;

const std::vector<std::string> kSeedNames = {"000_2ae9e3bf7cc11558", "001_412e78d0eac9eac5",
                                             "002_f1f0c03fea09e362", "003_3fcb446b247180fc",
                                             "004_bd7856fdd82eb8a5"};

std::string seed_path(const std::string& name) {
  return lattice::testing::shared_dir() + "/corpus/seeds/" + name + ".txt";
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

size_t count_of(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "lattice-ingest-XXXXXX").string();
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

std::vector<std::string> seed_paths() {
  std::vector<std::string> paths;
  for (const auto& n : kSeedNames) paths.push_back(seed_path(n));
  return paths;
}

CliResult ingest(std::vector<std::string> files, const std::string& db) {
  files.insert(files.begin(), "ingest");
  files.push_back("--db");
  files.push_back(db);
  return run_cli(files);
}

// Every row of every table of the corpus, as text, for comparing two states of a database.
std::string dump_rows(const std::string& db_path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::string out;
  for (const char* table : {"documents", "units", "recommendations", "claims", "mentions"}) {
    const std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY rowid";
    sqlite3_stmt* s = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr), SQLITE_OK);
    out += std::string("== ") + table + "\n";
    while (sqlite3_step(s) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(s); ++c) {
        const auto* v = sqlite3_column_text(s, c);
        out += v ? reinterpret_cast<const char*>(v) : "NULL";
        out += '\t';
      }
      out += '\n';
    }
    sqlite3_finalize(s);
  }
  sqlite3_close(db);
  return out;
}

TEST(IngestCliTest, IngestsTheSeedsThenLeavesThemUnchanged) {
  TempDir dir;
  const std::string db = dir.file("corpus.db");
  CliResult r = ingest(seed_paths(), db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  for (const auto& name : kSeedNames) {
    EXPECT_NE(r.out.find("added " + name + " ("), std::string::npos) << r.out;
  }
  EXPECT_NE(r.out.find("5 files: 5 added, 0 replaced, 0 unchanged, 0 failed"), std::string::npos)
      << r.out;
  const std::string before = dump_rows(db);

  r = ingest(seed_paths(), db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(count_of(r.out, "unchanged "), 5u) << r.out;
  EXPECT_NE(r.out.find("5 files: 0 added, 0 replaced, 5 unchanged, 0 failed"), std::string::npos)
      << r.out;
  EXPECT_EQ(dump_rows(db), before);

  // The counts printed for unchanged documents are those stored.
  std::string error;
  auto corpus = corpus::CorpusDb::open(db, &error);
  ASSERT_TRUE(corpus) << error;
  auto stored = corpus->document(kSeedNames[1], &error);
  ASSERT_TRUE(stored) << error;
  EXPECT_NE(r.out.find(fmt::format("unchanged {} ({} units, {} recommendations, {} claims)",
                                   kSeedNames[1], stored->units, stored->recommendations,
                                   stored->claims)),
            std::string::npos)
      << r.out;
  EXPECT_EQ(stored->date, "2020-12");
  EXPECT_GT(stored->units, 50u);
  EXPECT_GT(stored->mentions, 0u);
  EXPECT_TRUE(corpus->check_integrity(&error)) << error;
}

TEST(IngestCliTest, AChangedFileReplacesItsOldVersion) {
  TempDir dir;
  const std::string db = dir.file("corpus.db");
  const std::string copy = dir.file(kSeedNames[4] + ".txt");
  const std::string original = read_bytes(seed_path(kSeedNames[4]));
  write_bytes(copy, original + "\nZorblaxian quokkas debate the seawall.\n");
  CliResult r = ingest({copy}, db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("added " + kSeedNames[4]), std::string::npos);

  write_bytes(copy, original + "\nFlibbertigibbet wombats debate the seawall.\n");
  r = ingest({copy}, db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("replaced " + kSeedNames[4]), std::string::npos) << r.out;

  r = run_cli({"search", "zorblaxian", "--db", db, "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(json::parse(r.out).size(), 0u);  // the old units are gone
  r = run_cli({"search", "wombats", "--db", db, "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(json::parse(r.out).size(), 1u);

  std::string error;
  auto corpus = corpus::CorpusDb::open(db, &error);
  ASSERT_TRUE(corpus) << error;
  auto docs = corpus->documents(&error);
  ASSERT_TRUE(docs);
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ(docs->front().units, text::segment(read_bytes(copy)).size());
}

TEST(SearchCliTest, HitsCarryByteSpansOfTheFile) {
  TempDir dir;
  const std::string db = dir.file("corpus.db");
  ASSERT_EQ(ingest(seed_paths(), db).status, 0);
  CliResult r = run_cli({"search", "\"host nation support\"", "--db", db, "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json hits = json::parse(r.out);
  ASSERT_GE(hits.size(), 2u);
  std::map<std::string, std::string> files;
  for (const auto& h : hits) {
    const std::string doc = h["doc"];
    if (!files.count(doc)) files[doc] = read_bytes(seed_path(doc));
    const size_t start = h["start"], end = h["end"];
    ASSERT_LE(end, files[doc].size());
    EXPECT_EQ(files[doc].substr(start, end - start), h["text"].get<std::string>());
    EXPECT_NE(h["marked"].get<std::string>().find("\u00ab"), std::string::npos);
    EXPECT_GT(h["score"].get<double>(), 0);
    EXPECT_TRUE(h.contains("title") && h.contains("date") && h.contains("kind"));
  }
  EXPECT_TRUE(files.count(kSeedNames[1])) << r.out;  // the CSIS report asks for one

  r = run_cli({"search", "alliance", "--db", db, "--limit", "3"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("doc")) << r.out;
  EXPECT_EQ(count_of(r.out, "\n"), 5u) << r.out;  // header, rule, three hits
  EXPECT_NE(r.out.find("\u00ab"), std::string::npos);
}

TEST(SearchCliTest, BadQueryAndMissingDatabaseAreErrors) {
  TempDir dir;
  const std::string db = dir.file("corpus.db");
  ASSERT_EQ(ingest({seed_path(kSeedNames[0])}, db).status, 0);
  CliResult r = run_cli({"search", "\"unbalanced", "--db", db});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(r.err.starts_with("lattice: search: bad query: ")) << r.err;
  EXPECT_EQ(r.out, "");

  r = run_cli({"search", "alliance", "--db", dir.file("none.db")});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("no such database"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir.file("none.db")));

  r = run_cli({"search", "zzzqqqxxx", "--db", db});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "no matches\n");
  EXPECT_EQ(run_cli({"search", "alliance", "--db", db, "--limit", "0"}).status, 2);
}

TEST(IngestCliTest, BrokenFilesAreReportedAndTheOthersIngested) {
  TempDir dir;
  const std::string db = dir.file("corpus.db");
  write_bytes(dir.file("binary.txt"), std::string("PK\x03\x04\0\0\x01\x02", 8));
  write_bytes(dir.file("empty.txt"), "");
  CliResult r = ingest({seed_path(kSeedNames[0]), dir.file("binary.txt"), dir.file("empty.txt"),
                        dir.file("missing.txt"), seed_path(kSeedNames[2])},
                       db);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("lattice: " + dir.file("binary.txt") + ": binary file"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("lattice: " + dir.file("empty.txt") + ": empty file"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("lattice: " + dir.file("missing.txt") + ": cannot read"), std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("added " + kSeedNames[0]), std::string::npos);
  EXPECT_NE(r.out.find("added " + kSeedNames[2]), std::string::npos);
  EXPECT_NE(r.out.find("5 files: 2 added, 0 replaced, 0 unchanged, 3 failed"), std::string::npos)
      << r.out;
}

TEST(IngestCliTest, MetadataFlagsNeedOneFile) {
  TempDir dir;
  const std::string db = dir.file("corpus.db");
  CliResult r = run_cli(
      {"ingest", seed_path(kSeedNames[0]), seed_path(kSeedNames[2]), "--title", "T", "--db", db});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("exactly one FILE"), std::string::npos) << r.err;
  r = run_cli({"ingest", seed_path(kSeedNames[0]), "--date", "someday", "--db", db});
  EXPECT_EQ(r.status, 2);

  r = run_cli({"ingest", seed_path(kSeedNames[2]), "--title", "Five Steps", "--organisation",
               "JCIE", "--date", "January 2020", "--db", db});
  ASSERT_EQ(r.status, 0) << r.err;
  std::string error;
  auto corpus = corpus::CorpusDb::open(db, &error);
  ASSERT_TRUE(corpus) << error;
  auto stored = corpus->document(kSeedNames[2], &error);
  ASSERT_TRUE(stored) << error;
  EXPECT_EQ(stored->title, "Five Steps");
  EXPECT_EQ(stored->organisation, "JCIE");
  EXPECT_EQ(stored->date, "2020-01");
}

// Both spellings of --organisation are accepted, and --json reports what was done.
TEST(IngestCliTest, OrganizationSpellingAndJsonReport) {
  TempDir dir;
  const std::string db = dir.file("corpus.db");
  CliResult r =
      run_cli({"ingest", seed_path(kSeedNames[2]), "--organization", "JCIE", "--db", db, "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["db"], db);
  EXPECT_EQ(j["files"], 1);
  EXPECT_EQ(j["added"], 1);
  EXPECT_EQ(j["failed"], 0);
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["doc"], kSeedNames[2]);
  EXPECT_EQ(j["documents"][0]["outcome"], "added");
  EXPECT_EQ(j["documents"][0]["path"], seed_path(kSeedNames[2]));
  EXPECT_GT(j["documents"][0]["units"].get<int>(), 0);
  std::string error;
  auto corpus = corpus::CorpusDb::open(db, &error);
  ASSERT_TRUE(corpus) << error;
  auto stored = corpus->document(kSeedNames[2], &error);
  ASSERT_TRUE(stored) << error;
  EXPECT_EQ(stored->organisation, "JCIE");

  r = run_cli({"ingest", seed_path(kSeedNames[2]), dir.file("missing.txt"), "--db", db, "--json"});
  EXPECT_EQ(r.status, 1);
  const json again = json::parse(r.out);
  EXPECT_EQ(again["unchanged"], 1);
  EXPECT_EQ(again["failed"], 1);
  EXPECT_EQ(again["documents"][0]["outcome"], "unchanged");
  EXPECT_NE(r.err.find("missing.txt: cannot read"), std::string::npos) << r.err;
}

TEST(IngestCliTest, ADatabaseThatCannotBeOpenedIsAnError) {
  TempDir dir;
  write_bytes(dir.file("not.db"), "this is not a database, just some text of some length\n");
  const CliResult r = run_cli({"ingest", seed_path(kSeedNames[0]), "--db", dir.file("not.db")});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(r.err.starts_with("lattice: ingest: " + dir.file("not.db") + ": ")) << r.err;
  EXPECT_EQ(r.out, "");
}

// ---- crash safety ----
//
// Design: the built lattice binary ingests 200 files (40 copies of each seed, each copy its own
// document) into a fresh database and kills itself with SIGKILL at a chosen document and stage
// (LATTICE_CRASH_POINT, src/corpus/crash_point.h): inside the first document's transaction,
// after the 37th document's commit, inside the 83rd's and the 150th's transaction. No timing is
// involved, so the kills land at the same places on any machine, and the number of documents
// stored is known exactly (N-1 for a kill inside the N-th transaction, N after its commit).
// After each kill the database must pass SQLite's and FTS5's integrity checks and every stored
// document must be whole: its counts of units, recommendations, claims and mentions equal those an
// uninterrupted ingest of the same seed by the same binary stores (a reference database), and its
// units equal what segment() gives for its stored text. Comparing with the binary's own reference
// run, rather than with this test's extraction code, keeps the test right when the binary and the
// test were built from different versions of the extractors. A second ingest of the database
// killed earliest completes the rest, skipping the stored documents as unchanged.

// The lattice binary next to the test binary's directory (build/tests/x -> build/lattice).
std::string lattice_binary() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  const fs::path binary = self.parent_path().parent_path() / "lattice";
  return fs::exists(binary, ec) ? binary.string() : "";
}

// Starts `lattice ARGS...` (the built binary, or this process forked when there is none) with its
// standard output in out_path and its errors discarded, and LATTICE_CRASH_POINT set to
// crash_point when that is not empty; returns its pid.
pid_t spawn_lattice(const std::vector<std::string>& args, const std::string& out_path,
                    const std::string& crash_point = "") {
  const std::string binary = lattice_binary();
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  if (crash_point.empty()) {
    ::unsetenv("LATTICE_CRASH_POINT");
  } else {
    ::setenv("LATTICE_CRASH_POINT", crash_point.c_str(), 1);
  }
  const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int null = ::open("/dev/null", O_WRONLY);
  ::dup2(out, STDOUT_FILENO);
  ::dup2(null, STDERR_FILENO);
  std::vector<const char*> argv = {"lattice"};
  for (const auto& a : args) argv.push_back(a.c_str());
  if (!binary.empty()) {
    argv.push_back(nullptr);
    ::execv(binary.c_str(), const_cast<char* const*>(argv.data()));
    ::_exit(127);
  }
  std::ostringstream captured, err;
  const int status = run(static_cast<int>(argv.size()), argv.data(), captured, err);
  const std::string text = captured.str();
  if (::write(STDOUT_FILENO, text.data(), text.size()) < 0) ::_exit(126);
  ::_exit(status);
}

// Runs `lattice ARGS...` to its end; returns its exit status (-1 when it did not exit).
int run_lattice(const std::vector<std::string>& args, const std::string& out_path) {
  const pid_t pid = spawn_lattice(args, out_path);
  int status = 0;
  if (pid <= 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

std::vector<corpus::StoredDocument> stored_documents(const std::string& db_path) {
  std::string error;
  auto db = corpus::CorpusDb::open(db_path, &error, corpus::CorpusDb::OpenMode::kExisting);
  EXPECT_TRUE(db) << error;
  if (!db) return {};
  EXPECT_TRUE(db->check_integrity(&error)) << error;
  auto docs = db->documents(&error);
  EXPECT_TRUE(docs) << error;
  return docs ? *docs : std::vector<corpus::StoredDocument>{};
}

// Checks that every stored document is whole, against the reference counts of its sha256;
// returns how many documents are stored.
size_t check_every_document_is_whole(
    const std::string& db_path, const std::map<std::string, corpus::StoredDocument>& reference) {
  std::string error;
  auto db = corpus::CorpusDb::open(db_path, &error, corpus::CorpusDb::OpenMode::kExisting);
  if (!db) {
    ADD_FAILURE() << error;
    return 0;
  }
  const auto docs = stored_documents(db_path);
  std::map<std::string, size_t> segmented;  // units of each stored text, by sha256
  for (const auto& d : docs) {
    const auto want = reference.find(d.sha256);
    if (want == reference.end()) {
      ADD_FAILURE() << d.name << ": not one of the seeds";
      continue;
    }
    EXPECT_EQ(d.units, want->second.units) << d.name;
    EXPECT_EQ(d.recommendations, want->second.recommendations) << d.name;
    EXPECT_EQ(d.claims, want->second.claims) << d.name;
    EXPECT_EQ(d.mentions, want->second.mentions) << d.name;
    if (!segmented.count(d.sha256)) {
      auto text = db->document_text(d.name, &error);
      EXPECT_TRUE(text) << d.name << ": " << error;
      segmented[d.sha256] = text ? text::segment(*text).size() : 0;
    }
    EXPECT_EQ(d.units, segmented[d.sha256]) << d.name;
  }
  return docs.size();
}

TEST(IngestCrashTest, AKilledIngestLeavesOnlyWholeDocuments) {
  constexpr int kCopiesOfEachSeed = 40;  // 200 files, about 2.6 MB
  TempDir dir;
  const std::string out = dir.file("out.txt");

  // The reference: an uninterrupted ingest of the five seeds.
  std::vector<std::string> reference_args = {"ingest"};
  for (const auto& path : seed_paths()) reference_args.push_back(path);
  reference_args.insert(reference_args.end(), {"--db", dir.file("reference.db")});
  ASSERT_EQ(run_lattice(reference_args, out), 0) << read_bytes(out);
  std::map<std::string, corpus::StoredDocument> reference;
  for (const auto& d : stored_documents(dir.file("reference.db"))) reference[d.sha256] = d;
  ASSERT_EQ(reference.size(), kSeedNames.size());

  std::vector<std::string> files;
  for (int copy = 0; copy < kCopiesOfEachSeed; ++copy) {
    for (const auto& name : kSeedNames) {
      files.push_back(dir.file(fmt::format("c{:03}_{}.txt", copy, name)));
      fs::copy_file(seed_path(name), files.back());
    }
  }
  auto ingest_args = [&](const std::string& db) {
    std::vector<std::string> args = {"ingest"};
    args.insert(args.end(), files.begin(), files.end());
    args.insert(args.end(), {"--db", db});
    return args;
  };

  // Each crash point kills a fresh ingest; the run killed inside the 83rd transaction is then
  // completed.
  struct Kill {
    const char* point;
    size_t stored;  // documents that must be in the database afterwards
  };
  std::string resumed_db;
  size_t resumed_stored = 0;
  for (const Kill& kill : {Kill{"1:in_transaction", 0}, Kill{"37:after_commit", 37},
                           Kill{"83:in_transaction", 82}, Kill{"150:in_transaction", 149}}) {
    SCOPED_TRACE(kill.point);
    std::string name = kill.point;
    name[name.find(':')] = '_';
    const std::string db = dir.file("killed_at_" + name + ".db");
    const pid_t pid = spawn_lattice(ingest_args(db), out, kill.point);
    ASSERT_GT(pid, 0);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        << "the ingest was not killed at its crash point (exit status "
        << (WIFEXITED(status) ? WEXITSTATUS(status) : -1) << ")";
    ASSERT_TRUE(fs::exists(db));
    EXPECT_EQ(check_every_document_is_whole(db, reference), kill.stored);
    if (kill.stored == 82) {
      resumed_db = db;
      resumed_stored = kill.stored;
    }
  }

  // A second ingest completes the rest and leaves the stored documents as they are.
  ASSERT_EQ(run_lattice(ingest_args(resumed_db), out), 0);
  const std::string listing = read_bytes(out);
  EXPECT_EQ(count_of(listing, "unchanged "), resumed_stored) << listing;
  EXPECT_EQ(count_of(listing, "added "), files.size() - resumed_stored) << listing;
  EXPECT_EQ(check_every_document_is_whole(resumed_db, reference), files.size());
}

}  // namespace
}  // namespace lattice::cli
