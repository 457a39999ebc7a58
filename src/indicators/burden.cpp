// Burden sharing among a framework's members and the Olson-Zeckhauser rank test.
#include "indicators/burden.h"

#include <algorithm>

#include "model/queries.h"

namespace lattice::indicators {

BurdenResult burden(const model::Model& m, const IndicatorStore& store,
                    const std::string& framework, int year, core::Day on) {
  BurdenResult r;
  r.framework = framework;
  r.year = year;
  r.on = on;
  for (const auto& row : model::members_on(m, framework, on)) {
    const model::Actor& a = *row.actor;
    if (!counts_in_bloc(a, row.membership->role)) continue;
    if (std::any_of(r.members.begin(), r.members.end(),
                    [&](const BurdenMember& b) { return b.actor == a.id; }))
      continue;
    BurdenMember b;
    b.actor = a.id;
    b.name = a.name;
    if (auto v = store.value("milex", a.id, year)) b.milex = v->value;
    if (auto v = store.value("gdp", a.id, year)) b.gdp = v->value;
    if (auto v = store.value("milex_gdp", a.id, year)) {
      b.burden = v->value;
      b.burden_source = "sipri_milex_gdp";
    } else if (b.milex && b.gdp && *b.gdp > 0) {
      b.burden = 100.0 * *b.milex / *b.gdp;
      b.burden_source = "computed";
    }
    if (b.gdp)
      r.total_gdp += *b.gdp;
    else {
      r.gdp_partial = true;
      r.missing.push_back({a.id, "gdp", year});
    }
    if (b.milex)
      r.total_milex += *b.milex;
    else {
      r.milex_partial = true;
      r.missing.push_back({a.id, "milex", year});
    }
    if (!b.burden) r.missing.push_back({a.id, "milex_gdp", year});
    r.members.push_back(std::move(b));
  }
  std::vector<double> gdp, burden;
  for (auto& b : r.members) {
    if (b.gdp && r.total_gdp > 0) b.gdp_share = 100.0 * *b.gdp / r.total_gdp;
    if (b.milex && r.total_milex > 0) b.milex_share = 100.0 * *b.milex / r.total_milex;
    if (b.gdp && b.burden) {
      gdp.push_back(*b.gdp);
      burden.push_back(*b.burden);
      r.oz.used.push_back(b.actor);
    }
  }
  r.oz.test = spearman(gdp, burden);
  std::stable_sort(r.members.begin(), r.members.end(),
                   [](const BurdenMember& x, const BurdenMember& y) {
                     if (x.gdp.has_value() != y.gdp.has_value()) return x.gdp.has_value();
                     return x.gdp && y.gdp && *x.gdp > *y.gdp;
                   });
  return r;
}

std::vector<BurdenResult> burden_series(const model::Model& m, const IndicatorStore& store,
                                        const std::string& framework, int from, int to) {
  std::vector<BurdenResult> out;
  for (int y = from; y <= to; ++y)
    out.push_back(burden(m, store, framework, y, core::Date::from_parts(y, 12, 31).first_day()));
  return out;
}

}  // namespace lattice::indicators
