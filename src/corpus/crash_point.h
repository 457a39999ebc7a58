// Crash points for the crash-safety test of ingestion: with LATTICE_CRASH_POINT=N:STAGE in the
// environment, the process kills itself with SIGKILL when the N-th document written by a
// CorpusDb connection reaches STAGE, so that a test can stop an ingest at a chosen document and
// stage of its transaction without timing it. Without the variable (every normal run) nothing
// happens. Thread-safe (the variable is only read).
#pragma once

#include <string_view>

namespace lattice::corpus {

// The stages of storing one document at which a crash can be requested.
enum class CrashStage {
  kInTransaction,  // the document's rows are written, the transaction is not yet committed
  kAfterCommit,    // the transaction is committed
};

// Kills the process (SIGKILL) when LATTICE_CRASH_POINT names `document` (the 1-based count of
// documents whose rows a CorpusDb connection has written; unchanged documents do not count) and
// `stage`; otherwise returns. A malformed variable is ignored.
void crash_point(long document, CrashStage stage);

// Parses "N:in_transaction" or "N:after_commit"; false when `spec` is neither.
bool parse_crash_point(std::string_view spec, long* document, CrashStage* stage);

}  // namespace lattice::corpus
