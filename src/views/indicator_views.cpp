// Views of the indicator queries (see indicator_views.h).
#include "views/indicator_views.h"

#include <nlohmann/json.hpp>

#include "views/indicator_format.h"
#include "views/table.h"

namespace lattice::views {

namespace {

using nlohmann::json;

json opt(const std::optional<double>& v) {
  return v ? json(*v) : json(nullptr);
}

json opt(const std::optional<int>& v) {
  return v ? json(*v) : json(nullptr);
}

std::string unit_of(const query::SeriesResult& r) {
  return r.info ? r.info->unit : "";
}

std::string series_text(const query::SeriesResult& r) {
  const std::string unit = unit_of(r);
  std::string out = (r.info ? r.info->name : r.indicator) + " (" + r.indicator + "), " +
                    (r.actor_name.empty() ? r.actor : r.actor_name) + " (" + r.actor + "), unit " +
                    unit + ": ";
  if (r.values.empty()) {
    out += "no values";
    if (r.from || r.to)
      out += " in " + (r.from ? std::to_string(*r.from) : "...") + "-" +
             (r.to ? std::to_string(*r.to) : "...");
    return out + "\n";
  }
  out += std::to_string(r.values.size()) + " value(s), " + std::to_string(r.values.front().year) +
         "-" + std::to_string(r.values.back().year) + "\n\n";
  views::Table t({"year", "value", "exact", "dataset"});
  for (const auto& v : r.values)
    t.add_row(
        {std::to_string(v.year), human_value(v.value, unit), plain_value(v.value), v.dataset});
  return out + t.to_text();
}

json missing_json(const std::vector<indicators::Missing>& missing) {
  json a = json::array();
  for (const auto& x : missing)
    a.push_back({{"actor", x.actor}, {"indicator", x.indicator}, {"year", x.year}});
  return a;
}

json bloc_json(const query::BlocResult& q) {
  const indicators::BlocResult& r = q.bloc;
  json members = json::array();
  for (const auto& b : r.members)
    members.push_back(
        {{"actor", b.actor},
         {"name", b.name},
         {"value", opt(b.value)},
         {"dataset", b.value ? json(b.dataset) : json(nullptr)},
         {"share_of_total_percent", b.value && b.counted ? json(b.share_of_total) : json(nullptr)},
         {"role", b.role.empty() ? json(nullptr) : json(b.role)},
         {"added", b.added},
         {"counted", b.counted}});
  return {{"framework", r.request.framework},
          {"framework_name", q.framework_name},
          {"indicator", r.request.indicator},
          {"unit", r.unit},
          {"year", r.request.year},
          {"on", core::date_of(r.request.on).to_string()},
          {"added", q.added},
          {"removed", r.removed},
          {"members", members},
          {"total", r.total},
          {"partial", r.partial},
          {"missing", missing_json(r.missing)},
          {"world", opt(r.world)},
          {"world_dataset", r.world ? json(r.world_dataset) : json(nullptr)},
          {"share_of_world_percent", opt(r.share)}};
}

std::string bloc_text(const query::BlocResult& q) {
  const indicators::BlocResult& r = q.bloc;
  const std::string& id = r.request.framework;
  const std::string year = std::to_string(r.request.year);
  std::string out = (q.framework_name.empty() ? id : q.framework_name) + " (" + id + "), " +
                    r.request.indicator + " " + year + ", members on " +
                    core::date_of(r.request.on).to_string();
  for (const auto& a : q.added) out += " +" + a;
  for (const auto& a : r.removed) out += " -" + a;
  out += "\n";
  out += "total: " + human_value(r.total, r.unit) + " " + r.unit + " over " +
         std::to_string(r.members.size() - r.missing.size()) + " member(s) with data";
  if (r.share)
    out += "; " + percent(*r.share) + "% of the world (" + human_value(*r.world, r.unit) + ", " +
           r.world_dataset + ")";
  else
    out += "; world aggregate: no value for " + year;
  out += "\n";
  if (r.partial) {
    out += "partial: no " + year + " value for";
    for (const auto& x : r.missing) out += " " + x.actor;
    out += " (left out of the total, not counted as zero)\n";
  }
  out += "\n";
  views::Table t({"id", "name", "role", "value", "% of total", "dataset", "note"});
  for (const auto& b : r.members) {
    std::string note = b.added ? "added" : "";
    if (!b.counted) note = "not counted (not a state, or observer/partner)";
    if (b.counted && !b.value) note = "missing";
    t.add_row({b.actor, b.name, b.added ? "(added)" : b.role, human_value(b.value, r.unit),
               b.value && b.counted ? percent(b.share_of_total) : "-", b.dataset, note});
  }
  return out + t.to_text();
}

json test_json(const indicators::BurdenResult& r) {
  const auto& t = r.oz.test;
  return {{"year", r.year},
          {"n", t.n},
          {"rho", opt(t.rho)},
          {"p_value", opt(t.p_value)},
          {"p_method", t.p_value ? json(t.p_method) : json(nullptr)},
          {"members_used", r.oz.used}};
}

std::string test_text(const indicators::BurdenResult& r) {
  const auto& t = r.oz.test;
  if (!t.rho) return "n = " + std::to_string(t.n) + ": too few members with data for the test";
  return "rho = " + percent(*t.rho, 3) + ", p = " + percent(*t.p_value, 4) + " (" + t.p_method +
         "), n = " + std::to_string(t.n);
}

json burden_json(const query::BurdenResult& q) {
  if (q.is_series) {
    json arr = json::array();
    for (const auto& r : q.tests) {
      json j = test_json(r);
      j["on"] = core::date_of(r.on).to_string();
      j["missing"] = missing_json(r.missing);
      arr.push_back(j);
    }
    return {{"framework", q.framework}, {"from", q.from}, {"to", q.to}, {"tests", arr}};
  }
  const indicators::BurdenResult& r = q.single;
  json members = json::array();
  for (const auto& b : r.members)
    members.push_back({{"actor", b.actor},
                       {"name", b.name},
                       {"milex", opt(b.milex)},
                       {"gdp", opt(b.gdp)},
                       {"burden_percent", opt(b.burden)},
                       {"burden_source", b.burden ? json(b.burden_source) : json(nullptr)},
                       {"gdp_share_percent", opt(b.gdp_share)},
                       {"milex_share_percent", opt(b.milex_share)}});
  return {{"framework", q.framework},
          {"framework_name", q.framework_name},
          {"year", r.year},
          {"on", core::date_of(r.on).to_string()},
          {"members", members},
          {"total_gdp", r.total_gdp},
          {"total_milex", r.total_milex},
          {"gdp_partial", r.gdp_partial},
          {"milex_partial", r.milex_partial},
          {"missing", missing_json(r.missing)},
          {"olson_zeckhauser", test_json(r)}};
}

std::string burden_text(const query::BurdenResult& q) {
  const std::string title =
      (q.framework_name.empty() ? q.framework : q.framework_name) + " (" + q.framework + ")";
  if (q.is_series) {
    std::string out = title +
                      ": Olson-Zeckhauser test by year (Spearman rank correlation of GDP and "
                      "military expenditure / GDP; members at the end of each year)\n\n";
    views::Table t({"year", "members", "n", "rho", "p", "method", "missing"});
    for (const auto& r : q.tests) {
      const auto& s = r.oz.test;
      t.add_row({std::to_string(r.year), std::to_string(r.members.size()), std::to_string(s.n),
                 s.rho ? percent(*s.rho, 3) : "-", s.p_value ? percent(*s.p_value, 4) : "-",
                 s.p_value ? s.p_method : "", std::to_string(r.missing.size())});
    }
    return out + t.to_text();
  }
  const indicators::BurdenResult& r = q.single;
  std::string out = title + ", " + std::to_string(r.year) + ", members on " +
                    core::date_of(r.on).to_string() + "\n";
  out += "members' GDP " + human_value(r.total_gdp, "usd") + " USD" +
         (r.gdp_partial ? " (partial)" : "") + "; military expenditure " +
         human_value(r.total_milex, "usd") + " USD" + (r.milex_partial ? " (partial)" : "") +
         " (SIPRI, World Bank)\n\n";
  views::Table t({"id", "name", "milex (USD)", "GDP (USD)", "milex/GDP %", "burden from",
                  "% of GDP total", "% of milex total"});
  for (const auto& b : r.members)
    t.add_row({b.actor, b.name, human_value(b.milex, "usd"), human_value(b.gdp, "usd"),
               human_value(b.burden, "percent"), b.burden ? b.burden_source : "-",
               human_value(b.gdp_share, "percent"), human_value(b.milex_share, "percent")});
  out += t.to_text();
  if (!r.missing.empty()) {
    out += "\nmissing (left out, not zero):";
    for (const auto& x : r.missing) out += " " + x.actor + "/" + x.indicator;
    out += " for " + std::to_string(r.year) + "\n";
  }
  out +=
      "\nOlson-Zeckhauser test (Spearman rank correlation of GDP and milex/GDP; rho > 0: larger "
      "economies carry heavier burdens): " +
      test_text(r) + "\nmembers used:";
  for (const auto& u : r.oz.used) out += " " + u;
  return out + "\n";
}

}  // namespace

query::Views<query::SeriesResult> series_views() {
  query::Views<query::SeriesResult> v;
  v.json = [](const query::SeriesResult& r) {
    json arr = json::array();
    for (const auto& o : r.values)
      arr.push_back({{"year", o.year}, {"value", o.value}, {"dataset", o.dataset}});
    return json{{"indicator", r.indicator},
                {"name", r.info ? r.info->name : ""},
                {"unit", unit_of(r)},
                {"actor", r.actor},
                {"actor_name", r.actor_name},
                {"from", opt(r.from)},
                {"to", opt(r.to)},
                {"values", arr}};
  };
  v.csv = [](const query::SeriesResult& r) {
    views::Table t({"indicator", "actor", "year", "value", "unit", "dataset"});
    for (const auto& o : r.values)
      t.add_row({r.indicator, r.actor, std::to_string(o.year), plain_value(o.value), unit_of(r),
                 o.dataset});
    return t.to_csv();
  };
  v.text = series_text;
  return v;
}

query::Views<query::BlocResult> bloc_views() {
  query::Views<query::BlocResult> v;
  v.json = bloc_json;
  v.text = bloc_text;
  return v;
}

query::Views<query::BurdenResult> burden_views() {
  query::Views<query::BurdenResult> v;
  v.json = burden_json;
  v.text = burden_text;
  return v;
}

}  // namespace lattice::views
