// Every bad fixture under tests/fixtures/bad/ holds one kind of defect (usually twice, to show
// that the loader goes on after the first): loading fails, every instance is reported at its
// exact path:line(:col) with a precise message, and nothing unrelated is reported.
#include <gtest/gtest.h>

#include <string>

#include "model/loader.h"
#include "test_support.h"

namespace lattice::model {
namespace {

using lattice::testing::fixture;
using lattice::testing::run_cli;

std::string dump(const core::Diagnostics& d) {
  std::string out;
  for (const auto& x : d.items()) out += "  " + x.to_string() + "\n";
  return out;
}

LoadResult load_bad(const std::string& name) {
  return load_model_folder(fixture("bad/" + name));
}

// Expects an error at bad/<name>/<rel>:line:col whose message contains text. col 0 means the
// diagnostic has no column. Returns its message.
std::string expect_error(const LoadResult& r, const std::string& name, const std::string& rel,
                         int line, int col, const std::string& text) {
  const std::string path = fixture("bad/" + name + "/" + rel);
  for (const auto& d : r.diagnostics.items()) {
    if (d.severity == core::Severity::kError && d.where.path == path && d.where.line == line &&
        d.where.column == col && d.message.find(text) != std::string::npos)
      return d.message;
  }
  ADD_FAILURE() << "no error at " << rel << ":" << line << ":" << col << " containing '" << text
                << "'; got:\n"
                << dump(r.diagnostics);
  return {};
}

void expect_failed_with(const LoadResult& r, size_t errors) {
  EXPECT_EQ(r.model, nullptr) << "a model with errors must not load";
  EXPECT_EQ(r.diagnostics.error_count(), errors) << dump(r.diagnostics);
}

TEST(ValidationTest, MiniModelIsClean) {
  const LoadResult r = load_model_folder(fixture("models/mini"));
  ASSERT_NE(r.model, nullptr) << dump(r.diagnostics);
  EXPECT_TRUE(r.diagnostics.items().empty()) << dump(r.diagnostics);
}

TEST(ValidationTest, TomlSyntaxErrorsInTwoFilesAreBothReported) {
  const LoadResult r = load_bad("toml_syntax");
  expect_failed_with(r, 2);  // the other files are still read: nothing else is missing
  expect_error(r, "toml_syntax", "places.toml", 3, 15, "Error while parsing string");
  expect_error(r, "toml_syntax", "regions.toml", 4, 10, "expected value");
}

TEST(ValidationTest, WrongTypes) {
  const LoadResult r = load_bad("wrong_type");
  expect_failed_with(r, 2);
  expect_error(r, "wrong_type", "actors.toml", 6, 7, "actor 'aaa' field 'cow' must be an integer");
  expect_error(r, "wrong_type", "frameworks.toml", 6, 10,
               "framework 'pact' field 'signed' must be a date");
}

TEST(ValidationTest, UnknownEnumValuesSuggestTheClosest) {
  const LoadResult r = load_bad("unknown_enum");
  expect_failed_with(r, 2);
  const std::string kind = expect_error(r, "unknown_enum", "actors.toml", 11, 8,
                                        "unknown kind 'stat' (did you mean 'state'?)");
  EXPECT_NE(kind.find("expected state, international_organisation"), std::string::npos) << kind;
  expect_error(r, "unknown_enum", "frameworks.toml", 5, 11, "'securty' (did you mean 'security'?)");
}

TEST(ValidationTest, UnknownFields) {
  const LoadResult r = load_bad("unknown_field");
  expect_failed_with(r, 2);
  expect_error(r, "unknown_field", "frameworks.toml", 7, 1,
               "unknown field 'purpse' in framework 'pact' (did you mean 'purpose'?)");
  const std::string colour = expect_error(r, "unknown_field", "actors.toml", 6, 1,
                                          "unknown field 'colour' in actor 'aaa'");
  EXPECT_EQ(colour.find("did you mean"), std::string::npos) << colour;
}

TEST(ValidationTest, UnknownReferencesSuggestTheClosestId) {
  const LoadResult r = load_bad("unknown_reference");
  expect_failed_with(r, 2);
  expect_error(r, "unknown_reference", "frameworks.toml", 9, 1,
               "parent 'pactt' is not a known framework (did you mean 'pact'?)");
  expect_error(r, "unknown_reference", "memberships/memberships.csv", 3, 1,
               "actor 'bbc' is not a known actor (did you mean 'bbb'?)");
}

TEST(ValidationTest, DuplicateIdsAcrossAndWithinKinds) {
  const LoadResult r = load_bad("duplicate_id");
  expect_failed_with(r, 2);
  const std::string actors = fixture("bad/duplicate_id/actors.toml");
  expect_error(r, "duplicate_id", "actors.toml", 15, 1,
               "duplicate id 'aaa' (actor); already used by an actor at " + actors + ":1");
  expect_error(r, "duplicate_id", "frameworks.toml", 9, 1,
               "duplicate id 'bbb' (framework); already used by an actor at " + actors + ":8");
}

TEST(ValidationTest, PeriodsThatEndBeforeOrWhenTheyStart) {
  const LoadResult r = load_bad("to_before_from");
  expect_failed_with(r, 2);
  expect_error(r, "to_before_from", "memberships/memberships.csv", 2, 1,
               "membership of 'aaa' in 'pact': 'to' (2019-01-01) is not after 'from' (2020-01-01)");
  // Half-open periods: to == from is an empty period.
  expect_error(r, "to_before_from", "memberships/memberships.csv", 3, 1,
               "'to' (2000-01-01) is not after 'from' (2000-01-01)");
}

TEST(ValidationTest, InvalidCalendarDates) {
  const LoadResult r = load_bad("invalid_calendar_date");
  expect_failed_with(r, 2);
  expect_error(r, "invalid_calendar_date", "frameworks.toml", 6, 10,
               "field 'signed': '2023-02-29' is not a calendar date");
  expect_error(r, "invalid_calendar_date", "frameworks.toml", 7, 12,
               "field 'in_force': '2023-13' is not a calendar date (month 13)");
}

TEST(ValidationTest, OverlappingMembershipsIncludingAPartialTo) {
  const LoadResult r = load_bad("overlapping_memberships");
  expect_failed_with(r, 2);
  const std::string csv = fixture("bad/overlapping_memberships/memberships/memberships.csv");
  expect_error(r, "overlapping_memberships", "memberships/memberships.csv", 3, 1,
               "membership of 'aaa' in 'pact' overlaps the one at " + csv + ":2");
  // "to = 2011-07" runs to the end of July, so a row from 2011-07-15 overlaps it.
  expect_error(r, "overlapping_memberships", "memberships/memberships.csv", 5, 1,
               "membership of 'bbb' in 'pact' overlaps the one at " + csv + ":4");
}

TEST(ValidationTest, SpansOutsideTheDocument) {
  const LoadResult r = load_bad("span_outside_document");
  expect_failed_with(r, 2);
  expect_error(r, "span_outside_document", "actors.toml", 1, 1,
               "source 'doc:note_a@60-90': span 60-90 is outside document 'note_a' (74 bytes)");
  expect_error(r, "span_outside_document", "documents.toml", 8, 1,
               "recommendation 'note_a_r01': span 10-500 is outside document 'note_a' (74 bytes)");
}

TEST(ValidationTest, Sha256Mismatches) {
  const LoadResult r = load_bad("sha256_mismatch");
  expect_failed_with(r, 2);
  expect_error(r, "sha256_mismatch", "documents.toml", 1, 1,
               "is 0a508df7089422d0272d151815e19d271fc8a18235767ba9a6588865ac0a978f, the model "
               "expects 0000000000000000000000000000000000000000000000000000000000000000");
  expect_error(r, "sha256_mismatch", "documents.toml", 8, 1,
               "is 77a2da10b32eb8e0e6b87575bcf5cc7772483f0747e29c0a55bab015ae34f2be, the model "
               "expects 0a508df7089422d0272d151815e19d271fc8a18235767ba9a6588865ac0a978f");
}

TEST(ValidationTest, CsvRowsWithTheWrongNumberOfFields) {
  const LoadResult r = load_bad("csv_wrong_field_count");
  expect_failed_with(r, 2);
  expect_error(r, "csv_wrong_field_count", "memberships/memberships.csv", 2, 0,
               "expected 7 fields (as in the header), found 6");
  expect_error(r, "csv_wrong_field_count", "memberships/memberships.csv", 3, 0,
               "expected 7 fields (as in the header), found 8");
}

TEST(ValidationTest, CsvBadDatesPointAtTheCell) {
  const LoadResult r = load_bad("csv_bad_date");
  expect_failed_with(r, 2);
  expect_error(r, "csv_bad_date", "memberships/memberships.csv", 2, 17,
               "from: '2020-02-30' is not a calendar date");
  expect_error(r, "csv_bad_date", "memberships/memberships.csv", 3, 28,
               "to: '20201-01' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
}

TEST(ValidationTest, CsvUnknownRoles) {
  const LoadResult r = load_bad("csv_unknown_role");
  expect_failed_with(r, 2);
  expect_error(r, "csv_unknown_role", "memberships/memberships.csv", 2, 10,
               "unknown role 'membr' (did you mean 'member'?); expected founding_member");
  const std::string ally = expect_error(r, "csv_unknown_role", "memberships/memberships.csv", 3, 10,
                                        "unknown role 'ally'; expected founding_member");
  EXPECT_EQ(ally.find("did you mean"), std::string::npos);
}

TEST(ValidationTest, MissingRequiredFields) {
  const LoadResult r = load_bad("missing_required_field");
  expect_failed_with(r, 2);
  expect_error(r, "missing_required_field", "actors.toml", 8, 1,
               "actor 'bbb' is missing required field 'name'");
  expect_error(r, "missing_required_field", "frameworks.toml", 1, 1,
               "framework 'pact' is missing required field 'kind'");
}

TEST(ValidationTest, BadSourceReferences) {
  const LoadResult r = load_bad("bad_source_ref");
  expect_failed_with(r, 3);
  expect_error(r, "bad_source_ref", "actors.toml", 6, 11,
               "source 'https://example.org/aaland' must start with doc:, ref: or data:");
  expect_error(r, "bad_source_ref", "actors.toml", 13, 11,
               "source 'ref:Ref-A': 'Ref-A' is not a valid id");
  expect_error(r, "bad_source_ref", "memberships/memberships.csv", 3, 29,
               "source 'doc:note_a@20-10': span end must be after its start");
}

TEST(ValidationTest, InvalidUtf8InTomlAndCsv) {
  const LoadResult r = load_bad("invalid_utf8");
  expect_failed_with(r, 2);
  // toml++ places the error at the byte before the first invalid one ("Beb\xFF": column 11).
  expect_error(r, "invalid_utf8", "actors.toml", 10, 11, "invalid utf-8");
  expect_error(r, "invalid_utf8", "memberships/memberships.csv", 4, 0, "invalid UTF-8 (byte 120)");
}

TEST(ValidationTest, FolderWithoutModelFiles) {
  const LoadResult r = load_bad("empty_folder");
  expect_failed_with(r, 1);
  const auto& d = r.diagnostics.items().at(0);
  EXPECT_EQ(d.where.path, fixture("bad/empty_folder"));
  EXPECT_NE(d.message.find("no model files (*.toml) found"), std::string::npos) << d.message;
}

TEST(ValidationTest, MissingFolder) {
  const std::string dir = fixture("bad/no_such_folder");
  const LoadResult r = load_model_folder(dir);
  EXPECT_EQ(r.model, nullptr);
  ASSERT_TRUE(r.diagnostics.has_errors());
  bool found = false;
  for (const auto& d : r.diagnostics.items())
    found |= d.where.path == dir && d.message.find("not a model folder") != std::string::npos;
  EXPECT_TRUE(found) << dump(r.diagnostics);
}

TEST(ValidationTest, DiagnosticsAreSortedByPlace) {
  const LoadResult r = load_bad("bad_source_ref");
  const auto& items = r.diagnostics.items();
  for (size_t i = 1; i < items.size(); ++i) {
    const auto& a = items[i - 1].where;
    const auto& b = items[i].where;
    EXPECT_TRUE(a.path < b.path || (a.path == b.path && a.line <= b.line))
        << items[i - 1].to_string() << " before " << items[i].to_string();
  }
}

// Loading from memory: a missing document file is only a warning, and a name shared by two
// entities is a warning too; the model still loads.
TEST(ValidationTest, WarningsDoNotStopLoading) {
  ModelFiles files;
  files.root = "/nonexistent-lattice-root";
  files.files.push_back({"mem/a.toml", "a.toml",
                         "[[reference]]\nid = \"r\"\ntitle = \"R\"\n"
                         "[[actor]]\nid = \"aaa\"\nname = \"Shared\"\nkind = \"state\"\n"
                         "iso3 = \"AAA\"\nsources = [\"ref:r\"]\n"
                         "[[framework]]\nid = \"fff\"\nname = \"shared\"\nkind = \"dialogue\"\n"
                         "domains = [\"health\"]\nsources = [\"ref:r\"]\n"
                         "[[document]]\nid = \"ddd\"\ntitle = \"D\"\nkind = \"report\"\n"
                         "file = \"missing.txt\"\n"});
  const LoadResult r = load_model(files);
  ASSERT_NE(r.model, nullptr) << dump(r.diagnostics);
  EXPECT_EQ(r.diagnostics.error_count(), 0u);
  EXPECT_EQ(r.diagnostics.warning_count(), 2u) << dump(r.diagnostics);
  const std::string all = dump(r.diagnostics);
  EXPECT_NE(all.find("file 'missing.txt' of document 'ddd' not found"), std::string::npos) << all;
  EXPECT_NE(all.find("name or alias 'shared'"), std::string::npos) << all;
}

// The CLI: validate prints path:line:col diagnostics to stderr and exits 1; other commands on
// a bad model exit 1 and print nothing on stdout.
TEST(ValidationCliTest, ValidateReportsEveryErrorOnStderr) {
  const std::string dir = fixture("bad/csv_unknown_role");
  const auto r = run_cli({"validate", "--model", dir});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(dir + "/memberships/memberships.csv:2:10: error: unknown role 'membr'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(dir + "/memberships/memberships.csv:3:10: error: unknown role 'ally'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("2 error(s)"), std::string::npos) << r.out;
}

TEST(ValidationCliTest, OtherCommandsOnABadModelPrintNothingOnStdout) {
  const std::string dir = fixture("bad/duplicate_id");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"members", "pact", "--on", "2020-01-01"},
        {"memberships", "aaa", "--on", "2020-01-01"},
        {"actors"},
        {"frameworks"},
        {"places", "--on", "2020-01-01"},
        {"show", "aaa"},
        {"resolve", "aaa"},
        {"summary", "--on", "2020-01-01"}}) {
    std::vector<std::string> full = args;
    full.push_back("--model");
    full.push_back(dir);
    const auto r = run_cli(full);
    EXPECT_EQ(r.status, 1) << args[0];
    EXPECT_EQ(r.out, "") << args[0];
    EXPECT_NE(r.err.find("actors.toml:15:1: error: duplicate id 'aaa'"), std::string::npos)
        << args[0] << ": " << r.err;
  }
}

}  // namespace
}  // namespace lattice::model
