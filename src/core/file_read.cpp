// Whole-file reading with one precise reason for each failure (see file_read.h).
#include "core/file_read.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lattice::core {

namespace {

// The size in words: "1 GiB", "64 MiB", "512 KiB" or "N bytes".
std::string size_words(size_t bytes) {
  if (bytes >= (size_t{1} << 30) && bytes % (size_t{1} << 30) == 0)
    return std::to_string(bytes >> 30) + " GiB";
  if (bytes >= (size_t{1} << 20) && bytes % (size_t{1} << 20) == 0)
    return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= (size_t{1} << 10) && bytes % (size_t{1} << 10) == 0)
    return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

// Closes fd when it goes out of scope.
struct FdCloser {
  int fd;
  ~FdCloser() { ::close(fd); }
};

}  // namespace

std::optional<std::string> read_file(const std::string& path, std::string* error,
                                     size_t max_bytes) {
  const auto fail = [&](std::string reason) -> std::optional<std::string> {
    if (error) *error = std::move(reason);
    return std::nullopt;
  };
  const auto errno_reason = [](int code) {
    return std::string("cannot read: ") + std::strerror(code);
  };
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(errno_reason(errno));
  const FdCloser closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) return fail(errno_reason(errno));
  if (S_ISDIR(info.st_mode)) return fail(errno_reason(EISDIR));
  const std::string too_large = "file too large (over " + size_words(max_bytes) + ")";
  std::string bytes;
  if (S_ISREG(info.st_mode)) {
    if (static_cast<unsigned long long>(info.st_size) > max_bytes) return fail(too_large);
    bytes.reserve(static_cast<size_t>(info.st_size));
  }
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      return fail(errno_reason(errno));
    }
    if (got == 0) break;
    if (bytes.size() + static_cast<size_t>(got) > max_bytes) return fail(too_large);
    bytes.append(buffer, static_cast<size_t>(got));
  }
  return bytes;
}

}  // namespace lattice::core
