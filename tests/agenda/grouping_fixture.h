// The agenda grouping fixture (tests/fixtures/agenda/grouping.jsonl: the certain recommendations
// of the embedded model grouped into asks by hand) with its tuning/held-out split, shared by
// tests/agenda/grouping_test.cpp and the parameter search bench/agenda_tune_grid.cpp. Needs
// LATTICE_FIXTURES (the tests' fixtures folder) defined by the build.
#pragma once

#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "agenda/agenda.h"
#include "agenda/grouping_score.h"
#include "model/loader.h"

namespace lattice::agenda::grouping_fixture {

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

inline FeatureOptions options_of(int mask) {
  return {(mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0};
}

inline const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture f;
    f.model = model::load_model_folder("").model;
    auto all = collect_inputs(*f.model, nullptr, nullptr, {});
    std::map<std::tuple<std::string, size_t, size_t>, size_t> where;
    for (size_t i = 0; i < all.size(); ++i) where[{all[i].file, all[i].start, all[i].end}] = i;
    std::ifstream in(std::string(LATTICE_FIXTURES) + "/agenda/grouping.jsonl");
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

inline bool tuning_pair(const Fixture& f, size_t i, size_t j) {
  const auto& a = f.inputs[i];
  const auto& b = f.inputs[j];
  if (a.file == b.file) return a.file == "001_412e78d0eac9eac5";
  return f.gold[i] % 2 == 1;  // i < j: i is the earlier recommendation
}

inline SimilarityMatrix matrix(const Fixture& f, const ClusterParams& p, int mask = 6) {
  return similarity_matrix(f.features[static_cast<size_t>(mask)], p,
                           adjacent_to_next(f.inputs, kAdjacentGap));
}

// The three asks the issue names, by model id: each must be one item, and the three apart.
inline bool named_asks_whole_and_apart(const Fixture& f, const std::vector<size_t>& labels) {
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

}  // namespace lattice::agenda::grouping_fixture
