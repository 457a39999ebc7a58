// Tests of read_text_document: choice of reader by extension and sniffing, plain text kept byte
// for byte, and the one-line errors for unreadable, empty, binary and non-UTF-8 files.
#include "text/text_document.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace lattice::text {
namespace {

namespace fs = std::filesystem;

// A fresh directory for the files a test writes, removed afterwards.
class TextDocumentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("lattice_text_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& bytes) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  static std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  fs::path dir_;
};

TEST_F(TextDocumentTest, PlainTextIsTheFileBytesUnchanged) {
  const std::string bytes = "Line one  \r\n\tIndented — “quoted”\n\n\nLast line without newline";
  const std::string path = write("001_abc.txt", bytes);
  std::string error;
  const auto doc = read_text_document(path, &error);
  ASSERT_TRUE(doc) << error;
  EXPECT_EQ(doc->text, bytes);
  EXPECT_EQ(doc->format, Format::kPlain);
  EXPECT_EQ(doc->name, "001_abc");
  EXPECT_EQ(doc->path, path);
}

TEST_F(TextDocumentTest, Utf8ByteOrderMarkStaysSoOffsetsAreFileOffsets) {
  const std::string bytes = "\xEF\xBB\xBFThe pledge was made in 2021.";
  const auto doc = read_text_document(write("bom.txt", bytes), nullptr);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, bytes);
  EXPECT_EQ(doc->text.find("pledge"), bytes.find("pledge"));
}

TEST_F(TextDocumentTest, MarkdownIsKeptAsIs) {
  const std::string bytes = "# Heading\n\n- item *one*\n- item two\n";
  for (const char* name : {"notes.md", "notes.markdown", "NOTES.MD"}) {
    const auto doc = read_text_document(write(name, bytes), nullptr);
    ASSERT_TRUE(doc) << name;
    EXPECT_EQ(doc->format, Format::kMarkdown) << name;
    EXPECT_EQ(doc->text, bytes) << name;
  }
}

TEST_F(TextDocumentTest, EmptyFile) {
  std::string error;
  EXPECT_FALSE(read_text_document(write("empty.txt", ""), &error));
  EXPECT_EQ(error, "empty file");
}

TEST_F(TextDocumentTest, MissingFileAndDirectoryCannotBeRead) {
  std::string error;
  EXPECT_FALSE(read_text_document((dir_ / "missing.txt").string(), &error));
  EXPECT_EQ(error, "cannot read: No such file or directory");
  EXPECT_FALSE(read_text_document(dir_.string(), &error));
  EXPECT_EQ(error, "cannot read: Is a directory");
  EXPECT_EQ(error.find(dir_.string()), std::string::npos) << "the caller adds the path";
}

TEST_F(TextDocumentTest, InvalidUtf8ReportsTheByte) {
  std::string error;
  EXPECT_FALSE(read_text_document(write("latin1.txt", "Caf\xE9 au lait"), &error));
  EXPECT_EQ(error, "not valid UTF-8 at byte 3");
  EXPECT_FALSE(read_text_document(write("cut.txt", "ends in a cut \xE2\x80"), &error));
  EXPECT_EQ(error, "not valid UTF-8 at byte 14");
  EXPECT_FALSE(read_text_document(write("overlong.txt", "ab\xC0\xAF"), &error));
  EXPECT_EQ(error, "not valid UTF-8 at byte 2");
}

TEST_F(TextDocumentTest, NulByteMeansBinary) {
  std::string error;
  EXPECT_FALSE(read_text_document(write("image.txt", std::string("\x89PNG\0\0", 6)), &error));
  EXPECT_EQ(error, "binary file (NUL byte at 4)");
  // A NUL far into otherwise valid text is found too.
  std::string late(20000, 'a');
  late[15000] = '\0';
  EXPECT_FALSE(read_text_document(write("late.txt", late), &error));
  EXPECT_EQ(error, "binary file (NUL byte at 15000)");
}

// Linear work without a clock: 50 MB on one line is read whole and unchanged. A reader that
// rescanned the line per character (quadratic) would need on the order of 10^15 steps here,
// days, and the test's CTest timeout (tests/CMakeLists.txt) fails it. The speed itself is
// measured in bench/long_inputs.cpp.
TEST_F(TextDocumentTest, FiftyMegabyteSingleLineIsRead) {
  std::string line;
  line.reserve(50u << 20);
  const std::string phrase = "The allies pledged 2 percent of GDP \xE2\x80\x94 again. ";
  while (line.size() + phrase.size() <= (50u << 20)) line += phrase;
  const std::string path = write("huge.txt", line);
  std::string error;
  const auto doc = read_text_document(path, &error);
  ASSERT_TRUE(doc) << error;
  EXPECT_EQ(doc->text.size(), line.size());
  EXPECT_TRUE(doc->text == line);
}

TEST_F(TextDocumentTest, HtmlByExtension) {
  const std::string path = write("page.html", "<p>Allies <b>meet</b>.</p><script>x()</script>");
  const auto doc = read_text_document(path, nullptr);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->format, Format::kHtml);
  EXPECT_EQ(doc->text, "Allies meet.\n");
  const auto htm = read_text_document(write("page.HTM", "<p>Short form.</p>"), nullptr);
  ASSERT_TRUE(htm);
  EXPECT_EQ(htm->text, "Short form.\n");
}

TEST_F(TextDocumentTest, HtmlBySniffingAfterBomAndWhiteSpace) {
  const std::string page =
      "\xEF\xBB\xBF \n\t<!DOCTYPE HTML><html><body><p>Sniffed.</p></body></html>";
  const auto doc = read_text_document(write("download", page), nullptr);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->format, Format::kHtml);
  EXPECT_EQ(doc->text, "Sniffed.\n");
  const auto html_tag = read_text_document(write("saved.dat", "<HTML><p>Also.</p>"), nullptr);
  ASSERT_TRUE(html_tag);
  EXPECT_EQ(html_tag->format, Format::kHtml);
  // A .txt file that merely mentions HTML stays plain text, byte for byte.
  const std::string text = "<html> is how a page starts.\n";
  const auto plain = read_text_document(write("about.txt", text), nullptr);
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->format, Format::kPlain);
  EXPECT_EQ(plain->text, text);
}

TEST_F(TextDocumentTest, UnknownExtensionIsPlainText) {
  const auto doc = read_text_document(write("notes.log", "just words\n"), nullptr);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->format, Format::kPlain);
  EXPECT_EQ(doc->name, "notes");
}

TEST_F(TextDocumentTest, HtmlWithoutVisibleText) {
  std::string error;
  EXPECT_FALSE(read_text_document(write("blank.html", "<script>only()</script>"), &error));
  EXPECT_EQ(error, "HTML has no visible text");
}

TEST_F(TextDocumentTest, PdfByExtensionAndBySniffing) {
  const std::string pdf = read_bytes(lattice::testing::fixture("text/two_columns.pdf"));
  for (const char* name : {"report.pdf", "report.bin", "report.txt"}) {
    std::string error;
    const auto doc = read_text_document(write(name, pdf), &error);
    ASSERT_TRUE(doc) << name << ": " << error;
    EXPECT_EQ(doc->format, Format::kPdf) << name;
    EXPECT_NE(doc->text.find("Keeping Coalitions in Working Order"), std::string::npos);
  }
}

TEST_F(TextDocumentTest, HtmlHeadIsKeptAsInfoAndPlainTextHasNone) {
  std::string error;
  const auto html = read_text_document(
      write("page.html", "<head><title>T</title><meta name=Author content=W></head><p>x</p>"),
      &error);
  ASSERT_TRUE(html) << error;
  EXPECT_EQ(html->text, "x\n");
  EXPECT_EQ(html->info.title, "T");
  ASSERT_EQ(html->info.meta.size(), 1u);
  EXPECT_EQ(html->info.meta[0].name, "author");
  EXPECT_EQ(html->info.meta[0].content, "W");
  const auto plain = read_text_document(write("page.txt", "<title>T</title>\n"), &error);
  ASSERT_TRUE(plain) << error;
  EXPECT_EQ(plain->info.title, "");
  EXPECT_TRUE(plain->info.meta.empty());
}

TEST_F(TextDocumentTest, PdfErrorsPassThrough) {
  std::string error;
  EXPECT_FALSE(read_text_document(lattice::testing::fixture("text/encrypted.pdf"), &error));
  EXPECT_EQ(error, "encrypted PDF");
  EXPECT_FALSE(read_text_document(lattice::testing::fixture("text/no_text.pdf"), &error));
  EXPECT_EQ(error, "PDF has no text layer (scanned?)");
  EXPECT_FALSE(read_text_document(write("fake.pdf", "plain words"), &error));
  EXPECT_EQ(error, "not a PDF");
}

TEST_F(TextDocumentTest, NullErrorPointerIsAllowed) {
  EXPECT_FALSE(read_text_document(write("empty.md", ""), nullptr));
  EXPECT_FALSE(read_text_document((dir_ / "nope").string(), nullptr));
}

TEST(FormatName, NamesEveryFormat) {
  EXPECT_STREQ(format_name(Format::kPlain), "text");
  EXPECT_STREQ(format_name(Format::kMarkdown), "markdown");
  EXPECT_STREQ(format_name(Format::kHtml), "html");
  EXPECT_STREQ(format_name(Format::kPdf), "pdf");
}

}  // namespace
}  // namespace lattice::text
