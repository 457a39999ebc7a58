// Figures of claim checking: levels, shares of the world total and ratios from indicator series.
#include "claimcheck/figure.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/date.h"
#include "model/queries.h"

namespace lattice::claimcheck {
namespace {

// The actors an entity stands for in year: itself, or a framework's members plus additions.
std::vector<std::string> actors_of(const std::string& entity, const std::vector<std::string>& added,
                                   int year, const model::Model& m) {
  if (!m.framework(entity)) return {entity};
  std::set<std::string> ids;
  const core::Day day = core::Date::from_parts(year, 7, 1).first_day();
  for (const model::MembershipRow& r : model::members_on(m, entity, day))
    if (r.actor && r.actor->parent.empty()) ids.insert(r.actor->id);
  for (const std::string& a : added) ids.insert(a);
  return {ids.begin(), ids.end()};
}

std::string short_number(double v) {
  return fmt::format("{:.4g}", v);
}

struct Sum {
  std::optional<double> value;
  std::string label;  // "gdp(jpn,2020)=5.056e+12" or "gdp(cptpp+usa: 12 actors,2020)"
};

// The indicator's value for an entity (summed over a bloc), recording datasets and gaps.
Sum value_of(const std::string& indicator, const std::string& entity,
             const std::vector<std::string>& added, int year,
             const indicators::IndicatorStore& store, const model::Model& m, Figure& f) {
  Sum s;
  const std::vector<std::string> actors = actors_of(entity, added, year, m);
  if (actors.empty()) {
    f.missing = fmt::format("{} has no members in {}", entity, year);
    return s;
  }
  double total = 0;
  std::vector<std::string> gaps;
  for (const std::string& a : actors) {
    auto obs = store.value(indicator, a, year);
    if (!obs) {
      gaps.push_back(a);
      continue;
    }
    total += obs->value;
    if (std::find(f.datasets.begin(), f.datasets.end(), obs->dataset) == f.datasets.end())
      f.datasets.push_back(obs->dataset);
  }
  if (!gaps.empty()) {
    std::string list;
    for (const auto& g : gaps) list += (list.empty() ? "" : ",") + g;
    f.missing = fmt::format("{} for {} in {}", indicator, list, year);
    return s;
  }
  s.value = total;
  std::string who = entity;
  if (m.framework(entity)) {
    for (const auto& a : added) who += "+" + a;
    std::string list;
    for (const auto& a : actors) list += (list.empty() ? "" : " ") + a;
    who += fmt::format(" [{} actors: {}]", actors.size(), list);
  }
  s.label = fmt::format("{}({},{})={}", indicator, who, year, short_number(total));
  return s;
}

}  // namespace

Figure compute_figure(const Interpretation& in, int year, const indicators::IndicatorStore& store,
                      const model::Model& m) {
  Figure f;
  if (!in.problem.empty() || in.entities.empty()) return f;
  switch (in.comparison) {
    case Comparison::kLevel: {
      Sum s = value_of(in.indicator, in.entities[0], in.added, year, store, m, f);
      if (!s.value) return f;
      f.value = s.value;
      f.computation = s.label;
      break;
    }
    case Comparison::kShareOfWorld: {
      Sum s = value_of(in.indicator, in.entities[0], in.added, year, store, m, f);
      if (!s.value) return f;
      Sum w = value_of(in.indicator, std::string(indicators::kWorld), {}, year, store, m, f);
      if (!w.value || *w.value == 0) return f;
      f.value = 100.0 * *s.value / *w.value;
      f.computation = fmt::format("100 * {} / {} = {:.2f}%", s.label, w.label, *f.value);
      break;
    }
    case Comparison::kRatio: {
      if (in.entities.size() < 2) return f;
      Sum a = value_of(in.indicator, in.entities[0], in.added, year, store, m, f);
      if (!a.value) return f;
      Sum b = value_of(in.indicator, in.entities[1], {}, year, store, m, f);
      if (!b.value || *b.value == 0) return f;
      f.value = *a.value / *b.value;
      f.computation = fmt::format("{} / {} = {:.3f}", a.label, b.label, *f.value);
      break;
    }
    case Comparison::kGrowth:
    case Comparison::kNone:
      break;
  }
  return f;
}

std::optional<int> latest_figure_year(const Interpretation& in,
                                      const indicators::IndicatorStore& store,
                                      const model::Model& m) {
  if (!in.problem.empty() || in.entities.empty()) return std::nullopt;
  // Start from the latest year of the first actor the figure needs.
  std::optional<int> start;
  for (const std::string& e : in.entities) {
    const auto actors = actors_of(e, in.added, 9999, m);
    for (const std::string& a : actors) {
      auto y = store.latest_year(in.indicator, a);
      if (y && (!start || *y > *start)) start = y;
    }
  }
  if (!start) return std::nullopt;
  for (int y = *start; y > *start - 10; --y)
    if (compute_figure(in, y, store, m).value) return y;
  return std::nullopt;
}

}  // namespace lattice::claimcheck
