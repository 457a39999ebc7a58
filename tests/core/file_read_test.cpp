// The one whole-file reader: bytes unchanged, and a precise reason for every failure.
#include "core/file_read.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace lattice::core {
namespace {

namespace fs = std::filesystem;

class FileReadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lattice_file_read_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  fs::path dir_;
};

TEST_F(FileReadTest, ReturnsTheBytesUnchanged) {
  const std::string bytes("\xEF\xBB\xBFline 1\r\nline 2\0tail", 23);
  const auto got = read_file(write("a.txt", bytes));
  ASSERT_TRUE(got);
  EXPECT_EQ(*got, bytes);
}

TEST_F(FileReadTest, ReadsAnEmptyFile) {
  const auto got = read_file(write("empty.txt", ""));
  ASSERT_TRUE(got);
  EXPECT_EQ(*got, "");
}

TEST_F(FileReadTest, NamesTheReasonOfEachFailure) {
  std::string error;
  EXPECT_FALSE(read_file((dir_ / "missing.txt").string(), &error));
  EXPECT_EQ(error, "cannot read: No such file or directory");
  EXPECT_FALSE(read_file(dir_.string(), &error));
  EXPECT_EQ(error, "cannot read: Is a directory");
  EXPECT_FALSE(read_file(write("big.txt", std::string(2048, 'x')), &error, 1024));
  EXPECT_EQ(error, "file too large (over 1 KiB)");
  EXPECT_FALSE(read_file(write("big2.txt", std::string(2048, 'x')), &error, 2047));
  EXPECT_EQ(error, "file too large (over 2047 bytes)");
}

TEST_F(FileReadTest, AFileOfExactlyTheLimitIsRead) {
  const auto got = read_file(write("edge.txt", std::string(1024, 'y')), nullptr, 1024);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->size(), 1024u);
}

TEST_F(FileReadTest, ReadsASpecialFileUntilItsEnd) {
  const auto got = read_file("/dev/null");
  ASSERT_TRUE(got);
  EXPECT_EQ(*got, "");
}

}  // namespace
}  // namespace lattice::core
