// lattice validate: checks a model folder and reports every problem.
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "model/loader.h"
#include "render/model_counts.h"

namespace lattice::cli {

void register_validate(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  CLI::App* sub = app.add_subcommand("validate", "Check a model and report every problem");
  add_common_options(sub, o, false);
  sub->callback([&ctx]() {
    const model::LoadResult r = model::load_model_folder(o.model_dir);
    const std::string where = o.model_dir.empty() ? "embedded model" : o.model_dir;
    if (o.json) {
      nlohmann::json diags = nlohmann::json::array();
      for (const auto& d : r.diagnostics.items()) {
        diags.push_back({{"severity", d.severity == core::Severity::kError     ? "error"
                                      : d.severity == core::Severity::kWarning ? "warning"
                                                                               : "note"},
                         {"path", d.where.path},
                         {"line", d.where.line},
                         {"column", d.where.column},
                         {"message", d.message}});
      }
      nlohmann::json j = {
          {"model", where},
          {"valid", r.model != nullptr},
          {"errors", r.diagnostics.error_count()},
          {"warnings", r.diagnostics.warning_count()},
          {"diagnostics", diags},
          {"counts", r.model ? render::counts_json(*r.model) : nlohmann::json(nullptr)}};
      ctx.out << j.dump(2) << "\n";
    } else {
      for (const auto& d : r.diagnostics.items()) ctx.err << d.to_string() << "\n";
      ctx.out << where << ": " << r.diagnostics.error_count() << " error(s), "
              << r.diagnostics.warning_count() << " warning(s)";
      if (r.model) ctx.out << "; " << render::counts_line(*r.model);
      ctx.out << "\n";
    }
    ctx.exit_code = r.model ? kExitOk : kExitInvalid;
  });
}

}  // namespace lattice::cli
