// Grouping quality of the agenda against our own grouping of the certain recommendations of the
// embedded model (tests/fixtures/agenda/grouping.jsonl: four documents, 93 recommendations, 38
// asks). The parameters were chosen on the tuning half of the pairs (DISABLED_TuneGrid prints
// the grid); the held-out half is asserted here. Split (docs/agenda.md): tuning pairs are the
// pairs within document 001 and the cross-document pairs whose earlier recommendation (in
// grouping-file order) belongs to an odd-numbered ask; the rest are held out.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
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
};

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

SimilarityMatrix matrix(const Fixture& f, double alpha, double beta) {
  return similarity_matrix(f.space.vectors, f.entities, alpha,
                           adjacent_to_next(f.inputs, kAdjacentGap), beta);
}

TEST(Grouping, FixtureCoversTheModelsCertainRecommendations) {
  const auto& f = fixture();
  EXPECT_EQ(f.inputs.size(), 93u);
  for (const auto& in : f.inputs) EXPECT_FALSE(in.text_is_summary) << in.model_id;
}

TEST(Grouping, HeldOutPairsScoreAboveReportedLevels) {
  const auto& f = fixture();
  const auto p =
      labels_of(average_linkage(matrix(f, kDefaultAlpha, kDefaultAdjacency), kDefaultThreshold),
                f.inputs.size());
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
  // Measured with the defaults: held-out P=0.419 R=0.302 F1=0.351, B-cubed F1=0.654 (all
  // items). The levels below leave a small margin; a change that lowers them needs a reason.
  EXPECT_GE(held.precision, 0.38);
  EXPECT_GE(held.recall, 0.27);
  EXPECT_GE(held.f1, 0.32);
  EXPECT_GE(b3.f1, 0.62);
}

TEST(Grouping, DISABLED_TuneGrid) {
  const auto& f = fixture();
  double best_f1 = -1, best_a = 0, best_t = 0, best_b = 0;
  for (int bi = 0; bi <= 3; ++bi) {
    const double beta = bi / 10.0;
    for (int ai = 0; ai <= 10; ++ai) {
      const double alpha = ai / 10.0;
      const auto s = matrix(f, alpha, beta);
      for (int ti = 2; ti <= 60; ++ti) {
        const double t = ti / 100.0;
        const auto p = labels_of(average_linkage(s, t), f.inputs.size());
        const auto tune =
            pairwise_scores(p, f.gold, [&](size_t i, size_t j) { return tuning_pair(f, i, j); });
        const auto held =
            pairwise_scores(p, f.gold, [&](size_t i, size_t j) { return !tuning_pair(f, i, j); });
        std::printf(
            "beta=%.1f alpha=%.1f t=%.2f tune P=%.3f R=%.3f F1=%.3f held P=%.3f R=%.3f "
            "F1=%.3f\n",
            beta, alpha, t, tune.precision, tune.recall, tune.f1, held.precision, held.recall,
            held.f1);
        if (tune.f1 > best_f1) {  // ties: the smallest beta, alpha, threshold
          best_f1 = tune.f1;
          best_a = alpha;
          best_t = t;
          best_b = beta;
        }
      }
    }
  }
  std::printf("best on tuning pairs: beta=%.1f alpha=%.1f threshold=%.2f F1=%.3f\n", best_b, best_a,
              best_t, best_f1);
}

}  // namespace
}  // namespace lattice::agenda
