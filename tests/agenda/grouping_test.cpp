// Grouping quality of the agenda against our own grouping of the certain recommendations of the
// embedded model (tests/fixtures/agenda/grouping.jsonl: four documents, 93 recommendations, 42
// asks). The parameters were chosen on the tuning half of the pairs (DISABLED_TuneGrid prints
// the grid); the held-out half is asserted here. Split (docs/agenda.md): tuning pairs are the
// pairs within document 001 and the cross-document pairs whose earlier recommendation (in
// grouping-file order) belongs to an odd-numbered ask; the rest are held out.
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

#include "agenda/agenda.h"
#include "agenda/grouping_score.h"
#include "model/loader.h"
#include "test_support.h"

namespace lattice::agenda {
namespace {

struct GoldRow {
  std::string doc;
  size_t start, end;
  std::string item;
};

struct Fixture {
  std::shared_ptr<const model::Model> model;
  std::vector<AgendaInput> inputs;  // in grouping-file order
  std::vector<size_t> gold;         // ask index (order of first appearance) per input
  TermSpace space;
  std::vector<std::vector<std::string>> entities;
  std::vector<FeatureSpace> features;  // per feature-option mask (bit 0 bigrams, 1 concepts,
                                       // 2 summaries); index 6 is the default FeatureOptions
};

FeatureOptions options_of(int mask) {
  return {(mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0};
}

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture f;
    f.model = model::load_model_folder("").model;
    auto all = collect_inputs(*f.model, nullptr, nullptr, {});
    std::map<std::tuple<std::string, size_t, size_t>, size_t> where;
    for (size_t i = 0; i < all.size(); ++i) where[{all[i].file, all[i].start, all[i].end}] = i;
    std::ifstream in(lattice::testing::fixture("agenda/grouping.jsonl"));
    std::string line;
    std::map<std::string, size_t> ask_index;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      auto j = nlohmann::json::parse(line);
      auto it = where.find(
          {j["doc"].get<std::string>(), j["start"].get<size_t>(), j["end"].get<size_t>()});
      if (it == where.end()) continue;
      f.inputs.push_back(all[it->second]);
      auto [a, added] = ask_index.emplace(j["item"].get<std::string>(), ask_index.size());
      f.gold.push_back(a->second);
    }
    extract::MentionFinder finder(*f.model);
    std::vector<std::string> texts;
    for (const auto& x : f.inputs) {
      texts.push_back(x.text);
      f.entities.push_back(entity_set(x.text, x.actors, finder));
    }
    f.space = build_term_space(texts);
    for (int mask = 0; mask < 8; ++mask)
      f.features.push_back(input_features(f.inputs, finder, options_of(mask)));
    return f;
  }();
  return f;
}

bool tuning_pair(const Fixture& f, size_t i, size_t j) {
  const auto& a = f.inputs[i];
  const auto& b = f.inputs[j];
  if (a.file == b.file) return a.file == "001_412e78d0eac9eac5";
  return f.gold[i] % 2 == 1;  // i < j: i is the earlier recommendation
}

SimilarityMatrix matrix(const Fixture& f, const ClusterParams& p, int mask = 6) {
  return similarity_matrix(f.features[static_cast<size_t>(mask)], p,
                           adjacent_to_next(f.inputs, kAdjacentGap));
}

// The three asks the issue names, by model id: each must be one item, and the three apart.
bool named_asks_whole_and_apart(const Fixture& f, const std::vector<size_t>& labels) {
  const std::vector<std::vector<std::string>> asks = {
      {"csis_2020_r19", "jcie_2020_r16"},                   // host nation support
      {"csis_2020_r38", "csis_2020_r39", "csis_2020_r42"},  // join the CPTPP
      {"csis_2020_r10", "jcie_2020_r27", "cap_2021_r09"}};  // U.S.-Japan-ROK trilateral
  std::vector<size_t> item_of_ask;
  for (const auto& ask : asks) {
    std::set<size_t> items;
    for (const auto& id : ask)
      for (size_t i = 0; i < f.inputs.size(); ++i)
        if (f.inputs[i].model_id == id) items.insert(labels[i]);
    if (items.size() != 1) return false;
    item_of_ask.push_back(*items.begin());
  }
  return std::set<size_t>(item_of_ask.begin(), item_of_ask.end()).size() == asks.size();
}

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

// The search of docs/agenda.md section 4: for each feature-option mask, beta, alpha, gamma and
// threshold, the pairwise scores on tuning and held-out pairs. The choice: the best tuning F1
// among settings that keep the three named asks whole and apart (ties: the first in loop
// order). Also prints the best per mask (the ablation).
TEST(Grouping, DISABLED_TuneGrid) {
  const auto& f = fixture();
  struct Best {
    double f1 = -1;
    ClusterParams p;
    int mask = 0;
    Scores held, tune, b3;
  };
  Best overall;
  for (int mask = 0; mask < 8; ++mask) {
    Best best;
    for (int bi = 0; bi <= 3; ++bi) {
      for (int ai = 5; ai <= 10; ++ai) {
        for (int gi = 0; gi <= 4; ++gi) {
          ClusterParams p;
          p.adjacency = bi / 10.0;
          p.alpha = ai / 10.0;
          p.domains = gi / 20.0;
          const auto s = matrix(f, p, mask);
          for (int ti = 2; ti <= 60; ++ti) {
            p.threshold = ti / 100.0;
            const auto labels = labels_of(average_linkage(s, p.threshold), f.inputs.size());
            if (!named_asks_whole_and_apart(f, labels)) continue;
            const auto tune = pairwise_scores(
                labels, f.gold, [&](size_t i, size_t j) { return tuning_pair(f, i, j); });
            if (tune.f1 > best.f1) {
              best.f1 = tune.f1;
              best.p = p;
              best.mask = mask;
              best.tune = tune;
              best.held = pairwise_scores(
                  labels, f.gold, [&](size_t i, size_t j) { return !tuning_pair(f, i, j); });
              best.b3 = bcubed_scores(labels, f.gold);
            }
          }
        }
      }
    }
    std::printf(
        "mask=%d (bigrams %d, concepts %d, summaries %d): beta=%.1f alpha=%.1f gamma=%.2f "
        "t=%.2f tune P=%.3f R=%.3f F1=%.3f held P=%.3f R=%.3f F1=%.3f B3 P=%.3f R=%.3f "
        "F1=%.3f\n",
        mask, mask & 1, (mask >> 1) & 1, (mask >> 2) & 1, best.p.adjacency, best.p.alpha,
        best.p.domains, best.p.threshold, best.tune.precision, best.tune.recall, best.tune.f1,
        best.held.precision, best.held.recall, best.held.f1, best.b3.precision, best.b3.recall,
        best.b3.f1);
    if (best.f1 > overall.f1) overall = best;
  }
  std::printf("best on tuning pairs: mask=%d beta=%.1f alpha=%.1f gamma=%.2f threshold=%.2f\n",
              overall.mask, overall.p.adjacency, overall.p.alpha, overall.p.domains,
              overall.p.threshold);
}

}  // namespace
}  // namespace lattice::agenda
