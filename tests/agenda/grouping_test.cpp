// Grouping quality of the agenda against our own grouping of the certain recommendations of the
// embedded model (tests/fixtures/agenda/grouping.jsonl: four documents, 93 recommendations, 42
// asks). The parameters were chosen on the tuning half of the pairs (bench/agenda_tune_grid.cpp,
// `make tune-agenda`, prints the grid); the held-out half is asserted here. Split (docs/agenda.md):
// tuning pairs are the pairs within document 001 and the cross-document pairs whose earlier
// recommendation (in grouping-file order) belongs to an odd-numbered ask; the rest are held out.
//
// What these tests can and cannot show: the reference grouping (grouping.jsonl) is our own, and it
// was revised while the parameters were being tuned, so even its "held-out" pairs are not unseen
// in the sense that matters: the asks and their boundaries were drawn with the grouping's output
// in view. The levels asserted below are the measured values minus a small margin. They catch a
// change that makes the grouping worse on this data; they are not evidence of how well it groups
// asks it has never seen. That is judged in grouping_heldout_test.cpp, on recommendations written
// for the purpose and labelled before the grouping was run on them, against thresholds stated in
// advance (tests/fixtures/agenda/heldout_asks.md).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "agenda/grouping_fixture.h"
#include "test_support.h"

namespace lattice::agenda {
namespace {

using namespace grouping_fixture;

TEST(Grouping, FixtureCoversTheModelsCertainRecommendations) {
  const auto& f = fixture();
  EXPECT_EQ(f.inputs.size(), 93u);
  for (const auto& in : f.inputs) EXPECT_FALSE(in.text_is_summary) << in.model_id;
}

TEST(Grouping, HeldOutPairsScoreAboveReportedLevels) {
  const auto& f = fixture();
  const ClusterParams params;
  const auto p = labels_of(average_linkage(matrix(f, params), params.threshold), f.inputs.size());
  EXPECT_TRUE(named_asks_whole_and_apart(f, p));
  const auto held =
      pairwise_scores(p, f.gold, [&](size_t i, size_t j) { return !tuning_pair(f, i, j); });
  const auto tune =
      pairwise_scores(p, f.gold, [&](size_t i, size_t j) { return tuning_pair(f, i, j); });
  const auto b3 = bcubed_scores(p, f.gold);
  std::printf(
      "tune P=%.3f R=%.3f F1=%.3f; held-out P=%.3f R=%.3f F1=%.3f (%zu true pairs); "
      "B-cubed P=%.3f R=%.3f F1=%.3f\n",
      tune.precision, tune.recall, tune.f1, held.precision, held.recall, held.f1, held.true_pairs,
      b3.precision, b3.recall, b3.f1);
  // Measured with the defaults: tuning P=0.684 R=0.433 F1=0.531; held-out P=0.656 R=0.356
  // F1=0.462; B-cubed P=0.871 R=0.712 F1=0.784 (all items). The levels below are those
  // measurements minus a small margin, on a reference grouping that was revised during tuning
  // (see the top of this file): a regression guard, not an independent judgement. A change that
  // lowers them needs a reason.
  EXPECT_GE(held.precision, 0.60);
  EXPECT_GE(held.recall, 0.32);
  EXPECT_GE(held.f1, 0.42);
  EXPECT_GE(b3.f1, 0.75);
}

}  // namespace
}  // namespace lattice::agenda
