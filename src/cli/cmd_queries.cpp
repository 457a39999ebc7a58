// lattice queries: the catalog of queries with their parameters, types, defaults and ranges (the
// same description the server and the Python package are built from).
#include "catalog/catalog.h"
#include "cli/command.h"
#include "views/catalog_views.h"

namespace lattice::cli {

void register_queries(CLI::App& app, Context& ctx) {
  auto json = std::make_shared<bool>(false);
  CLI::App* sub =
      app.add_subcommand("queries", "The catalog: every query with its parameters and views");
  sub->add_flag("--json", *json, "JSON output (keys in docs/cli.md)");
  sub->callback([&ctx, json]() {
    if (*json) {
      nlohmann::json all = nlohmann::json::array();
      for (const auto& q : catalog::queries()) all.push_back(views::query_json(q));
      ctx.out << all.dump(2) << "\n";
    } else {
      ctx.out << views::queries_text(catalog::queries());
    }
  });
}

}  // namespace lattice::cli
