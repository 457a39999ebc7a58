// The agenda grouping judged on asks its tuning never saw (tests/fixtures/agenda/heldout_asks.jsonl
// and heldout_asks.md): 51 recommendations written for this test, 15 asks of three paraphrases
// and 6 single asks, labelled before the grouping was first run on them. They are grouped together
// with the model's certain recommendations, with the default parameters, and only the pairs of two
// held-out recommendations are scored. The thresholds were stated in heldout_asks.md before the
// first run (commit a59a249) and are not to be moved to fit the result; the first run met the
// precision threshold and missed the recall and F1 ones (see the end of the test).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "agenda/agenda.h"
#include "agenda/grouping_score.h"
#include "extract/mention_finder.h"
#include "model/loader.h"
#include "test_support.h"

namespace lattice::agenda {
namespace {

struct HeldOut {
  std::string id, ask, text;
};

std::vector<HeldOut> read_heldout() {
  const std::string path = lattice::testing::fixture("agenda/heldout_asks.jsonl");
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::vector<HeldOut> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    out.push_back({j.at("id").get<std::string>(), j.at("ask").get<std::string>(),
                   j.at("text").get<std::string>()});
  }
  return out;
}

TEST(GroupingHeldOut, UnseenAsksArePreciseButRecallMissesItsStatedThreshold) {
  const auto loaded = model::load_model_folder("");
  ASSERT_TRUE(loaded.model);
  std::vector<AgendaInput> inputs = collect_inputs(*loaded.model, nullptr, nullptr, {});
  ASSERT_EQ(inputs.size(), 93u);  // the model's certain recommendations (grouping_test.cpp)
  const size_t first = inputs.size();
  const std::vector<HeldOut> heldout = read_heldout();
  ASSERT_EQ(heldout.size(), 51u);
  // Reference labels: the held-out asks by name; every model recommendation its own label (its
  // pairs are not scored).
  std::vector<size_t> gold;
  for (size_t i = 0; i < first; ++i) gold.push_back(i);
  std::map<std::string, size_t> ask_label;
  for (size_t k = 0; k < heldout.size(); ++k) {
    AgendaInput in;
    in.doc = in.file = "heldout_" + heldout[k].id;
    in.start = 1000 * k;  // far apart: no adjacency bonus
    in.end = in.start + heldout[k].text.size();
    in.text = heldout[k].text;
    in.origin = "extracted";
    in.certainty = "certain";
    inputs.push_back(in);
    gold.push_back(first + ask_label.emplace(heldout[k].ask, ask_label.size()).first->second);
  }
  ASSERT_EQ(ask_label.size(), 21u);

  const extract::MentionFinder finder(*loaded.model);
  const ClusterParams params;  // the defaults: nothing here was tuned on these texts
  const FeatureSpace features = input_features(inputs, finder);
  const auto clusters =
      average_linkage(similarity_matrix(features, params, adjacent_to_next(inputs, kAdjacentGap)),
                      params.threshold);
  const std::vector<size_t> predicted = labels_of(clusters, inputs.size());
  const auto both_heldout = [&](size_t i, size_t j) { return i >= first && j >= first; };
  const Scores s = pairwise_scores(predicted, gold, both_heldout);
  EXPECT_EQ(s.true_pairs, 45u);  // 15 asks of three: 3 pairs each

  // What went wrong, for whoever reads the log.
  for (size_t i = first; i < inputs.size(); ++i)
    for (size_t j = i + 1; j < inputs.size(); ++j) {
      const bool same = gold[i] == gold[j], together = predicted[i] == predicted[j];
      if (same != together)
        std::printf("%s %s-%s (%s / %s)\n", same ? "missed" : "false link",
                    heldout[i - first].id.c_str(), heldout[j - first].id.c_str(),
                    heldout[i - first].ask.c_str(), heldout[j - first].ask.c_str());
    }
  std::printf(
      "held-out asks: P=%.3f R=%.3f F1=%.3f (%zu same-ask pairs, %zu predicted, %zu right)\n",
      s.precision, s.recall, s.f1, s.true_pairs, s.predicted_pairs, s.correct_pairs);
  // Stated in advance (heldout_asks.md): precision >= 0.50, recall >= 0.25, F1 >= 0.35.
  // The first run, with the defaults of clustering.h: 13 pairs put together, 10 of them right:
  // P = 10/13 = 0.769, R = 10/45 = 0.222, F1 = 0.345. Precision meets its threshold; recall and
  // F1 do NOT. On paraphrases that share few words (the three host-nation-support texts say
  // "cost-sharing arrangement", "payments toward the upkeep of U.S. bases" and "special measures
  // agreement") the grouping finds about one same-ask pair in five; when it does link two
  // recommendations it is right three times in four. The thresholds stay as stated in
  // heldout_asks.md; until the grouping reaches them, the measured counts are pinned below, so
  // that a fall fails here. A rise should update the record and, once the grouping reaches the
  // stated recall and F1, assert them: EXPECT_GE(s.recall, 0.25), EXPECT_GE(s.f1, 0.35).
  EXPECT_GE(s.precision, 0.50);
  EXPECT_GE(s.correct_pairs, 10u);  // recall 10/45 = 0.222 (stated threshold 0.25: not met)
  EXPECT_LE(s.predicted_pairs - s.correct_pairs, 3u);  // at most the 3 false links of the record
}

}  // namespace
}  // namespace lattice::agenda
