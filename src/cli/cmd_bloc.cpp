// lattice bloc FRAMEWORK --indicator gdp --year Y: the members' total of an indicator and its
// share of the world aggregate, with what-if membership (--add, --remove).
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/indicator_format.h"
#include "indicators/bloc.h"
#include "render/table.h"

namespace lattice::cli {

namespace {
nlohmann::json opt(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}
}  // namespace

void register_bloc(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string framework, indicator;
  static int year = 0;
  static std::vector<std::string> add, remove;
  o = {};
  framework.clear();
  indicator = "gdp";
  year = 0;
  add.clear();
  remove.clear();
  CLI::App* sub = app.add_subcommand(
      "bloc", "A framework's total of an indicator and its share of the world, with what-ifs");
  sub->add_option("FRAMEWORK", framework, "Framework id, name or alias")->required();
  sub->add_option("--indicator", indicator, "Indicator id or name (default: gdp)");
  sub->add_option("--year", year, "Year of the data")->required();
  sub->add_option("--add", add, "Count these actors as members too (what if they joined?)");
  sub->add_option("--remove", remove, "Leave these members out");
  add_common_options(sub, o, true, true, false);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    indicators::BlocRequest req;
    req.year = year;
    if (o.on.empty()) {
      req.on = core::Date::from_parts(year, 12, 31).first_day();
    } else {
      auto day = day_of(o, ctx);
      if (!day) return;
      req.on = *day;
    }
    req.framework = resolve_or_report(*m, framework, model::EntityKind::kFramework, ctx);
    if (req.framework.empty()) return;
    req.indicator = resolve_or_report(*m, indicator, model::EntityKind::kIndicator, ctx);
    if (req.indicator.empty()) return;
    for (const auto& a : add) {
      req.add.push_back(resolve_or_report(*m, a, model::EntityKind::kActor, ctx));
      if (req.add.back().empty()) return;
    }
    for (const auto& a : remove) {
      req.remove.push_back(resolve_or_report(*m, a, model::EntityKind::kActor, ctx));
      if (req.remove.back().empty()) return;
    }
    const indicators::IndicatorStore store(*m);
    const indicators::BlocResult r = indicators::bloc_total(*m, store, req);
    const model::Framework* f = m->framework(req.framework);
    const std::string on = core::date_of(req.on).to_string();

    if (o.json) {
      nlohmann::json members = nlohmann::json::array();
      for (const auto& b : r.members)
        members.push_back(
            {{"actor", b.actor},
             {"name", b.name},
             {"value", opt(b.value)},
             {"dataset", b.value ? nlohmann::json(b.dataset) : nlohmann::json(nullptr)},
             {"share_of_total_percent",
              b.value && b.counted ? nlohmann::json(b.share_of_total) : nlohmann::json(nullptr)},
             {"role", b.role.empty() ? nlohmann::json(nullptr) : nlohmann::json(b.role)},
             {"added", b.added},
             {"counted", b.counted}});
      nlohmann::json missing = nlohmann::json::array();
      for (const auto& x : r.missing)
        missing.push_back({{"actor", x.actor}, {"indicator", x.indicator}, {"year", x.year}});
      nlohmann::json j = {
          {"framework", req.framework},
          {"framework_name", f ? f->name : ""},
          {"indicator", req.indicator},
          {"unit", r.unit},
          {"year", year},
          {"on", on},
          {"added", req.add},
          {"removed", r.removed},
          {"members", members},
          {"total", r.total},
          {"partial", r.partial},
          {"missing", missing},
          {"world", opt(r.world)},
          {"world_dataset", r.world ? nlohmann::json(r.world_dataset) : nlohmann::json(nullptr)},
          {"share_of_world_percent", opt(r.share)}};
      ctx.out << j.dump(2) << "\n";
      return;
    }
    ctx.out << (f ? f->name : req.framework) << " (" << req.framework << "), " << req.indicator
            << " " << year << ", members on " << on;
    for (const auto& a : req.add) ctx.out << " +" << a;
    for (const auto& a : r.removed) ctx.out << " -" << a;
    ctx.out << "\n";
    ctx.out << "total: " << human_value(r.total, r.unit) << " " << r.unit << " over "
            << (r.members.size() - r.missing.size()) << " member(s) with data";
    if (r.share)
      ctx.out << "; " << percent(*r.share) << "% of the world (" << human_value(*r.world, r.unit)
              << ", " << r.world_dataset << ")";
    else
      ctx.out << "; world aggregate: no value for " << year;
    ctx.out << "\n";
    if (r.partial) {
      ctx.out << "partial: no " << year << " value for";
      for (const auto& x : r.missing) ctx.out << " " << x.actor;
      ctx.out << " (left out of the total, not counted as zero)\n";
    }
    ctx.out << "\n";
    render::Table t({"id", "name", "role", "value", "% of total", "dataset", "note"});
    for (const auto& b : r.members) {
      std::string note = b.added ? "added" : "";
      if (!b.counted) note = "not counted (not a state, or observer/partner)";
      if (b.counted && !b.value) note = "missing";
      t.add_row({b.actor, b.name, b.added ? "(added)" : b.role, human_value(b.value, r.unit),
                 b.value && b.counted ? percent(b.share_of_total) : "-", b.dataset, note});
    }
    ctx.out << t.to_text();
  });
}

}  // namespace lattice::cli
