// The indicator commands as queries (see indicator_queries.h).
#include "query/indicator_queries.h"

#include <stdexcept>

#include "query/binder.h"

namespace lattice::query {

namespace {

core::Day end_of_year(int year) {
  return core::Date::from_parts(year, 12, 31).first_day();
}

}  // namespace

SeriesResult series(const Env& env, const SeriesRequest& request) {
  SeriesResult r;
  r.indicator = request.indicator.id;
  r.actor = request.actor.id;
  r.from = request.from;
  r.to = request.to;
  const indicators::IndicatorStore store(*env.model);
  if (const indicators::IndicatorInfo* info = store.info(r.indicator)) r.info = *info;
  if (const model::Actor* a = env.model->actor(r.actor)) r.actor_name = a->name;
  r.values = store.series(r.indicator, r.actor, r.from, r.to);
  return r;
}

BlocResult bloc(const Env& env, const BlocRequest& request) {
  indicators::BlocRequest req;
  req.framework = request.framework.id;
  req.year = *request.year;
  req.on = request.on.value_or(end_of_year(req.year));
  if (request.indicator) {
    req.indicator = request.indicator->id;
  } else if (auto e =
                 resolve_entity(*env.model, "gdp", model::EntityKind::kIndicator, &req.indicator)) {
    throw std::runtime_error(*e);
  }
  for (const auto& a : request.add) req.add.push_back(a.id);
  for (const auto& a : request.remove) req.remove.push_back(a.id);
  BlocResult r;
  r.added = req.add;
  if (const model::Framework* f = env.model->framework(req.framework)) r.framework_name = f->name;
  const indicators::IndicatorStore store(*env.model);
  r.bloc = indicators::bloc_total(*env.model, store, req);
  return r;
}

std::vector<ParamError> BurdenRequest::validate() const {
  if (year.has_value() == (from.has_value() || to.has_value()) || (!year && !(from && to)) ||
      (from && to && *from > *to))
    return {{"year", ParamError::Kind::kMissing,
             "give either --year Y or both --from Y --to Y (from <= to)"}};
  return {};
}

BurdenResult burden(const Env& env, const BurdenRequest& request) {
  BurdenResult r;
  r.framework = request.framework.id;
  if (const model::Framework* f = env.model->framework(r.framework)) r.framework_name = f->name;
  const indicators::IndicatorStore store(*env.model);
  if (!request.year) {
    r.is_series = true;
    r.from = *request.from;
    r.to = *request.to;
    r.tests = indicators::burden_series(*env.model, store, r.framework, r.from, r.to);
    return r;
  }
  r.single = indicators::burden(*env.model, store, r.framework, *request.year,
                                request.on.value_or(end_of_year(*request.year)));
  return r;
}

SpendingChartsResult spending_charts(const Env& env, const SpendingChartsRequest& request) {
  SpendingChartsResult r;
  const model::Analysis& analysis = env.model->analysis();
  r.title = analysis.report.spending_title;
  r.note = analysis.report.spending_note;
  for (const std::string& id : request.actors) {
    const model::Actor* a = env.model->actor(id);
    std::string colour;
    for (const auto& c : analysis.chart_actors)
      if (c.actor == id) colour = c.colour;
    r.lines.push_back({id, a ? a->name : id, colour, {}, {}, {}});
  }
  auto line_of = [&r](const std::string& id) -> SpendingLine* {
    for (auto& l : r.lines)
      if (l.actor == id) return &l;
    return nullptr;
  };
  for (const auto& v : env.model->data().series) {
    SpendingLine* l = line_of(v.actor);
    if (!l) continue;
    if (v.indicator == "milex") {
      l->milex[v.year] = v.value;
    } else if (v.indicator == "milex_gdp") {
      l->milex_gdp[v.year] = v.value;
    } else if (v.indicator == "gdp") {
      l->gdp[v.year] = v.value;
    }
  }
  for (auto& l : r.lines) {
    r.any_milex = r.any_milex || !l.milex.empty();
    l.milex.erase(l.milex.begin(), l.milex.lower_bound(request.first_year));
    l.milex_gdp.erase(l.milex_gdp.begin(), l.milex_gdp.lower_bound(request.first_year));
  }
  return r;
}

}  // namespace lattice::query
