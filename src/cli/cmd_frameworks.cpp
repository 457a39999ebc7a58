// lattice frameworks: every framework, optionally filtered by kind, domain or date.
#include <algorithm>

#include "cli/command.h"
#include "model/queries.h"
#include "render/json_model.h"
#include "render/table.h"

namespace lattice::cli {

void register_frameworks(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string kind, domain;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  kind.clear();
  domain.clear();
  CLI::App* sub =
      app.add_subcommand("frameworks", "List frameworks (treaties, forums, agreements...)");
  sub->add_option("--kind", kind, "Only frameworks of this kind");
  sub->add_option("--domain", domain, "Only frameworks with this domain");
  add_common_options(sub, o, true, true, true);
  sub->callback([&ctx]() {
    std::optional<model::FrameworkKind> k;
    std::optional<model::Domain> dom;
    if (!kind.empty() && !(k = model::parse<model::FrameworkKind>(kind))) {
      ctx.err << "lattice: --kind: unknown framework kind '" << kind << "'; expected "
              << model::list_of<model::FrameworkKind>() << "\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    if (!domain.empty() && !(dom = model::parse<model::Domain>(domain))) {
      ctx.err << "lattice: --domain: unknown domain '" << domain << "'; expected "
              << model::list_of<model::Domain>() << "\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    std::optional<core::Day> day;
    if (!o.on.empty()) {
      day = day_of(o, ctx);
      if (!day) return;
    }
    nlohmann::json arr = nlohmann::json::array();
    render::Table t({"id", "name", "kind", "domains", "in_force", "ended", "members"});
    for (const auto& f : m->frameworks()) {
      if (k && f.kind != *k) continue;
      if (dom && std::find(f.domains.begin(), f.domains.end(), *dom) == f.domains.end()) continue;
      const core::Day when = day ? *day : core::Date::today().first_day();
      if (day) {  // only frameworks that exist on that day
        const auto& start = f.in_force ? f.in_force : f.signed_on;
        if (start && *day < start->as_start()) continue;
        if (f.ended && !(*day < f.ended->as_end())) continue;
      }
      const size_t members = model::members_on(*m, f.id, when).size();
      nlohmann::json j = render::to_json(f);
      j["member_count"] = members;
      arr.push_back(j);
      std::string domains;
      for (auto d : f.domains)
        domains += (domains.empty() ? "" : ",") + std::string(model::name(d));
      t.add_row({f.id, f.name, std::string(model::name(f.kind)), domains,
                 f.in_force ? f.in_force->to_string() : "", f.ended ? f.ended->to_string() : "",
                 std::to_string(members)});
    }
    if (o.json)
      ctx.out << arr.dump(2) << "\n";
    else if (o.csv)
      ctx.out << t.to_csv();
    else
      ctx.out << t.to_text() << t.size() << " framework(s)\n";
  });
}

}  // namespace lattice::cli
