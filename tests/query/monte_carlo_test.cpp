// The Monte Carlo parameters are declared once (query/monte_carlo.h): bargain and scenario offer
// --seed and --threads with the same type, default, range and help. Also the binder's pieces they
// need: 64-bit seeds, and range messages that say what a number counts.
#include "query/monte_carlo.h"

#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "embedded_model.h"
#include "query/binder.h"

namespace lattice::query {
namespace {

TEST(MonteCarloParams, BargainAndScenarioShareSeedAndThreads) {
  const Query* bargain = catalog::find("bargain");
  const Query* scenario = catalog::find("scenario");
  ASSERT_NE(bargain, nullptr);
  ASSERT_NE(scenario, nullptr);
  for (const char* name : {"seed", "threads"}) {
    SCOPED_TRACE(name);
    const ParamInfo* a = bargain->param(name);
    const ParamInfo* b = scenario->param(name);
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(a->type, "integer");
    EXPECT_EQ(a->type, b->type);
    EXPECT_EQ(a->help, b->help);
    EXPECT_EQ(a->default_value, b->default_value);
    EXPECT_EQ(a->min, b->min);
    EXPECT_EQ(a->max, b->max);
  }
  EXPECT_EQ(bargain->param("threads")->min, 1);
  EXPECT_EQ(bargain->param("threads")->max, 1024);
  EXPECT_FALSE(bargain->param("seed")->min.has_value());
}

TEST(MonteCarloParams, DefaultsAreTheDefaultSeedAndTheCores) {
  MonteCarloParams p;
  EXPECT_EQ(p.seed_or(), core::kDefaultSeed);
  EXPECT_EQ(p.seed_or(42), 42u);
  EXPECT_GE(p.thread_count(), 1u);
  EXPECT_LE(p.thread_count(), 1024u);
  p.seed = 7;
  p.threads = 3;
  EXPECT_EQ(p.seed_or(42), 7u);
  EXPECT_EQ(p.thread_count(), 3u);
}

std::vector<ParamError> bind(const RawArgs& raw, MonteCarloParams* out) {
  const Env env{lattice::testing::embedded_model_ptr(),
                core::Date::from_parts(2024, 6, 1).first_day()};
  Binder b(raw, env);
  out->visit(b);
  return b.finish();
}

TEST(MonteCarloParams, SeedsTakeTheWhole64BitRange) {
  MonteCarloParams p;
  EXPECT_TRUE(bind({{"seed", {"18446744073709551615"}}}, &p).empty());
  EXPECT_EQ(*p.seed, 18446744073709551615ULL);
  for (const char* bad : {"-1", "18446744073709551616", "1.5", "", "x"}) {
    MonteCarloParams q;
    const auto errors = bind({{"seed", {bad}}}, &q);
    ASSERT_EQ(errors.size(), 1u) << bad;
    EXPECT_EQ(errors[0].kind, ParamError::Kind::kType) << bad;
    EXPECT_FALSE(q.seed.has_value());
  }
}

TEST(MonteCarloParams, RangeMessagesSayWhatTheNumberCounts) {
  for (const char* bad : {"0", "1025", "2.5", "many"}) {
    MonteCarloParams p;
    const auto errors = bind({{"threads", {bad}}}, &p);
    ASSERT_EQ(errors.size(), 1u) << bad;
    EXPECT_EQ(errors[0].parameter, "threads");
    EXPECT_TRUE(errors[0].is_usage());
    EXPECT_EQ(errors[0].message,
              std::string("the number of threads must be a whole number from 1 to 1024, not '") +
                  bad + "'");
  }
  // Without `what`, the message is the general one.
  ParamSpec spec{.name = "x", .help = "x", .min = 0, .max = 1};
  EXPECT_EQ(*check_range(2, spec), "must be from 0 to 1, not 2");
  spec.what = "the share";
  EXPECT_EQ(number_message("2", spec, false), "the share must be a number from 0 to 1, not '2'");
  spec.max.reset();
  EXPECT_EQ(number_message("-1", spec, true),
            "the share must be a whole number of at least 0, not '-1'");
}

}  // namespace
}  // namespace lattice::query
