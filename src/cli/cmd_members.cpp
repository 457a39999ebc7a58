// lattice members FRAMEWORK: who belongs to a framework on a date.
#include "cli/command.h"
#include "model/queries.h"
#include "render/json_model.h"
#include "render/table.h"

namespace lattice::cli {

namespace {
std::string date_text(const std::optional<core::Date>& d) {
  return d ? d->to_string() : "";
}
}  // namespace

void register_members(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string framework;
  static bool all_roles = false, history = false;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  framework.clear();
  all_roles = history = false;
  CLI::App* sub = app.add_subcommand("members", "Members of a framework on a date");
  sub->add_option("FRAMEWORK", framework, "Framework id, name or alias")->required();
  sub->add_flag("--all-roles", all_roles, "Include withdrawn and suspended periods");
  sub->add_flag("--history", history, "Every membership period, whatever the date");
  add_common_options(sub, o, true, true, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    auto day = day_of(o, ctx);
    if (!day) return;
    const std::string id = resolve_or_report(*m, framework, model::EntityKind::kFramework, ctx);
    if (id.empty()) return;
    const auto rows =
        history ? model::membership_history(*m, id) : model::members_on(*m, id, *day, all_roles);
    if (o.json) {
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& r : rows) arr.push_back(render::member_row_json(r));
      ctx.out << arr.dump(2) << "\n";
      return;
    }
    render::Table t({"id", "name", "iso3", "role", "from", "to"});
    for (const auto& r : rows)
      t.add_row({r.actor->id, r.actor->name, r.actor->iso3,
                 std::string(model::name(r.membership->role)), date_text(r.membership->from),
                 date_text(r.membership->to)});
    if (o.csv) {
      ctx.out << t.to_csv();
      return;
    }
    const model::Framework* f = m->framework(id);
    size_t active = 0;
    for (const auto& r : rows) active += model::is_active_role(r.membership->role) ? 1 : 0;
    ctx.out << f->name << " (" << id << "): ";
    if (history)
      ctx.out << rows.size() << " membership period(s)";
    else
      ctx.out << active << " member(s) on " << core::date_of(*day).to_string();
    if (!history && active != rows.size())
      ctx.out << " (and " << rows.size() - active << " withdrawn or suspended)";
    ctx.out << "\n\n";
    ctx.out << t.to_text();
  });
}

}  // namespace lattice::cli
