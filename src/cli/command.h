// What every command shares: the front-end options (--model, --json, --csv), the output streams
// and exit statuses, model loading with error reporting, and the one hand-written command.
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
  bool json = false;
  bool csv = false;
};

// The streams a command writes to and the exit status it sets.
struct Context {
  std::ostream& out;
  std::ostream& err;
  int exit_code = kExitOk;
};

// Loads the model the options name, printing its errors to ctx.err as path:line:col lines.
// Returns null (and sets ctx.exit_code to 1) when the model has errors.
std::shared_ptr<const model::Model> load_model_or_report(const CommonOptions& o, Context& ctx);
// The one command that is not a catalog query: `lattice queries`, the catalog's listing.
void register_queries(CLI::App& app, Context& ctx);

// Runs the command line; returns the exit status.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace lattice::cli
