// IndicatorStore: indexes the model's indicator declarations and series values by indicator,
// actor and year. Built once; read-only afterwards.
#include "indicators/indicator_store.h"

namespace lattice::indicators {
namespace {

// The id of the first data set a value or indicator names, else the first source's id.
std::string first_dataset(const std::vector<model::SourceRef>& sources) {
  for (const auto& s : sources)
    if (s.kind == model::SourceRef::Kind::kDataset) return s.id;
  return sources.empty() ? std::string() : sources.front().id;
}

}  // namespace

IndicatorStore::IndicatorStore(const model::Model& m) {
  for (const auto& ind : m.data().indicators)
    info_[ind.id] = IndicatorInfo{ind.id, ind.name, ind.unit, first_dataset(ind.sources)};
  for (const auto& v : m.data().series) {
    auto& by_year = values_[v.indicator][v.actor];
    // A later duplicate of an actor-year replaces the earlier one (the validator reports none).
    by_year[v.year] = Observation{v.value, v.year, first_dataset(v.sources)};
  }
}

std::vector<IndicatorInfo> IndicatorStore::indicators() const {
  std::vector<IndicatorInfo> out;
  out.reserve(info_.size());
  for (const auto& [id, i] : info_) out.push_back(i);
  return out;
}

const IndicatorInfo* IndicatorStore::info(std::string_view indicator) const {
  auto it = info_.find(indicator);
  return it == info_.end() ? nullptr : &it->second;
}

std::optional<Observation> IndicatorStore::value(std::string_view indicator, std::string_view actor,
                                                 int year) const {
  auto i = values_.find(indicator);
  if (i == values_.end()) return std::nullopt;
  auto a = i->second.find(actor);
  if (a == i->second.end()) return std::nullopt;
  auto y = a->second.find(year);
  if (y == a->second.end()) return std::nullopt;
  return y->second;
}

std::vector<Observation> IndicatorStore::series(std::string_view indicator, std::string_view actor,
                                                std::optional<int> from,
                                                std::optional<int> to) const {
  std::vector<Observation> out;
  auto i = values_.find(indicator);
  if (i == values_.end()) return out;
  auto a = i->second.find(actor);
  if (a == i->second.end()) return out;
  auto it = from ? a->second.lower_bound(*from) : a->second.begin();
  for (; it != a->second.end(); ++it) {
    if (to && it->first > *to) break;
    out.push_back(it->second);
  }
  return out;
}

std::optional<int> IndicatorStore::latest_year(std::string_view indicator,
                                               std::string_view actor) const {
  auto i = values_.find(indicator);
  if (i == values_.end()) return std::nullopt;
  auto a = i->second.find(actor);
  if (a == i->second.end() || a->second.empty()) return std::nullopt;
  return a->second.rbegin()->first;
}

}  // namespace lattice::indicators
