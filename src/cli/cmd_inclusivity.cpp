// lattice inclusivity FRAMEWORK [--region REGION] [--on DATE] [--json]: the share of a region's
// states a framework includes, who is left out, and the Gini coefficient of the number of
// frameworks each of the region's states belongs to (docs/latticework.md).
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/latticework_output.h"
#include "latticework/inclusivity.h"
#include "render/table.h"

namespace lattice::cli {

void register_inclusivity(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string framework, region;
  o = {};
  framework.clear();
  region.clear();
  CLI::App* sub = app.add_subcommand(
      "inclusivity", "How much of a region a framework includes, and who is left out");
  sub->add_option("FRAMEWORK", framework, "Framework id, name or alias")->required();
  sub->add_option("--region", region,
                  "Region id, name or alias (default: the model's focus region)");
  add_common_options(sub, o, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    auto day = day_of(o, ctx);
    if (!day) return;
    const std::string fid = resolve_or_report(*m, framework, model::EntityKind::kFramework, ctx);
    if (fid.empty()) return;
    const std::string rid = resolve_or_report(
        *m, region.empty() ? m->analysis().focus.region : region, model::EntityKind::kRegion, ctx);
    if (rid.empty()) return;
    const auto r = latticework::inclusivity(*m, *day, fid, rid);
    const std::string date = core::date_of(*day).to_string();

    if (o.json) {
      using nlohmann::json;
      json counts = json::object();
      for (const auto& c : r.counts) counts[c.actor] = c.frameworks;
      json j = {{"date", date},
                {"framework", r.framework},
                {"region", r.region},
                {"states", r.states.size()},
                {"included", r.included},
                {"left_out", r.left_out},
                {"share", r.share},
                {"framework_counts", counts},
                {"mean_count", r.mean_count},
                {"gini", r.gini}};
      ctx.out << j.dump(2) << "\n";
      return;
    }
    ctx.out << m->display_name(fid) << " in " << m->display_name(rid) << " on " << date << "\n";
    ctx.out << fmt::format("  includes {} of the region's {} states ({}%)\n", r.included.size(),
                           r.states.size(), fixed(r.share * 100, 1));
    std::string left;
    for (const auto& s : r.left_out) left += (left.empty() ? "" : ", ") + m->display_name(s);
    ctx.out << "  left out: " << (left.empty() ? "none" : left) << "\n";
    ctx.out << fmt::format(
        "  frameworks per state: mean {}, Gini {} (0 = every state in as many frameworks, "
        "1 = one state in all)\n\n",
        fixed(r.mean_count, 2), fixed(r.gini));
    render::Table t({"state", "name", "member", "frameworks"});
    for (const auto& c : r.counts) {
      bool in = false;
      for (const auto& s : r.included) in = in || s == c.actor;
      t.add_row(
          {c.actor, m->display_name(c.actor), in ? "yes" : "no", std::to_string(c.frameworks)});
    }
    ctx.out << t.to_text();
  });
}

}  // namespace lattice::cli
