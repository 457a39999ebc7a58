// Writing an output file whole or not at all, written once: every command that writes a file
// (report --out, GraphML, CSV exports) goes through write_file_atomic, so that a failure (a full
// disk, a missing folder, a killed process) never leaves a half-written file behind.
#pragma once

#include <string>
#include <string_view>

namespace lattice::core {

// Writes bytes to path: first to a temporary file in the same folder (".NAME.PID.N.tmp"), then
// flushed to disk and renamed over path, which therefore holds either its old content or all of
// bytes. The new file gets the usual permissions (0666 less the umask). Does not create folders.
// On failure returns false, removes the temporary file, leaves path as it was and, when error is
// given, sets *error to "cannot write PATH: REASON". Safe from any thread.
bool write_file_atomic(const std::string& path, std::string_view bytes,
                       std::string* error = nullptr);

}  // namespace lattice::core
