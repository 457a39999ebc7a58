// The one atomic writer: the target holds the old bytes or all the new ones, and no temporary
// file is left behind, whether the write succeeds or fails.
#include "core/atomic_write.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace lattice::core {
namespace {

namespace fs = std::filesystem;

class AtomicWriteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lattice_atomic_write_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  static std::string content(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  // Every entry of the folder, so that a left-over temporary file shows.
  std::vector<std::string> entries() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir_)) out.push_back(e.path().filename());
    std::sort(out.begin(), out.end());
    return out;
  }
  fs::path dir_;
};

TEST_F(AtomicWriteTest, WritesANewFileWithNothingElseBeside) {
  const fs::path target = dir_ / "out.csv";
  std::string error;
  ASSERT_TRUE(write_file_atomic(target.string(), std::string("a,b\r\n1,\0\n", 10), &error))
      << error;
  EXPECT_EQ(content(target), std::string("a,b\r\n1,\0\n", 10));
  EXPECT_EQ(entries(), std::vector<std::string>{"out.csv"});
}

TEST_F(AtomicWriteTest, ReplacesAnExistingFile) {
  const fs::path target = dir_ / "page.html";
  std::ofstream(target) << "old content that is longer than the new one";
  ASSERT_TRUE(write_file_atomic(target.string(), "new"));
  EXPECT_EQ(content(target), "new");
  EXPECT_EQ(entries(), std::vector<std::string>{"page.html"});
}

TEST_F(AtomicWriteTest, GivesTheUsualPermissions) {
  const mode_t old = ::umask(022);
  const fs::path target = dir_ / "g.graphml";
  ASSERT_TRUE(write_file_atomic(target.string(), "<graphml/>"));
  ::umask(old);
  struct stat info {};
  ASSERT_EQ(::stat(target.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0644u);
}

TEST_F(AtomicWriteTest, AMissingFolderIsAnErrorNamingThePath) {
  const std::string target = (dir_ / "no" / "such" / "out.txt").string();
  std::string error;
  EXPECT_FALSE(write_file_atomic(target, "x", &error));
  EXPECT_EQ(error, "cannot write " + target + ": No such file or directory");
  EXPECT_TRUE(entries().empty());
}

TEST_F(AtomicWriteTest, AFailedRenameLeavesTheTargetAndNoTemporaryFile) {
  // A folder stands where the file should go: the rename fails after the bytes were written.
  const fs::path target = dir_ / "taken";
  fs::create_directories(target / "inside");
  std::string error;
  EXPECT_FALSE(write_file_atomic(target.string(), "bytes", &error));
  EXPECT_EQ(error.rfind("cannot write " + target.string() + ": ", 0), 0u) << error;
  EXPECT_TRUE(fs::is_directory(target / "inside"));
  EXPECT_EQ(entries(), std::vector<std::string>{"taken"});
}

TEST_F(AtomicWriteTest, AnEmptyPathIsAnError) {
  std::string error;
  EXPECT_FALSE(write_file_atomic("", "x", &error));
  EXPECT_EQ(error, "cannot write : No such file or directory");
}

TEST_F(AtomicWriteTest, WritesInTheCurrentFolderForABareName) {
  const fs::path old = fs::current_path();
  fs::current_path(dir_);
  const bool ok = write_file_atomic("bare.txt", "b");
  fs::current_path(old);
  ASSERT_TRUE(ok);
  EXPECT_EQ(content(dir_ / "bare.txt"), "b");
  EXPECT_EQ(entries(), std::vector<std::string>{"bare.txt"});
}

}  // namespace
}  // namespace lattice::core
