// Crash points for the crash-safety test (see crash_point.h).
#include "corpus/crash_point.h"

#include <signal.h>

#include <charconv>
#include <cstdlib>

namespace lattice::corpus {

bool parse_crash_point(std::string_view spec, long* document, CrashStage* stage) {
  const size_t colon = spec.find(':');
  if (colon == std::string_view::npos) return false;
  long n = 0;
  const auto [end, ec] = std::from_chars(spec.data(), spec.data() + colon, n);
  if (ec != std::errc() || end != spec.data() + colon || n < 1) return false;
  const std::string_view name = spec.substr(colon + 1);
  if (name == "in_transaction") {
    *stage = CrashStage::kInTransaction;
  } else if (name == "after_commit") {
    *stage = CrashStage::kAfterCommit;
  } else {
    return false;
  }
  *document = n;
  return true;
}

void crash_point(long document, CrashStage stage) {
  struct Requested {
    bool set = false;
    long document = 0;
    CrashStage stage = CrashStage::kInTransaction;
  };
  static const Requested requested = [] {
    Requested r;
    if (const char* spec = std::getenv("LATTICE_CRASH_POINT"))
      r.set = parse_crash_point(spec, &r.document, &r.stage);
    return r;
  }();
  if (requested.set && requested.document == document && requested.stage == stage) {
    ::raise(SIGKILL);
  }
}

}  // namespace lattice::corpus
