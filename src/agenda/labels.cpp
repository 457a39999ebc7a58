// Agenda item labels from shared high-weight stems and shared entities.
#include "agenda/labels.h"

#include <algorithm>
#include <map>

namespace lattice::agenda {

ItemLabel make_label(const std::vector<size_t>& members, const TermSpace& space,
                     const std::vector<std::vector<std::string>>& entities, const model::Model& m,
                     size_t max_words) {
  ItemLabel label;
  struct Stat {
    double weight = 0;
    size_t docs = 0;
    double position = 0;  // sum over members of the relative position of the first occurrence
  };
  std::map<uint32_t, Stat> stats;
  for (size_t i : members) {
    if (i >= space.vectors.size()) continue;
    for (const auto& [term, w] : space.vectors[i]) {
      auto& st = stats[term];
      st.weight += w;
      ++st.docs;
    }
    const auto& toks = space.tokens[i];
    std::map<std::string, size_t> first;
    for (size_t k = 0; k < toks.size(); ++k) first.emplace(toks[k].stem, k);
    for (const auto& [term, w] : space.vectors[i]) {
      (void)w;
      auto it = first.find(space.stems[term]);
      if (it != first.end())
        stats[term].position +=
            static_cast<double>(it->second) / static_cast<double>(std::max<size_t>(1, toks.size()));
    }
  }
  const size_t n = members.size();
  const size_t need = n >= 2 ? std::max<size_t>(2, (n + 1) / 2) : 1;
  std::vector<std::pair<uint32_t, Stat>> ranked(stats.begin(), stats.end());
  // Shared stems first, then by weight, then by term id (first appearance).
  std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    const bool sa = a.second.docs >= need, sb = b.second.docs >= need;
    if (sa != sb) return sa;
    if (a.second.weight != b.second.weight) return a.second.weight > b.second.weight;
    return a.first < b.first;
  });
  size_t shared = 0;
  for (const auto& r : ranked) shared += r.second.docs >= need;
  const size_t wanted = shared >= 2 ? std::min(shared, max_words) : std::min<size_t>(2, max_words);
  const size_t take = std::min(ranked.size(), wanted);
  std::vector<std::pair<double, std::string>> chosen;
  for (size_t k = 0; k < take; ++k) {
    const auto& [term, st] = ranked[k];
    chosen.emplace_back(st.position / static_cast<double>(std::max<size_t>(1, st.docs)),
                        space.surfaces[term]);
  }
  std::stable_sort(chosen.begin(), chosen.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& c : chosen) label.words.push_back(c.second);

  std::map<std::string, size_t> entity_counts;
  for (size_t i : members)
    if (i < entities.size())
      for (const auto& e : entities[i]) ++entity_counts[e];
  std::vector<std::pair<std::string, size_t>> ents(entity_counts.begin(), entity_counts.end());
  std::stable_sort(ents.begin(), ents.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [id, count] : ents) {
    if (label.entities.size() >= 2) break;
    if (n >= 2 ? count * 2 >= n : true) label.entities.push_back(id);
  }

  for (const auto& w : label.words) label.text += (label.text.empty() ? "" : " ") + w;
  if (!label.entities.empty()) {
    std::string names;
    for (const auto& e : label.entities) names += (names.empty() ? "" : ", ") + m.display_name(e);
    label.text += (label.text.empty() ? "" : " ") + ("(" + names + ")");
  }
  if (label.text.empty()) label.text = "(no content words)";
  return label;
}

}  // namespace lattice::agenda
