// lattice report: writes the self-contained HTML report of a model.
#include <filesystem>
#include <fstream>

#include "cli/command.h"
#include "render/html_report.h"

namespace lattice::cli {

void register_report(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string out_path = "report/index.html";
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  out_path = "report/index.html";
  CLI::App* sub = app.add_subcommand("report", "Write the HTML report (default report/index.html)");
  sub->add_option("--out", out_path, "Output file");
  add_common_options(sub, o, true, false);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    auto day = day_of(o, ctx);
    if (!day) return;
    const std::string page = render::html_report(*m, *day);
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path target(out_path);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
    // Write beside the target and rename, so a failure never leaves half a page.
    const fs::path tmp = target.string() + ".tmp";
    {
      std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
      f << page;
      f.close();
      if (!f) {
        ctx.err << "lattice: cannot write " << tmp.string() << "\n";
        fs::remove(tmp, ec);
        ctx.exit_code = kExitInvalid;
        return;
      }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
      ctx.err << "lattice: cannot write " << target.string() << ": " << ec.message() << "\n";
      fs::remove(tmp, ec);
      ctx.exit_code = kExitInvalid;
      return;
    }
    ctx.out << "wrote " << target.string() << " (" << page.size() << " bytes)\n";
  });
}

}  // namespace lattice::cli
