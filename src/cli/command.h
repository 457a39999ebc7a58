// What every command shares: the common options (--model, --on, --json, --csv), the output
// streams, model loading with error reporting, and the registration hook of each command.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include <CLI/CLI.hpp>

#include "core/date.h"
#include "model/model.h"

namespace lattice::cli {

// Exit statuses: 0 success, 1 invalid input or validation errors, 2 usage errors.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;

struct CommonOptions {
  std::string model_dir;  // empty: the embedded model
  std::string on;         // YYYY-MM-DD; empty: today
  bool json = false;
  bool csv = false;
};

// The streams a command writes to and the exit status it sets.
struct Context {
  std::ostream& out;
  std::ostream& err;
  int exit_code = kExitOk;
};

// Adds --model (and --on, --json, --csv when asked) to a subcommand.
void add_common_options(CLI::App* sub, CommonOptions& o, bool with_on, bool with_json = true,
                        bool with_csv = false);
// Loads the model the options name, printing its errors to ctx.err as path:line:col lines.
// Returns null (and sets ctx.exit_code to 1) when the model has errors.
std::shared_ptr<const model::Model> load_model_or_report(const CommonOptions& o, Context& ctx);
// The day --on names (today by default); nullopt after printing a usage error (exit 2).
std::optional<core::Day> day_of(const CommonOptions& o, Context& ctx);
// Resolves text to one entity of a kind; prints an error (exit 1) and returns "" when it fails.
std::string resolve_or_report(const model::Model& m, const std::string& text,
                              model::EntityKind kind, Context& ctx);

// Each command file defines one of these; app.cpp calls them all.
using Registrar = void (*)(CLI::App& app, Context& ctx);
void register_report(CLI::App& app, Context& ctx);
void register_queries(CLI::App& app, Context& ctx);

// Runs the command line; returns the exit status.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace lattice::cli
