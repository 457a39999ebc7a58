// End-to-end tests of `lattice scenario`: the documented JSON keys, the 1960 treaty's Article V
// on the Senkaku Islands (territory administered by Japan), and precise errors for bad input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace lattice::cli {
namespace {

using lattice::testing::run_cli;
using nlohmann::json;

bool listed(const json& arr, const std::string& commitment, const std::string& actor) {
  for (const auto& f : arr)
    if (f["commitment"] == commitment && f["actor"] == actor) return true;
  return false;
}

// 1960 treaty, Art. V: an armed attack on Japan in territory Japan administers.
TEST(ScenarioCli, SenkakuJsonTriggersArticleFive) {
  const auto r = run_cli({"scenario", "--by", "China", "--against", "Japan", "--at", "Senkakus",
                          "--date", "2025-06-01", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  for (const char* key : {"triggered", "conditional", "not_triggered"})
    ASSERT_TRUE(j[key].is_array());
  EXPECT_TRUE(listed(j["triggered"], "us_japan_1960_art5_usa", "usa"));
  const auto& f = j["triggered"][0];
  for (const char* key : {"actor", "toward", "framework", "article", "type", "reason"})
    EXPECT_TRUE(f.contains(key)) << key;
  EXPECT_EQ(j["event"]["at"], "senkaku_islands");
}

// 1960 treaty, Art. IV (consultation) covers threats; Art. V needs an armed attack.
TEST(ScenarioCli, TextGroupsVerdicts) {
  const auto r = run_cli(
      {"scenario", "--by", "chn", "--against", "jpn", "--kind", "threat", "--date", "2025-06-01"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Triggered ("), std::string::npos);
  EXPECT_NE(r.out.find("Conditional ("), std::string::npos);
  EXPECT_NE(r.out.find("Not triggered ("), std::string::npos);
}

TEST(ScenarioCli, BadInputGivesPreciseErrors) {
  auto r = run_cli({"scenario", "--by", "Chnia", "--against", "jpn"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("Chnia"), std::string::npos) << r.err;
  r = run_cli({"scenario", "--by", "chn", "--against", "jpn", "--at", "Senkaku Islnds"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("did you mean"), std::string::npos) << r.err;
  r = run_cli({"scenario", "--by", "chn", "--against", "jpn", "--date", "2023-02-30"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--date"), std::string::npos) << r.err;
  r = run_cli({"scenario", "--by", "chn", "--against", "jpn", "--kind", "invasion"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("armed_attack"), std::string::npos) << r.err;
  r = run_cli({"scenario", "--by", "chn", "--against", "chn"});
  EXPECT_EQ(r.status, 1);
}

}  // namespace
}  // namespace lattice::cli
