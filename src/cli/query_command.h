// CLI subcommands generated from the catalog: one subcommand per query, its flags made from the
// query's parameters (snake_case names as --kebab-case flags, positionals as NAME), their help
// from the declared help, default, range and choices, and --json/--csv where the query has those
// views. The callback loads the model, runs the query and prints the chosen view; every
// parameter error reads the same as in the other front ends, with the flag's spelling.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/command.h"
#include "query/query.h"

namespace lattice::cli {

// Adds the subcommand of query q to app. q must outlive the parse (catalog entries do).
void add_query_command(CLI::App& app, Context& ctx, const query::Query& q);

// How the CLI spells a parameter: "--all-roles" for all_roles, "FRAMEWORK" for a positional.
std::string cli_spelling(const query::ParamInfo& p);

}  // namespace lattice::cli
