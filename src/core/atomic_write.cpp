// Whole-or-nothing file writing through a temporary file and a rename (see atomic_write.h).
#include "core/atomic_write.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace lattice::core {

namespace {

// A temporary name beside path, unique within this process and across processes.
std::string temporary_name(const std::string& path) {
  static std::atomic<unsigned> counter{0};
  const std::filesystem::path target(path);
  const std::string name = "." + target.filename().string() + "." + std::to_string(::getpid()) +
                           "." + std::to_string(counter++) + ".tmp";
  return (target.parent_path() / name).string();
}

// Writes all of bytes to fd, going on after short writes and interruptions.
bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t put = ::write(fd, bytes.data(), bytes.size());
    if (put < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(put));
  }
  return true;
}

}  // namespace

bool write_file_atomic(const std::string& path, std::string_view bytes, std::string* error) {
  const auto fail = [&](int code) {
    if (error) *error = "cannot write " + path + ": " + std::strerror(code);
    return false;
  };
  if (path.empty()) return fail(ENOENT);
  const std::string tmp = temporary_name(path);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return fail(errno);
  int code = 0;
  if (!write_all(fd, bytes) || ::fsync(fd) != 0) code = errno;
  if (::close(fd) != 0 && code == 0) code = errno;
  if (code == 0 && std::rename(tmp.c_str(), path.c_str()) != 0) code = errno;
  if (code != 0) {
    ::unlink(tmp.c_str());
    return fail(code);
  }
  return true;
}

}  // namespace lattice::core
