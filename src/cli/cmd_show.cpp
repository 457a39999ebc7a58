// lattice show ID: everything known about one entity, with its sources.
#include "cli/command.h"
#include "model/queries.h"
#include "render/dossier.h"

namespace lattice::cli {

void register_show(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string text;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  text.clear();
  CLI::App* sub = app.add_subcommand("show", "Everything known about one entity, with sources");
  sub->add_option("ID", text, "Id, name or alias of any entity")->required();
  add_common_options(sub, o, false);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    const model::ResolveResult r = model::resolve(*m, text);
    if (r.matches.size() != 1) {
      if (r.matches.empty()) {
        ctx.err << "lattice: nothing in the model is called '" << text << "'";
        if (!r.suggestions.empty()) ctx.err << " (did you mean '" << r.suggestions[0] << "'?)";
      } else {
        ctx.err << "lattice: '" << text << "' is ambiguous; it names";
        for (const auto& x : r.matches)
          ctx.err << " " << x.id << " (" << model::entity_kind_name(x.kind) << ")";
        ctx.err << "; use an id";
      }
      ctx.err << "\n";
      ctx.exit_code = kExitInvalid;
      return;
    }
    const nlohmann::json d = render::dossier(*m, r.matches[0].id);
    if (o.json)
      ctx.out << d.dump(2) << "\n";
    else
      ctx.out << render::dossier_text(d);
  });
}

}  // namespace lattice::cli
