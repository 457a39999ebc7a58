// Agenda item labels from shared high-weight stems and shared entities.
#include "agenda/labels.h"

#include <algorithm>
#include <map>

#include "core/text.h"

namespace lattice::agenda {

ItemLabel make_label(const std::vector<size_t>& members, const TermSpace& space,
                     const std::vector<std::vector<std::string>>& entities, const model::Model& m,
                     size_t max_words) {
  ItemLabel label;
  struct Stat {
    double weight = 0;
    size_t docs = 0;
  };
  std::map<uint32_t, Stat> stats;
  for (size_t i : members) {
    if (i >= space.vectors.size()) continue;
    for (const auto& [term, w] : space.vectors[i]) {
      auto& st = stats[term];
      st.weight += w;
      ++st.docs;
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
  std::vector<uint32_t> chosen;
  for (size_t k = 0; k < std::min(ranked.size(), wanted + 3); ++k)
    chosen.push_back(ranked[k].first);
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

  std::string entity_names;
  for (const auto& e : label.entities)
    entity_names += " " + core::to_lower(m.display_name(e)) + " ";
  std::vector<uint32_t> words;
  for (uint32_t term : chosen) {
    if (words.size() >= wanted) break;
    const std::string w = core::to_lower(space.surfaces[term]);
    if (entity_names.find(w) != std::string::npos) continue;  // said by the entity
    words.push_back(term);
  }
  // Word order: as in the member that holds most of the words, by first occurrence.
  size_t best_member = members.empty() ? 0 : members.front(), best_hits = 0;
  for (size_t i : members) {
    if (i >= space.tokens.size()) continue;
    size_t hits = 0;
    for (uint32_t term : words)
      for (const auto& t : space.tokens[i])
        if (t.stem == space.stems[term]) {
          ++hits;
          break;
        }
    if (hits > best_hits) {
      best_hits = hits;
      best_member = i;
    }
  }
  auto position = [&](uint32_t term) -> size_t {
    if (best_member < space.tokens.size()) {
      const auto& toks = space.tokens[best_member];
      for (size_t k = 0; k < toks.size(); ++k)
        if (toks[k].stem == space.stems[term]) return k;
    }
    return static_cast<size_t>(-1);
  };
  std::stable_sort(words.begin(), words.end(),
                   [&](uint32_t a, uint32_t b) { return position(a) < position(b); });
  for (uint32_t term : words) label.words.push_back(space.surfaces[term]);
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
