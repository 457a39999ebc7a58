// The crash-point specification of the ingest crash-safety test (LATTICE_CRASH_POINT).
#include "corpus/crash_point.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace lattice::corpus {
namespace {

TEST(CrashPoint, ParsesDocumentAndStage) {
  long document = 0;
  CrashStage stage = CrashStage::kAfterCommit;
  ASSERT_TRUE(parse_crash_point("83:in_transaction", &document, &stage));
  EXPECT_EQ(document, 83);
  EXPECT_EQ(stage, CrashStage::kInTransaction);
  ASSERT_TRUE(parse_crash_point("1:after_commit", &document, &stage));
  EXPECT_EQ(document, 1);
  EXPECT_EQ(stage, CrashStage::kAfterCommit);
}

TEST(CrashPoint, RejectsMalformedSpecifications) {
  long document = 7;
  CrashStage stage = CrashStage::kAfterCommit;
  for (const char* bad : {"", "83", ":in_transaction", "0:in_transaction", "-2:after_commit",
                          "8x:after_commit", "83:commit", "83:in_transaction:x"}) {
    EXPECT_FALSE(parse_crash_point(bad, &document, &stage)) << bad;
  }
  EXPECT_EQ(document, 7);  // untouched
  EXPECT_EQ(stage, CrashStage::kAfterCommit);
}

// In a child process with LATTICE_CRASH_POINT=2:in_transaction: the other points pass, the named
// one kills the child with SIGKILL before it can exit normally. The variable is read at every
// call, so setting it in the child works even after other tests of this process stored documents.
TEST(CrashPoint, KillsAtTheNamedPointOnly) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::setenv("LATTICE_CRASH_POINT", "2:in_transaction", 1);
    crash_point(1, CrashStage::kInTransaction);
    crash_point(1, CrashStage::kAfterCommit);
    crash_point(2, CrashStage::kAfterCommit);
    crash_point(3, CrashStage::kInTransaction);
    if (::write(fds[1], "passed", 6) != 6) ::_exit(3);  // the other points let it through
    crash_point(2, CrashStage::kInTransaction);
    ::_exit(0);  // reached only when the crash point failed
  }
  ::close(fds[1]);
  char buf[16] = {};
  const ssize_t got = ::read(fds[0], buf, sizeof buf - 1);
  ::close(fds[0]);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  EXPECT_EQ(std::string(buf, got > 0 ? static_cast<size_t>(got) : 0), "passed");
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
      << "exit status " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

}  // namespace
}  // namespace lattice::corpus
