// lattice coverage [--on DATE] [--actors A,B,...] [--json]: for a set of actors, the frameworks in
// force that bind them all, domain by domain, and the gaps (domains where they share none).
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/latticework_output.h"
#include "latticework/coverage.h"
#include "render/table.h"

namespace lattice::cli {

void register_coverage(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string actors;
  o = {};
  actors.clear();
  CLI::App* sub = app.add_subcommand(
      "coverage", "Frameworks binding a set of actors together, domain by domain, and the gaps");
  sub->add_option("--actors", actors,
                  "Comma-separated actors (id, name or alias; default: the model's focus pair)");
  add_common_options(sub, o, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    auto day = day_of(o, ctx);
    if (!day) return;
    const auto& focus = m->analysis().focus;  // analysis.toml [focus] pair by default
    const auto ids = resolve_actor_list(*m, actors.empty() ? focus.a + "," + focus.b : actors, ctx);
    if (ids.empty()) return;
    const auto r = latticework::coverage(*m, *day, ids);
    const std::string date = core::date_of(*day).to_string();

    if (o.json) {
      using nlohmann::json;
      json domains = json::object();
      for (const auto& d : r.domains) domains[std::string(model::name(d.domain))] = d.frameworks;
      json gaps = json::array();
      for (auto g : r.gaps) gaps.push_back(model::name(g));
      json j = {{"date", date},
                {"actors", r.actors},
                {"frameworks", r.shared_frameworks},
                {"domains", domains},
                {"gaps", gaps}};
      ctx.out << j.dump(2) << "\n";
      return;
    }

    std::string names;
    for (const auto& id : r.actors) names += (names.empty() ? "" : ", ") + m->display_name(id);
    ctx.out << "Coverage of " << names << " on " << date << ": " << r.shared_frameworks.size()
            << " framework(s) in force hold them all\n\n";
    render::Table t({"domain", "frameworks", "binding them all"});
    for (const auto& d : r.domains) {
      std::string list;
      for (const auto& f : d.frameworks) list += (list.empty() ? "" : ", ") + f;
      t.add_row({std::string(model::name(d.domain)), std::to_string(d.frameworks.size()),
                 list.empty() ? "— gap" : list});
    }
    ctx.out << t.to_text();
    ctx.out << "\nGaps: ";
    if (r.gaps.empty()) ctx.out << "none";
    for (size_t i = 0; i < r.gaps.size(); ++i) ctx.out << (i ? ", " : "") << model::name(r.gaps[i]);
    ctx.out << "\n";
  });
}

}  // namespace lattice::cli
