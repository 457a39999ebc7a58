// lattice series INDICATOR ACTOR: one actor's values of an indicator, year by year.
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/indicator_format.h"
#include "indicators/indicator_store.h"
#include "render/table.h"

namespace lattice::cli {

void register_series(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string indicator, actor;
  static std::optional<int> from, to;
  o = {};
  indicator.clear();
  actor.clear();
  from.reset();
  to.reset();
  CLI::App* sub = app.add_subcommand("series", "An actor's values of an indicator, by year");
  sub->add_option("INDICATOR", indicator,
                  "Indicator id or name (gdp, population, milex, milex_gdp, cow_milex, cow_milper, "
                  "cinc, hns)")
      ->required();
  sub->add_option("ACTOR", actor, "Actor id, name or alias ('world' for the world aggregate)")
      ->required();
  sub->add_option("--from", from, "First year");
  sub->add_option("--to", to, "Last year");
  add_common_options(sub, o, false, true, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    const std::string ind = resolve_or_report(*m, indicator, model::EntityKind::kIndicator, ctx);
    if (ind.empty()) return;
    const std::string who = resolve_or_report(*m, actor, model::EntityKind::kActor, ctx);
    if (who.empty()) return;
    const indicators::IndicatorStore store(*m);
    const indicators::IndicatorInfo* info = store.info(ind);
    const std::string unit = info ? info->unit : "";
    const auto values = store.series(ind, who, from, to);
    const model::Actor* a = m->actor(who);
    if (o.json) {
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& v : values)
        arr.push_back({{"year", v.year}, {"value", v.value}, {"dataset", v.dataset}});
      nlohmann::json j = {{"indicator", ind},
                          {"name", info ? info->name : ""},
                          {"unit", unit},
                          {"actor", who},
                          {"actor_name", a ? a->name : ""},
                          {"from", from ? nlohmann::json(*from) : nlohmann::json(nullptr)},
                          {"to", to ? nlohmann::json(*to) : nlohmann::json(nullptr)},
                          {"values", arr}};
      ctx.out << j.dump(2) << "\n";
      return;
    }
    if (o.csv) {
      render::Table t({"indicator", "actor", "year", "value", "unit", "dataset"});
      for (const auto& v : values)
        t.add_row({ind, who, std::to_string(v.year), plain_value(v.value), unit, v.dataset});
      ctx.out << t.to_csv();
      return;
    }
    ctx.out << (info ? info->name : ind) << " (" << ind << "), " << (a ? a->name : who) << " ("
            << who << "), unit " << unit << ": ";
    if (values.empty()) {
      ctx.out << "no values";
      if (from || to)
        ctx.out << " in " << (from ? std::to_string(*from) : "...") << "-"
                << (to ? std::to_string(*to) : "...");
      ctx.out << "\n";
      return;
    }
    ctx.out << values.size() << " value(s), " << values.front().year << "-" << values.back().year
            << "\n\n";
    render::Table t({"year", "value", "exact", "dataset"});
    for (const auto& v : values)
      t.add_row(
          {std::to_string(v.year), human_value(v.value, unit), plain_value(v.value), v.dataset});
    ctx.out << t.to_text();
  });
}

}  // namespace lattice::cli
