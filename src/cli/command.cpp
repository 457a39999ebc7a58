#include "cli/command.h"

#include "model/loader.h"
#include "model/queries.h"

namespace lattice::cli {

void add_common_options(CLI::App* sub, CommonOptions& o, bool with_on, bool with_json,
                        bool with_csv) {
  sub->add_option("--model", o.model_dir, "Model folder (default: the embedded U.S.-Japan model)");
  if (with_on) sub->add_option("--on", o.on, "Date YYYY-MM-DD (default: today)");
  if (with_json) sub->add_flag("--json", o.json, "JSON output (keys in docs/cli.md)");
  if (with_csv) sub->add_flag("--csv", o.csv, "CSV output");
}

std::shared_ptr<const model::Model> load_model_or_report(const CommonOptions& o, Context& ctx) {
  model::LoadResult r = model::load_model_folder(o.model_dir);
  if (!r.model) {
    for (const auto& d : r.diagnostics.items())
      if (d.severity == core::Severity::kError) ctx.err << d.to_string() << "\n";
    ctx.err << "lattice: the model has " << r.diagnostics.error_count()
            << " error(s); run 'lattice validate' for details\n";
    ctx.exit_code = kExitInvalid;
  }
  return r.model;
}

std::optional<core::Day> day_of(const CommonOptions& o, Context& ctx) {
  if (o.on.empty()) return core::Date::today().first_day();
  std::string why;
  auto d = core::Date::parse(o.on, &why);
  if (!d || d->precision() != core::Date::Precision::kDay) {
    ctx.err << "lattice: --on: " << (d ? "'" + o.on + "' must be a full date YYYY-MM-DD" : why)
            << "\n";
    ctx.exit_code = kExitUsage;
    return std::nullopt;
  }
  return d->first_day();
}

std::string resolve_or_report(const model::Model& m, const std::string& text,
                              model::EntityKind kind, Context& ctx) {
  std::string error;
  std::string id = model::resolve_as(m, text, kind, &error);
  if (id.empty()) {
    ctx.err << "lattice: " << error << "\n";
    ctx.exit_code = kExitInvalid;
  }
  return id;
}

}  // namespace lattice::cli
