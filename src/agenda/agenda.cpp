// The agenda pipeline (vectors, clustering, labels) and the facts of each item.
#include "agenda/agenda.h"

#include <algorithm>
#include <map>
#include <set>

namespace lattice::agenda {
namespace {

template <typename T>
void push_unique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

std::vector<std::pair<std::string, size_t>> by_count(const std::map<std::string, size_t>& counts,
                                                     const std::vector<std::string>& order) {
  std::vector<std::pair<std::string, size_t>> out;
  for (const auto& k : order) out.emplace_back(k, counts.at(k));
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

// Size, breadth, persistence (descending) with key first; then first member.
bool item_before(const AgendaItem& a, const AgendaItem& b, SortKey key) {
  auto value = [](const AgendaItem& x, SortKey k) -> size_t {
    switch (k) {
      case SortKey::kSize:
        return x.members.size();
      case SortKey::kBreadth:
        return x.breadth;
      case SortKey::kPersistence:
        return static_cast<size_t>(x.persistence);
    }
    return 0;
  };
  std::vector<SortKey> order = {key};
  for (SortKey k : {SortKey::kSize, SortKey::kBreadth, SortKey::kPersistence})
    if (k != key) order.push_back(k);
  for (SortKey k : order)
    if (value(a, k) != value(b, k)) return value(a, k) > value(b, k);
  return a.members.front() < b.members.front();
}

}  // namespace

AgendaItem item_facts(const std::vector<size_t>& members, const std::vector<AgendaInput>& inputs) {
  AgendaItem item;
  item.members = members;
  std::set<int> years;
  std::map<std::string, size_t> actor_counts, domain_counts;
  std::vector<std::string> actor_order, domain_order;
  for (size_t i : members) {
    const AgendaInput& in = inputs[i];
    if (in.year) years.insert(*in.year);
    push_unique(item.documents, in.doc);
    push_unique(item.organisations, in.organisation.empty() ? in.doc : in.organisation);
    for (const auto& a : in.actors) {
      if (actor_counts[a]++ == 0) actor_order.push_back(a);
    }
    for (const auto& d : in.domains) {
      if (domain_counts[d]++ == 0) domain_order.push_back(d);
    }
    // The latest dated status; an undated one only when nothing is dated.
    for (const auto& s : in.statuses) {
      const bool newer =
          item.status.recommendation.empty() ||
          (!s.date.empty() && (item.status.date.empty() || s.date > item.status.date));
      if (newer) {
        item.status.status = s.status;
        item.status.date = s.date;
        item.status.evidence = s.evidence;
        item.status.sources = s.sources;
        item.status.recommendation = in.model_id;
      }
    }
  }
  if (!years.empty()) {
    item.first_year = *years.begin();
    item.last_year = *years.rbegin();
    item.persistence = *item.last_year - *item.first_year + 1;
  }
  item.distinct_years = years.size();
  item.breadth = item.organisations.size();
  item.actors = by_count(actor_counts, actor_order);
  item.domains = by_count(domain_counts, domain_order);
  return item;
}

Agenda build_agenda(std::vector<AgendaInput> inputs, const model::Model& m,
                    const extract::MentionFinder& finder, const ClusterParams& params) {
  Agenda agenda;
  agenda.params = params;
  agenda.inputs = std::move(inputs);
  std::vector<std::string> texts;  // the sentences alone, for labels
  texts.reserve(agenda.inputs.size());
  for (const auto& in : agenda.inputs) {
    texts.push_back(in.text);
    agenda.entities.push_back(entity_set(in.text, in.actors, finder));
  }
  const TermSpace space = build_term_space(texts);
  const FeatureSpace features = input_features(agenda.inputs, finder);
  const auto clusters = average_linkage(
      similarity_matrix(features, params, adjacent_to_next(agenda.inputs, kAdjacentGap)),
      params.threshold);
  for (const auto& c : clusters) {
    AgendaItem item = item_facts(c, agenda.inputs);
    item.label = make_label(c, space, agenda.entities, m);
    agenda.items.push_back(std::move(item));
  }
  sort_items(agenda.items, SortKey::kSize);
  for (size_t k = 0; k < agenda.items.size(); ++k) {
    std::string key = "A";
    key += std::to_string(k + 1);
    agenda.items[k].key = std::move(key);
  }
  return agenda;
}

void sort_items(std::vector<AgendaItem>& items, SortKey key) {
  std::stable_sort(items.begin(), items.end(), [key](const AgendaItem& a, const AgendaItem& b) {
    return item_before(a, b, key);
  });
}

}  // namespace lattice::agenda
