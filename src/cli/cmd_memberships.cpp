// lattice memberships ACTOR: the frameworks an actor belongs to on a date.
#include "cli/command.h"
#include "model/queries.h"
#include "render/json_model.h"
#include "render/table.h"

namespace lattice::cli {

void register_memberships(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string actor;
  static bool all_roles = false;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  actor.clear();
  all_roles = false;
  CLI::App* sub = app.add_subcommand("memberships", "Frameworks an actor belongs to on a date");
  sub->add_option("ACTOR", actor, "Actor id, name or alias")->required();
  sub->add_flag("--all-roles", all_roles, "Include withdrawn and suspended periods");
  add_common_options(sub, o, true, true, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    auto day = day_of(o, ctx);
    if (!day) return;
    const std::string id = resolve_or_report(*m, actor, model::EntityKind::kActor, ctx);
    if (id.empty()) return;
    const auto rows = model::memberships_on(*m, id, *day, all_roles);
    if (o.json) {
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& r : rows) arr.push_back(render::framework_row_json(r));
      ctx.out << arr.dump(2) << "\n";
      return;
    }
    render::Table t({"id", "name", "kind", "role", "from", "to"});
    for (const auto& r : rows)
      t.add_row({r.framework->id, r.framework->name, std::string(model::name(r.framework->kind)),
                 std::string(model::name(r.membership->role)),
                 r.membership->from ? r.membership->from->to_string() : "",
                 r.membership->to ? r.membership->to->to_string() : ""});
    if (o.csv) {
      ctx.out << t.to_csv();
      return;
    }
    ctx.out << m->actor(id)->name << " (" << id << "): " << rows.size() << " framework(s) on "
            << core::date_of(*day).to_string() << "\n\n"
            << t.to_text();
  });
}

}  // namespace lattice::cli
