// Loading the dyad-year, state system, capability and crosswalk files: codes, errors with
// file:line:col, and known facts of the real data.
#include "alliances/alliance_data.h"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "alliances/capabilities.h"
#include "alliances/data_files.h"
#include "alliances/state_names.h"
#include "alliances/test_data.h"

namespace lattice::alliances {
namespace {

const char* kAtopHeader =
    "\"ccode1\",\"ccode2\",\"year\",\"atop_defense\",\"atop_offense\",\"atop_neutral\","
    "\"atop_nonagg\",\"atop_consul\"\n";

TEST(AllianceData, ValuedCodesAndCollapsedDirections) {
  std::string text = std::string(kAtopHeader) +
                     "2,740,1960,1,0,0,1,1\n"    // defense (+ others) -> 3
                     "740,2,1960,0,0,0,1,1\n"    // the other direction: non-aggression -> 2
                     "2,20,1960,0,1,0,0,0\n"     // offense only -> 3
                     "20,200,1960,0,0,1,0,0\n"   // neutrality -> 2
                     "200,220,1960,0,0,0,0,1\n"  // consultation only -> 1
                     "220,230,1960,0,0,0,0,0\n"  // nothing -> no tie
                     "\n"
                     "2,740,1961,0,0,0,0,1\r\n";
  core::Diagnostics diags;
  auto d = parse_alliance_data(Source::kAtop, text, "t.csv", diags);
  ASSERT_TRUE(d);
  EXPECT_FALSE(diags.has_errors());
  EXPECT_EQ(d->first_year(), 1960);
  EXPECT_EQ(d->last_year(), 1961);
  EXPECT_EQ(d->code(740, 2, 1960), 3);  // the highest code of the two directions
  EXPECT_EQ(d->code(2, 20, 1960), 3);
  EXPECT_EQ(d->code(20, 200, 1960), 2);
  EXPECT_EQ(d->code(200, 220, 1960), 1);
  EXPECT_EQ(d->code(220, 230, 1960), 0);
  EXPECT_EQ(d->code(2, 740, 1961), 1);
  EXPECT_EQ(d->ties(1960).size(), 4u);
  EXPECT_TRUE(d->ties(1959).empty());
}

TEST(AllianceData, CowCodes) {
  std::string text =
      "ccode1,ccode2,year,cow_defense,cow_neutral,cow_nonagg,cow_entente\n"
      "2,740,1960,1,0,0,1\n"
      "2,20,1960,0,0,1,1\n"
      "2,200,1960,0,0,0,1\n";
  core::Diagnostics diags;
  auto d = parse_alliance_data(Source::kCow, text, "c.csv", diags);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->code(2, 740, 1960), 3);
  EXPECT_EQ(d->code(2, 20, 1960), 2);
  EXPECT_EQ(d->code(2, 200, 1960), 1);
}

TEST(AllianceData, MalformedRowsGiveFileLineErrors) {
  std::string text = std::string(kAtopHeader) +
                     "2,740,1960,1,0,0,0,1\n"
                     "2,740,19x0,1,0,0,0,1\n"  // line 3: bad year in column 7
                     "2,740,1961,1,0,0\n"      // line 4: too few fields
                     "2,740,1962,2,0,0,0,1\n"  // line 5: indicator not 0/1
                     "2,2,1962,1,0,0,0,1\n";   // line 6: a state allied with itself
  core::Diagnostics diags;
  auto d = parse_alliance_data(Source::kAtop, text, "bad.csv", diags);
  ASSERT_TRUE(d);  // the good rows are kept
  ASSERT_EQ(diags.error_count(), 4u);
  EXPECT_EQ(diags.items()[0].to_string(),
            "bad.csv:3:7: error: expected an integer in column 'year', found '19x0'");
  EXPECT_EQ(diags.items()[1].to_string(), "bad.csv:4:1: error: expected 8 fields, found 6");
  EXPECT_EQ(diags.items()[2].to_string(),
            "bad.csv:5:12: error: column 'atop_defense' must be 0 or 1, found 2");
  EXPECT_NE(diags.items()[3].to_string().find("bad.csv:6:1: error: invalid pair"),
            std::string::npos);
  EXPECT_EQ(d->code(2, 740, 1960), 3);
}

// Read by core/csv since the one-CSV-reader change: a quoted field may hold a comma or a ""
// escape (before, the row was split at the comma and refused as having too many fields), and
// quotes are RFC 4180's (before, only a pair around the whole field was removed).
TEST(AllianceData, QuotedFieldsFollowRfc4180) {
  const std::string text =
      "\"ccode\",\"year\",\"cinc\",\"note\"\r\n"
      "2,1960,0.25,\"Korea, \"\"South\"\"\"\r\n"
      "\"740\",1961,0.5,\"two\nlines\"\r\n";
  core::Diagnostics diags;
  auto caps = parse_capabilities(text, "c.csv", diags);
  ASSERT_TRUE(caps);
  EXPECT_FALSE(diags.has_errors()) << diags.items()[0].to_string();
  EXPECT_DOUBLE_EQ(*caps->cinc(2, 1960), 0.25);
  EXPECT_DOUBLE_EQ(*caps->cinc(740, 1961), 0.5);
  core::Diagnostics bad;
  EXPECT_FALSE(parse_capabilities("ccode,year,cinc\n2,\"1960,0.1\n", "u.csv", bad));
  ASSERT_EQ(bad.error_count(), 1u);
  EXPECT_EQ(bad.items()[0].to_string(), "u.csv:2: error: unterminated quoted field");
}

TEST(AllianceData, MissingColumnAndMissingFile) {
  core::Diagnostics diags;
  EXPECT_FALSE(
      parse_alliance_data(Source::kAtop, "ccode1,ccode2,year\n2,20,1900\n", "h.csv", diags));
  EXPECT_EQ(diags.items()[0].to_string(),
            "h.csv:1:1: error: missing column 'atop_defense' in the header");
  core::Diagnostics d2;
  EXPECT_FALSE(load_alliance_data(Source::kAtop, "/nonexistent/atop.csv", d2));
  EXPECT_TRUE(d2.has_errors());
  EXPECT_NE(d2.items()[0].to_string().find("/nonexistent/atop.csv: error: cannot read"),
            std::string::npos);
}

TEST(StateSystem, MembersByYearAndCarryForward) {
  std::string text =
      "\"stateabb\",\"ccode\",\"statenme\",\"styear\",\"stmonth\",\"stday\",\"endyear\","
      "\"endmonth\",\"endday\",\"version\"\n"
      "\"USA\",2,\"United States of America\",1816,1,1,2016,12,31,2016\n"
      "\"JPN\",740,\"Japan\",1895,4,1,1945,9,2,2016\n"
      "\"JPN\",740,\"Japan\",1952,4,28,2016,12,31,2016\n"
      "\"YUG\",345,\"Yugoslavia\",1878,7,13,2006,6,4,2016\n";
  core::Diagnostics diags;
  auto s = parse_state_system(text, "s.csv", diags);
  ASSERT_TRUE(s);
  EXPECT_FALSE(diags.has_errors());
  EXPECT_EQ(s->members(1950), (std::vector<int>{2, 345}));
  EXPECT_EQ(s->members(1960), (std::vector<int>{2, 345, 740}));
  EXPECT_EQ(s->members(2018), (std::vector<int>{2, 740}));  // carried forward from 2016
  EXPECT_TRUE(s->members(1815).empty());
  EXPECT_TRUE(s->is_member(740, 1945));
  EXPECT_FALSE(s->is_member(740, 1946));
}

TEST(RealData, LoadsWithoutErrors) {
  LATTICE_REQUIRE_DATA(d, Source::kAtop);
  EXPECT_EQ(d->first_year(), 1816);
  EXPECT_EQ(d->last_year(), 2018);
  EXPECT_EQ(d->system.members(2016).size(), 195u);
  EXPECT_EQ(d->system.members(2018).size(), 195u);
  EXPECT_EQ(d->system.members(1816).size(), 23u);
  EXPECT_NEAR(*d->capabilities.cinc(2, 1816), 0.039697491, 1e-12);
  EXPECT_NE(d->check_year(1815).find("1816-2018"), std::string::npos);
  EXPECT_TRUE(d->check_year(1816).empty());
}

// A loader that reports an error must turn the real-data tests red, not skip them: the folder
// below holds the real state, capability and crosswalk files and an ATOP file with a malformed
// row, and loading it is a recorded failure that names the file and line.
TEST(RealData, ALoaderErrorIsAFailureNotASkip) {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("lattice_broken_data_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const char* name : {kStatesFile, kCapabilitiesFile, kCrosswalkFile}) {
    const fs::path real = fs::path(testing::data_folder()) / name;
    ASSERT_TRUE(fs::exists(real)) << real;
    fs::copy_file(real, dir / name, fs::copy_options::overwrite_existing);
  }
  std::ofstream(dir / kAtopDyadYearsFile) << kAtopHeader << "2,740,1960,1,0,0,0,0\n"
                                          << "2,740,not-a-year,1,0,0,0,0\n";
  std::optional<Dataset> d;
  EXPECT_NONFATAL_FAILURE(d = testing::load_or_fail(dir.string(), Source::kAtop),
                          "atop5_1_ddyr_full.csv:3:");
  EXPECT_FALSE(d.has_value());
  // The same folder with the malformed row removed loads without a failure.
  std::ofstream(dir / kAtopDyadYearsFile) << kAtopHeader << "2,740,1960,1,0,0,0,0\n";
  d = testing::load_or_fail(dir.string(), Source::kAtop);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->alliances.code(2, 740, 1960), kDefense);
  fs::remove_all(dir);
}

TEST(RealData, UsJapanAndAnzusFacts) {
  LATTICE_REQUIRE_DATA(d, Source::kAtop);
  const AllianceData& a = d->alliances;
  // 1951 Security Treaty (ATOP 3220), then the 1960 Treaty of Mutual Cooperation and Security
  // (ATOP 3375): a U.S. defense pledge every year 1951-2018.
  for (int y = 1951; y <= 2018; ++y) EXPECT_EQ(a.code(2, 740, y), kDefense) << y;
  EXPECT_EQ(a.code(2, 740, 1945), kNoTie);
  EXPECT_EQ(a.code(2, 740, 1950), kNoTie);
  // Consultation pacts before the war (Root-Takahira 1908, Four-Power Treaty 1921).
  EXPECT_EQ(a.code(2, 740, 1908), kConsultation);
  // ANZUS (1951): the United States, Australia and New Zealand.
  EXPECT_EQ(a.code(2, 900, 1952), kDefense);
  EXPECT_EQ(a.code(2, 920, 1952), kDefense);
  EXPECT_EQ(a.code(900, 920, 1952), kDefense);
  EXPECT_EQ(a.code(900, 920, 1950), kConsultation);
}

TEST(RealData, CowSubset) {
  LATTICE_REQUIRE_DATA(d, Source::kCow);
  EXPECT_EQ(d->first_year(), 1816);
  EXPECT_EQ(d->last_year(), 2012);
  EXPECT_EQ(d->alliances.code(2, 740, 2012), kDefense);
  EXPECT_EQ(d->alliances.code(2, 740, 1908), kConsultation);  // COW entente
  EXPECT_LE(d->alliances.states().size(), 34u);
}

TEST(StateNames, ResolvesNamesCodesAndSuggests) {
  LATTICE_REQUIRE_DATA(d, Source::kAtop);
  std::string error;
  EXPECT_EQ(d->names.resolve("usa", &error), 2);
  EXPECT_EQ(d->names.resolve("Japan", &error), 740);
  EXPECT_EQ(d->names.resolve("740", &error), 740);
  EXPECT_EQ(d->names.resolve("ROK", &error), 732);                     // COW letter code
  EXPECT_EQ(d->names.resolve("United States of America", &error), 2);  // COW name
  EXPECT_EQ(d->names.of(2).iso3, "USA");
  EXPECT_FALSE(d->names.resolve("japn", &error));
  EXPECT_NE(error.find("did you mean Japan"), std::string::npos) << error;
  EXPECT_FALSE(d->names.resolve("9999", &error));
  EXPECT_EQ(error, "no state has the COW code 9999");
  EXPECT_FALSE(d->names.resolve("Atlantis", &error));
  EXPECT_NE(error.find("unknown state 'Atlantis'"), std::string::npos);
}

TEST(DataDir, OptionThenEnvironmentThenFallback) {
  EXPECT_EQ(data_dir("/x", "/fallback"), "/x");
  setenv("LATTICE_DATA", "/from-env", 1);
  EXPECT_EQ(data_dir("", "/fallback"), "/from-env");
  unsetenv("LATTICE_DATA");
  EXPECT_EQ(data_dir("", "/fallback"), "/fallback");
}

}  // namespace
}  // namespace lattice::alliances
