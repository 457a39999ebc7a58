// lattice actors: every actor of the model, optionally of one kind.
#include "cli/command.h"
#include "render/json_model.h"
#include "render/table.h"

namespace lattice::cli {

void register_actors(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string kind;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  kind.clear();
  CLI::App* sub =
      app.add_subcommand("actors", "List actors (states, organisations, domestic actors)");
  sub->add_option("--kind", kind,
                  "Only actors of this kind (" + model::list_of<model::ActorKind>() + ")");
  add_common_options(sub, o, false, true, true);
  sub->callback([&ctx]() {
    std::optional<model::ActorKind> k;
    if (!kind.empty()) {
      k = model::parse<model::ActorKind>(kind);
      if (!k) {
        ctx.err << "lattice: --kind: unknown actor kind '" << kind << "'; expected "
                << model::list_of<model::ActorKind>() << "\n";
        ctx.exit_code = kExitUsage;
        return;
      }
    }
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    nlohmann::json arr = nlohmann::json::array();
    render::Table t({"id", "name", "kind", "iso3", "cow", "parent"});
    for (const auto& a : m->actors()) {
      if (k && a.kind != *k) continue;
      arr.push_back(render::to_json(a));
      t.add_row({a.id, a.name, std::string(model::name(a.kind)), a.iso3,
                 a.cow ? std::to_string(*a.cow) : "", a.parent});
    }
    if (o.json)
      ctx.out << arr.dump(2) << "\n";
    else if (o.csv)
      ctx.out << t.to_csv();
    else
      ctx.out << t.to_text() << t.size() << " actor(s)\n";
  });
}

}  // namespace lattice::cli
