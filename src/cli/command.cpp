#include "cli/command.h"

#include "model/loader.h"

namespace lattice::cli {

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

}  // namespace lattice::cli
