#include <array>
#include <exception>

#include "catalog/catalog.h"
#include "cli/command.h"
#include "cli/query_command.h"

namespace lattice::cli {

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  Context ctx{out, err};
  CLI::App app{
      "Lattice: a computable model of the U.S.-Japan alliance and the Indo-Pacific latticework.\n"
      "Every command takes --model DIR (default: the embedded model); see docs/cli.md.",
      "lattice"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "lattice 0.1.0");
  // The commands in the order of `lattice --help`: catalog queries (generated) by name, the
  // others through their registrars until they move into the catalog.
  struct Entry {
    Registrar registrar = nullptr;
    const char* query = nullptr;
  };
  static const std::array<Entry, 30> kCommands = {{
      {nullptr, "validate"},  {nullptr, "members"},    {nullptr, "memberships"},
      {nullptr, "actors"},    {nullptr, "frameworks"}, {nullptr, "places"},
      {nullptr, "show"},      {nullptr, "resolve"},    {nullptr, "summary"},
      {register_report},      {nullptr, "text"},       {nullptr, "extract"},
      {nullptr, "score"},     {nullptr, "ingest"},     {nullptr, "search"},
      {nullptr, "agenda"},    {nullptr, "network"},    {nullptr, "overlap"},
      {nullptr, "coverage"},  {nullptr, "centrality"}, {nullptr, "inclusivity"},
      {nullptr, "alliances"}, {nullptr, "similarity"}, {nullptr, "series"},
      {nullptr, "bloc"},      {nullptr, "burden"},     {nullptr, "check"},
      {nullptr, "bargain"},   {nullptr, "scenario"},   {register_queries},
  }};
  for (const Entry& e : kCommands) {
    if (e.registrar) {
      e.registrar(app, ctx);
    } else {
      add_query_command(app, ctx, *catalog::find(e.query));
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
