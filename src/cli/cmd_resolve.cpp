// lattice resolve TEXT: which entity a name or alias stands for.
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "model/queries.h"

namespace lattice::cli {

void register_resolve(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string text;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  text.clear();
  CLI::App* sub = app.add_subcommand("resolve", "The entity a name or alias stands for");
  sub->add_option("TEXT", text, "A name, alias, id or ISO3 code")->required();
  add_common_options(sub, o, false);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    const model::ResolveResult r = model::resolve(*m, text);
    if (o.json) {
      nlohmann::json matches = nlohmann::json::array();
      for (const auto& x : r.matches)
        matches.push_back({{"id", x.id},
                           {"kind", std::string(model::entity_kind_name(x.kind))},
                           {"name", x.name}});
      ctx.out << nlohmann::json{{"query", text},
                                {"matches", matches},
                                {"suggestions", r.suggestions}}
                     .dump(2)
              << "\n";
    } else if (r.matches.empty()) {
      ctx.err << "lattice: nothing in the model is called '" << text << "'";
      if (!r.suggestions.empty()) ctx.err << " (did you mean '" << r.suggestions[0] << "'?)";
      ctx.err << "\n";
    } else {
      for (const auto& x : r.matches)
        ctx.out << x.id << "\t" << model::entity_kind_name(x.kind) << "\t" << x.name << "\n";
    }
    if (r.matches.empty()) ctx.exit_code = kExitInvalid;
  });
}

}  // namespace lattice::cli
