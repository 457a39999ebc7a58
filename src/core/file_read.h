// Reading a whole file into memory, written once: every module that needs a file's bytes (model
// folders, documents, scenarios, data files, gold records) calls read_file and words its own
// message around the precise reason it returns. Safe from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace lattice::core {

// The largest file read_file accepts by default: beyond this, refuse rather than swap.
inline constexpr size_t kMaxFileBytes = size_t{1} << 30;  // 1 GiB

// The bytes of the file at path, unchanged. On failure returns nullopt and, when error is given,
// sets *error to the reason without the path: "cannot read: No such file or directory",
// "cannot read: Is a directory", "cannot read: Permission denied", or "file too large (over N)"
// when the file holds more than max_bytes. Reads special files (pipes) until their end.
std::optional<std::string> read_file(const std::string& path, std::string* error = nullptr,
                                     size_t max_bytes = kMaxFileBytes);

}  // namespace lattice::core
