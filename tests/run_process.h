// Runs an outside program for a test (python3 with NetworkX, say) and captures its exit status,
// standard output and standard error, so that a test can fail with what the program printed
// instead of taking a broken tool for a missing one.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace lattice::testing {

struct ProcessResult {
  int status = -1;  // the exit status; -1 when the program could not be started or was killed
  std::string out, err;

  bool ok() const { return status == 0; }
  // One paragraph for a failure message: the command's status and its standard error.
  std::string describe(const std::string& command) const {
    return "`" + command + "` exited with status " + std::to_string(status) +
           (err.empty() ? std::string(" and printed nothing on stderr") : "; its stderr:\n" + err);
  }
};

// Runs `command` through /bin/sh; stdout is read from a pipe, stderr from a temporary file.
inline ProcessResult run_process(const std::string& command) {
  namespace fs = std::filesystem;
  static int counter = 0;
  const fs::path err_file =
      fs::temp_directory_path() / ("lattice_test_stderr_" + std::to_string(::getpid()) + "_" +
                                   std::to_string(counter++) + ".txt");
  ProcessResult r;
  const std::string full = "(" + command + ") 2>'" + err_file.string() + "'";
  FILE* pipe = ::popen(full.c_str(), "r");
  if (!pipe) {
    r.err = "popen failed";
    return r;
  }
  char buf[4096];
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, got);
  const int raw = ::pclose(pipe);
  r.status = raw != -1 && WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::ifstream in(err_file);
  std::stringstream ss;
  ss << in.rdbuf();
  r.err = ss.str();
  std::error_code ec;
  fs::remove(err_file, ec);
  return r;
}

}  // namespace lattice::testing
