// Helpers shared by the tests: paths to fixtures and the shared corpus, and running the CLI
// in-process with captured output.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"

namespace lattice::testing {

inline std::string fixture(const std::string& rel) {
  return std::string(LATTICE_FIXTURES) + "/" + rel;
}
inline std::string shared_dir() {
  return LATTICE_SHARED_DIR;
}

struct CliResult {
  int status = 0;
  std::string out, err;
};

// Runs `lattice ARGS...` in-process.
inline CliResult run_cli(std::vector<std::string> args) {
  args.insert(args.begin(), "lattice");
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  std::ostringstream out, err;
  CliResult r;
  r.status = cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

}  // namespace lattice::testing
