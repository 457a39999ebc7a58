// The historical alliance queries (alliances, similarity) as functions of the shared ATOP/COW
// data: the checks across fields, the lists of the text view, and errors as exceptions with
// precise messages.
#include "query/alliance_queries.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "embedded_model.h"
#include "query/binder.h"
#include "test_support.h"

namespace lattice::query {
namespace {

Env env() {
  return {lattice::testing::embedded_model_ptr(), core::Date::from_parts(2024, 6, 1).first_day()};
}

std::string data_dir() {
  return lattice::testing::shared_dir() + "/data";
}

#define REQUIRE_ALLIANCE_DATA()                                               \
  ASSERT_TRUE(std::filesystem::exists(data_dir() + "/atop5_1_ddyr_full.csv")) \
      << "no alliance data in " << data_dir()

template <class Request>
Request bound(const RawArgs& raw, std::vector<ParamError>* errors = nullptr) {
  const Env e = env();
  Request r;
  Binder b(raw, e);
  r.visit(b);
  auto found = b.finish();
  if (found.empty()) found = r.validate();
  if (errors)
    *errors = found;
  else
    EXPECT_TRUE(found.empty()) << found[0].parameter << ": " << found[0].message;
  return r;
}

TEST(AllianceQueries, SourceMustBeAtopOrCow) {
  EXPECT_TRUE(check_alliance_source("atop").empty());
  EXPECT_TRUE(check_alliance_source("cow").empty());
  const auto errors = check_alliance_source("xyz");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].parameter, "source");
  EXPECT_EQ(errors[0].kind, ParamError::Kind::kChoice);
  EXPECT_EQ(errors[0].message, "must be atop or cow, not 'xyz'");
}

TEST(AllianceQueries, SimilarityNeedsTwoStatesOrAll) {
  std::vector<ParamError> errors;
  bound<SimilarityRequest>({{"year", {"1960"}}, {"states", {"usa"}}}, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].parameter, "states");
  EXPECT_TRUE(errors[0].is_usage());
  bound<SimilarityRequest>({{"year", {"1960"}}, {"states", {"usa", "jpn"}}, {"all", {"true"}}},
                           &errors);
  EXPECT_EQ(errors.size(), 1u);
  bound<SimilarityRequest>({{"year", {"1960"}}}, &errors);
  EXPECT_EQ(errors.size(), 1u);
  bound<SimilarityRequest>({{"year", {"1960"}}, {"all", {"true"}}}, &errors);
  EXPECT_TRUE(errors.empty());
  bound<SimilarityRequest>({{"year", {"1960"}}, {"states", {"usa", "jpn"}}}, &errors);
  EXPECT_TRUE(errors.empty());
}

TEST(AllianceQueries, TopListsHoldAtMostTopStatesWithAPositiveScore) {
  REQUIRE_ALLIANCE_DATA();
  const auto r = alliance_network(
      env(), bound<AlliancesRequest>({{"year", {"1960"}}, {"top", {"3"}}, {"data", {data_dir()}}}));
  ASSERT_EQ(r.most_allied.size(), 3u);
  EXPECT_EQ(r.net.ccodes[r.most_allied[0]], 2);  // the United States
  for (size_t k = 1; k < r.most_allied.size(); ++k)
    EXPECT_GE(r.metrics.degree[r.most_allied[k - 1]], r.metrics.degree[r.most_allied[k]]);
  EXPECT_LE(r.brokers.size(), 3u);
  EXPECT_EQ(r.ties_by_code[1] + r.ties_by_code[2] + r.ties_by_code[3], r.metrics.edges);
  EXPECT_TRUE(r.graphml_path.empty());

  const auto none = alliance_network(
      env(), bound<AlliancesRequest>({{"year", {"1960"}}, {"top", {"0"}}, {"data", {data_dir()}}}));
  EXPECT_TRUE(none.most_allied.empty());
  EXPECT_TRUE(none.brokers.empty());
  // 1816: few alliances, so brokers (positive betweenness) are fewer than the states listed.
  const auto early = alliance_network(
      env(),
      bound<AlliancesRequest>({{"year", {"1816"}}, {"top", {"50"}}, {"data", {data_dir()}}}));
  for (size_t i : early.brokers) EXPECT_GT(early.metrics.betweenness[i], 0);
  for (size_t i : early.most_allied) EXPECT_GT(early.metrics.degree[i], 0);
}

TEST(AllianceQueries, ErrorsAreExceptionsWithPreciseMessages) {
  REQUIRE_ALLIANCE_DATA();
  try {
    alliance_network(env(), bound<AlliancesRequest>({{"year", {"1815"}}, {"data", {data_dir()}}}));
    ADD_FAILURE() << "no exception for 1815";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("cover 1816-2018"), std::string::npos) << e.what();
  }
  try {
    alliance_network(
        env(), bound<AlliancesRequest>({{"year", {"2000"}}, {"data", {"/nonexistent/data"}}}));
    ADD_FAILURE() << "no exception for a missing folder";
  } catch (const std::runtime_error& e) {
    const std::string what = e.what();
    EXPECT_EQ(what.rfind("the alliance data in /nonexistent/data has ", 0), 0u) << what;
    EXPECT_NE(what.find("\n/nonexistent/data: error: the alliance data folder does not exist"),
              std::string::npos)
        << what;
  }
  try {
    similarity(env(),
               bound<SimilarityRequest>(
                   {{"year", {"1950"}}, {"states", {"usa", "Japan"}}, {"data", {data_dir()}}}));
    ADD_FAILURE() << "no exception for Japan in 1950";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("not among the states of the 1950 network"),
              std::string::npos)
        << e.what();
  }
}

TEST(AllianceQueries, SimilarityOfAPairAndOfEveryPair) {
  REQUIRE_ALLIANCE_DATA();
  const auto pair = similarity(
      env(), bound<SimilarityRequest>(
                 {{"year", {"1960"}}, {"states", {"Japan", "usa"}}, {"data", {data_dir()}}}));
  ASSERT_EQ(pair.pairs.size(), 1u);
  EXPECT_FALSE(pair.all);
  EXPECT_EQ(pair.portfolios.ccodes[pair.pairs[0].i], 740);  // A stays first
  EXPECT_EQ(pair.portfolios.ccodes[pair.pairs[0].j], 2);
  EXPECT_EQ(pair.pairs[0].s.code, 3);

  const auto all = similarity(
      env(),
      bound<SimilarityRequest>({{"year", {"1816"}}, {"all", {"true"}}, {"data", {data_dir()}}}));
  const size_t n = all.portfolios.size();
  EXPECT_EQ(all.pairs.size(), n * (n - 1) / 2);
  for (const auto& p : all.pairs) EXPECT_LT(p.i, p.j);
}

}  // namespace
}  // namespace lattice::query
