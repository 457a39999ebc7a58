// lattice burden FRAMEWORK --year Y | --from Y --to Y: burden sharing among a framework's
// members and the Olson-Zeckhauser test (Spearman rank correlation of GDP and defense burden).
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/indicator_format.h"
#include "indicators/burden.h"
#include "render/table.h"

namespace lattice::cli {

namespace {

nlohmann::json opt(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json test_json(const indicators::BurdenResult& r) {
  const auto& t = r.oz.test;
  return {{"year", r.year},
          {"n", t.n},
          {"rho", opt(t.rho)},
          {"p_value", opt(t.p_value)},
          {"p_method", t.p_value ? nlohmann::json(t.p_method) : nlohmann::json(nullptr)},
          {"members_used", r.oz.used}};
}

nlohmann::json missing_json(const indicators::BurdenResult& r) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& x : r.missing)
    a.push_back({{"actor", x.actor}, {"indicator", x.indicator}, {"year", x.year}});
  return a;
}

std::string test_text(const indicators::BurdenResult& r) {
  const auto& t = r.oz.test;
  if (!t.rho) return "n = " + std::to_string(t.n) + ": too few members with data for the test";
  std::string s = "rho = " + percent(*t.rho, 3) + ", p = " + percent(*t.p_value, 4) + " (" +
                  t.p_method + "), n = " + std::to_string(t.n);
  return s;
}

}  // namespace

void register_burden(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string framework;
  static std::optional<int> year, from, to;
  o = {};
  framework.clear();
  year.reset();
  from.reset();
  to.reset();
  CLI::App* sub = app.add_subcommand(
      "burden", "Burden sharing among a framework's members and the Olson-Zeckhauser test");
  sub->add_option("FRAMEWORK", framework, "Framework id, name or alias")->required();
  sub->add_option("--year", year, "Year of the data");
  sub->add_option("--from", from, "First year of a series of the test");
  sub->add_option("--to", to, "Last year of a series of the test");
  add_common_options(sub, o, true, true, false);
  sub->callback([&ctx]() {
    if (year.has_value() == (from.has_value() || to.has_value()) || (!year && !(from && to)) ||
        (from && to && *from > *to)) {
      ctx.err << "lattice burden: give either --year Y or both --from Y --to Y (from <= to)\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    const std::string id = resolve_or_report(*m, framework, model::EntityKind::kFramework, ctx);
    if (id.empty()) return;
    const model::Framework* f = m->framework(id);
    const indicators::IndicatorStore store(*m);

    if (!year) {
      const auto rows = indicators::burden_series(*m, store, id, *from, *to);
      if (o.json) {
        nlohmann::json arr = nlohmann::json::array();
        for (const auto& r : rows) {
          nlohmann::json j = test_json(r);
          j["on"] = core::date_of(r.on).to_string();
          j["missing"] = missing_json(r);
          arr.push_back(j);
        }
        ctx.out << nlohmann::json({{"framework", id}, {"from", *from}, {"to", *to}, {"tests", arr}})
                       .dump(2)
                << "\n";
        return;
      }
      ctx.out << (f ? f->name : id) << " (" << id << "): Olson-Zeckhauser test by year "
              << "(Spearman rank correlation of GDP and military expenditure / GDP; members at the "
                 "end of each year)\n\n";
      render::Table t({"year", "members", "n", "rho", "p", "method", "missing"});
      for (const auto& r : rows) {
        const auto& s = r.oz.test;
        t.add_row({std::to_string(r.year), std::to_string(r.members.size()), std::to_string(s.n),
                   s.rho ? percent(*s.rho, 3) : "-", s.p_value ? percent(*s.p_value, 4) : "-",
                   s.p_value ? s.p_method : "", std::to_string(r.missing.size())});
      }
      ctx.out << t.to_text();
      return;
    }

    core::Day on = core::Date::from_parts(*year, 12, 31).first_day();
    if (!o.on.empty()) {
      auto day = day_of(o, ctx);
      if (!day) return;
      on = *day;
    }
    const indicators::BurdenResult r = indicators::burden(*m, store, id, *year, on);
    if (o.json) {
      nlohmann::json members = nlohmann::json::array();
      for (const auto& b : r.members)
        members.push_back({{"actor", b.actor},
                           {"name", b.name},
                           {"milex", opt(b.milex)},
                           {"gdp", opt(b.gdp)},
                           {"burden_percent", opt(b.burden)},
                           {"burden_source",
                            b.burden ? nlohmann::json(b.burden_source) : nlohmann::json(nullptr)},
                           {"gdp_share_percent", opt(b.gdp_share)},
                           {"milex_share_percent", opt(b.milex_share)}});
      nlohmann::json j = {{"framework", id},
                          {"framework_name", f ? f->name : ""},
                          {"year", *year},
                          {"on", core::date_of(on).to_string()},
                          {"members", members},
                          {"total_gdp", r.total_gdp},
                          {"total_milex", r.total_milex},
                          {"gdp_partial", r.gdp_partial},
                          {"milex_partial", r.milex_partial},
                          {"missing", missing_json(r)},
                          {"olson_zeckhauser", test_json(r)}};
      ctx.out << j.dump(2) << "\n";
      return;
    }
    ctx.out << (f ? f->name : id) << " (" << id << "), " << *year << ", members on "
            << core::date_of(on).to_string() << "\n";
    ctx.out << "members' GDP " << human_value(r.total_gdp, "usd") << " USD"
            << (r.gdp_partial ? " (partial)" : "") << "; military expenditure "
            << human_value(r.total_milex, "usd") << " USD" << (r.milex_partial ? " (partial)" : "")
            << " (SIPRI, World Bank)\n\n";
    render::Table t({"id", "name", "milex (USD)", "GDP (USD)", "milex/GDP %", "burden from",
                     "% of GDP total", "% of milex total"});
    for (const auto& b : r.members)
      t.add_row({b.actor, b.name, human_value(b.milex, "usd"), human_value(b.gdp, "usd"),
                 human_value(b.burden, "percent"), b.burden ? b.burden_source : "-",
                 human_value(b.gdp_share, "percent"), human_value(b.milex_share, "percent")});
    ctx.out << t.to_text();
    if (!r.missing.empty()) {
      ctx.out << "\nmissing (left out, not zero):";
      for (const auto& x : r.missing) ctx.out << " " << x.actor << "/" << x.indicator;
      ctx.out << " for " << *year << "\n";
    }
    ctx.out << "\nOlson-Zeckhauser test (Spearman rank correlation of GDP and milex/GDP; rho > 0: "
               "larger economies carry heavier burdens): "
            << test_text(r) << "\nmembers used:";
    for (const auto& u : r.oz.used) ctx.out << " " << u;
    ctx.out << "\n";
  });
}

}  // namespace lattice::cli
