// The scenario query on the embedded model: a file with errors is a problem of the answer (the
// other files still run), a scenario file's options apply unless the request gives them, and the
// views print one object for one event. The bargain query reads examples/ from the copy built
// into the binary when the file is not on disk.
#include "query/scenario_query.h"

#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "embedded_model.h"
#include "query/bargain_query.h"
#include "test_support.h"

namespace lattice::query {
namespace {

const Env& env() {
  static const Env e{lattice::testing::embedded_model_ptr(),
                     core::Date::from_parts(2025, 6, 1).first_day()};
  return e;
}

TEST(ScenarioQuery, BadFilesAreProblemsAndTheOthersRun) {
  const Query* q = catalog::find("scenario");
  ASSERT_NE(q, nullptr);
  const auto bad = lattice::testing::fixture("scenarios/bad_unknown_names.toml");
  const auto good = lattice::testing::fixture("scenarios/korea_2025.toml");
  const Answer a = q->run(env(), {{"files", {bad, good}}});
  ASSERT_TRUE(a.ok());
  ASSERT_FALSE(a.remarks.file_errors.empty());
  EXPECT_TRUE(a.remarks.failed());
  for (const auto& p : a.remarks.file_errors) EXPECT_EQ(p.rfind(bad + ":", 0), 0u) << p;
  const auto j = nlohmann::json::parse(a.render(Format::kJson));
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["file"], good);
}

TEST(ScenarioQuery, FileOptionsApplyUnlessTheRequestGivesThem) {
  ScenarioRequest r;
  r.files = {{lattice::testing::fixture("scenarios/senkaku_2026.toml")}};
  r.simulate = 20;
  ScenarioResult from_file = scenario(env(), r);
  ASSERT_EQ(from_file.files.size(), 1u);
  const ScenarioOutcome& o = from_file.files[0].events.at(0);
  ASSERT_TRUE(o.simulation);
  EXPECT_EQ(o.simulation->runs, 20u);
  EXPECT_EQ(o.simulation->seed, 42u);  // the file's seed
  EXPECT_TRUE(o.cascade);              // the file asks for the cascade
  r.monte_carlo.seed = 5;
  r.cascade = false;
  const ScenarioResult flags = scenario(env(), r);
  EXPECT_EQ(flags.files[0].events.at(0).simulation->seed, 5u);
  EXPECT_FALSE(flags.files[0].events.at(0).cascade);
}

TEST(ScenarioQuery, OneEventAndItsErrors) {
  const Query* q = catalog::find("scenario");
  const Answer a = q->run(env(), {{"by", {"prk"}}, {"against", {"kor"}}});
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(nlohmann::json::parse(a.render(Format::kJson)).is_object());
  // The attacker attacking itself is a failure (exit 1), a missing --against a usage error.
  EXPECT_TRUE(q->run(env(), {{"by", {"prk"}}, {"against", {"prk"}}}).failure.has_value());
  const Answer missing = q->run(env(), {{"by", {"prk"}}});
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_EQ(missing.errors[0].parameter, "against");
  EXPECT_TRUE(missing.errors[0].is_usage());
  const Answer both = q->run(env(), {{"files", {"x.toml"}}, {"by", {"prk"}}});
  ASSERT_EQ(both.errors.size(), 1u);
  EXPECT_TRUE(both.errors[0].is_usage());
}

TEST(BargainQuery, ExamplesAreReadFromTheBuiltInCopyWhenNotOnDisk) {
  BargainRequest r;
  r.file = {"examples/futenma-relocation/stakeholders.csv"};  // the tests run in the build folder
  r.method = BargainMethod::kCompromise;
  const BargainResult from_copy = bargain(env(), r);
  r.file = {std::string(LATTICE_SOURCE_DIR) + "/examples/futenma-relocation/stakeholders.csv"};
  const BargainResult from_disk = bargain(env(), r);
  ASSERT_TRUE(from_copy.compromise && from_disk.compromise);
  EXPECT_EQ(from_copy.scenario.name, from_disk.scenario.name);
  EXPECT_EQ(from_copy.compromise->dimensions[0].mean, from_disk.compromise->dimensions[0].mean);
  r.file = {"examples/no-such-example/stakeholders.csv"};
  EXPECT_THROW(bargain(env(), r), std::runtime_error);
}

}  // namespace
}  // namespace lattice::query
