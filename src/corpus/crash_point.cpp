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
  // Read at every call (once per stored document, negligible next to its transaction), so that
  // the variable set in a forked child takes effect there.
  const char* spec = std::getenv("LATTICE_CRASH_POINT");
  if (spec == nullptr) return;
  long requested_document = 0;
  CrashStage requested_stage = CrashStage::kInTransaction;
  if (parse_crash_point(spec, &requested_document, &requested_stage) &&
      requested_document == document && requested_stage == stage) {
    ::raise(SIGKILL);
  }
}

}  // namespace lattice::corpus
