#include <array>
#include <exception>
#include <string_view>

#include "catalog/catalog.h"
#include "cli/command.h"
#include "cli/query_command.h"

namespace lattice::cli {

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  Context ctx{out, err};
  CLI::App app{
      "Lattice: a computable model of alliance systems (built in: the U.S.-Japan alliance and the\n"
      "Indo-Pacific latticework).\n"
      "Every command takes --model DIR (default: the embedded model); see docs/cli.md.",
      "lattice"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "lattice 0.1.0");
  // The commands in the order of `lattice --help`: every one but `queries` (the catalog's own
  // listing) is generated from its catalog query.
  static constexpr std::array<const char*, 30> kCommands = {
      "validate", "members",    "memberships", "actors",    "frameworks", "places",
      "show",     "resolve",    "summary",     "report",    "text",       "extract",
      "score",    "ingest",     "search",      "agenda",    "network",    "overlap",
      "coverage", "centrality", "inclusivity", "alliances", "similarity", "series",
      "bloc",     "burden",     "check",       "bargain",   "scenario",   "queries"};
  for (const char* name : kCommands) {
    if (std::string_view(name) == "queries") {
      register_queries(app, ctx);
    } else {
      add_query_command(app, ctx, *catalog::find(name));
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      app.exit(e, out, err);
      return kExitOk;
    }
    app.exit(e, out, err);
    return kExitUsage;
  } catch (const std::exception& e) {
    // No exception leaves a command as a crash: it is an error with exit status 1.
    err << "lattice: error: " << e.what() << "\n";
    return kExitInvalid;
  }
  return ctx.exit_code;
}

}  // namespace lattice::cli
