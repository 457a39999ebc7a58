// Assigning a new document's recommendations to an agenda's items.
#include "agenda/diff.h"

#include <algorithm>

namespace lattice::agenda {

AgendaDiff diff_against(const Agenda& agenda, std::vector<AgendaInput> new_inputs,
                        const model::Model& m, const extract::MentionFinder& finder) {
  AgendaDiff diff;
  diff.inputs = std::move(new_inputs);
  const size_t n = agenda.inputs.size(), k = diff.inputs.size();
  std::vector<std::string> texts;  // the sentences alone, for labels
  std::vector<std::vector<std::string>> entities = agenda.entities;
  for (const auto& in : agenda.inputs) texts.push_back(in.text);
  for (const auto& in : diff.inputs) {
    texts.push_back(in.text);
    entities.push_back(entity_set(in.text, in.actors, finder));
  }
  const TermSpace space = build_term_space(texts);
  std::vector<AgendaInput> all = agenda.inputs;
  all.insert(all.end(), diff.inputs.begin(), diff.inputs.end());
  const FeatureSpace features = input_features(all, finder);
  auto sim = [&](size_t a, size_t b) { return feature_similarity(features, a, b, agenda.params); };
  std::vector<bool> raised(agenda.items.size(), false);
  std::vector<size_t> unassigned;
  for (size_t x = 0; x < k; ++x) {
    DiffAssignment as;
    double best = -1;
    for (size_t it = 0; it < agenda.items.size(); ++it) {
      const auto& members = agenda.items[it].members;
      if (members.empty()) continue;
      double sum = 0;
      for (size_t mi : members) sum += sim(n + x, mi);
      const double avg = sum / static_cast<double>(members.size());
      if (avg > best) {
        best = avg;
        as.nearest = it;
      }
    }
    as.similarity = std::max(best, 0.0);
    if (as.nearest != kNoItem && best >= agenda.params.threshold) {
      as.item = as.nearest;
      raised[as.item] = true;
    } else {
      unassigned.push_back(x);
    }
    diff.assignments.push_back(as);
  }
  // The new recommendations grouped among themselves.
  const auto adjacent = adjacent_to_next(diff.inputs, kAdjacentGap);
  SimilarityMatrix s(unassigned.size());
  for (size_t a = 0; a < unassigned.size(); ++a) {
    for (size_t b = a + 1; b < unassigned.size(); ++b) {
      double v = sim(n + unassigned[a], n + unassigned[b]);
      if (unassigned[b] == unassigned[a] + 1 && adjacent[unassigned[a]])
        v += agenda.params.adjacency;
      s.set(a, b, static_cast<float>(v));
    }
  }
  std::vector<std::vector<std::string>> new_entities(entities.begin() + static_cast<long>(n),
                                                     entities.end());
  TermSpace new_space;  // the new inputs' rows of the joint space, for labels
  new_space.stems = space.stems;
  new_space.surfaces = space.surfaces;
  new_space.idf = space.idf;
  new_space.vectors.assign(space.vectors.begin() + static_cast<long>(n), space.vectors.end());
  new_space.tokens.assign(space.tokens.begin() + static_cast<long>(n), space.tokens.end());
  for (const auto& c : average_linkage(s, agenda.params.threshold)) {
    std::vector<size_t> members;
    for (size_t a : c) members.push_back(unassigned[a]);
    AgendaItem item = item_facts(members, diff.inputs);
    item.label = make_label(members, new_space, new_entities, m);
    std::string key = "N";
    key += std::to_string(diff.new_items.size() + 1);
    item.key = std::move(key);
    for (size_t x : members) diff.assignments[x].new_item = diff.new_items.size();
    diff.new_items.push_back(std::move(item));
  }
  for (size_t it = 0; it < agenda.items.size(); ++it)
    (raised[it] ? diff.repeated : diff.left_out).push_back(it);
  return diff;
}

}  // namespace lattice::agenda
