// Tests of pdf_text on the fixtures of tests/fixtures/text (made by make_pdfs.py): reading order
// of two columns, running header and page numbers removed, hyphenation, footnote markers, and
// the errors for encrypted, textless, truncated, damaged and non-PDF input.
#include "text/pdf_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "test_support.h"

namespace lattice::text {
namespace {

std::string read_fixture(const std::string& rel) {
  std::ifstream in(lattice::testing::fixture(rel), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

const char* const kTwoColumnsText =
    "Keeping Coalitions in Working Order\n"
    "\n"
    "Partners around the region keep asking how pledges can turn into routine cooperation that "
    "outlasts a change of cabinet. Our short answer starts with shared depots and budgets anyone "
    "can read.\n"
    "\n"
    "Officials in Tokyo and Washington now describe the U.S.-Japan pact as the anchor of a wider "
    "net of ties, and defense ministers meet each year under the ADMM-Plus format to compare "
    "notes.\n"
    "\n"
    "Collective self-defense is still a touchy subject at home, so leaders frame it as a shared "
    "duty to the alliance^3 and to its neighbors, while the two navies now train together twice "
    "a year, which keeps crews familiar with one another.\n"
    "\n"
    "Budgets matter as much as drills. A fair cost-sharing formula would calm critics who say "
    "that one side pays too much.\n"
    "\n"
    "The next step is to widen the circle. Seoul, Canberra and Manila each bring different "
    "strengths, and a steady cost-sharing habit could make room for them.\n"
    "\n"
    "Analysts warn that forums multiply faster than results. Fewer meetings with clearer tasks "
    "would help more than a fresh crop of acronyms.\n"
    "\n"
    "Any plan also needs a way to check progress. A yearly scorecard in plain words lets "
    "outsiders see which promises were kept and which ones slipped.\n"
    "\n"
    "Real cooperation grows from habit, and habits need staff time. Daily cooperation between "
    "planners matters.\n";

TEST(PdfReader, TwoColumnFixtureReadsInOrder) {
  std::string error;
  const auto text = pdf_text(read_fixture("text/two_columns.pdf"), &error);
  ASSERT_TRUE(text) << error;
  EXPECT_EQ(*text, kTwoColumnsText);
}

TEST(PdfReader, RunningHeaderAndPageNumbersAreRemoved) {
  const auto text = pdf_text(read_fixture("text/two_columns.pdf"), nullptr);
  ASSERT_TRUE(text);
  EXPECT_EQ(text->find("Alliance Review"), std::string::npos);
  EXPECT_EQ(text->find("Page 2"), std::string::npos);
  EXPECT_EQ(text->find("\n1\n"), std::string::npos);
}

TEST(PdfReader, HyphenationAndFootnoteMarker) {
  const auto text = pdf_text(read_fixture("text/two_columns.pdf"), nullptr);
  ASSERT_TRUE(text);
  for (const char* expected :
       {"routine cooperation that", "the U.S.-Japan pact", "the ADMM-Plus format",
        "Collective self-defense", "steady cost-sharing habit", "Daily cooperation between",
        "the alliance^3 and"}) {
    EXPECT_NE(text->find(expected), std::string::npos) << expected;
  }
  // The sentence running from the bottom of the left column to the top of the right one.
  EXPECT_NE(text->find("the two navies now train together"), std::string::npos);
}

TEST(PdfReader, EncryptedWithUserPassword) {
  std::string error;
  EXPECT_FALSE(pdf_text(read_fixture("text/encrypted.pdf"), &error));
  EXPECT_EQ(error, "encrypted PDF");
}

TEST(PdfReader, EncryptedWithOnlyAnOwnerPasswordOpens) {
  std::string error;
  const auto text = pdf_text(read_fixture("text/owner_only.pdf"), &error);
  ASSERT_TRUE(text) << error;
  // One page: a header cannot be told to repeat, so it stays; the bare page number goes.
  EXPECT_TRUE(text->starts_with("Alliance Review 2026\n\nKeeping Coalitions in Working Order\n"));
  EXPECT_NE(text->find("the two navies now train together"), std::string::npos);
  EXPECT_TRUE(text->ends_with("who say that one side pays too much.\n"));
}

TEST(PdfReader, NoTextLayer) {
  std::string error;
  EXPECT_FALSE(pdf_text(read_fixture("text/no_text.pdf"), &error));
  EXPECT_EQ(error, "PDF has no text layer (scanned?)");
}

TEST(PdfReader, NotAPdf) {
  std::string error;
  EXPECT_FALSE(pdf_text("", &error));
  EXPECT_EQ(error, "not a PDF");
  EXPECT_FALSE(pdf_text("<html>hello</html>", &error));
  EXPECT_EQ(error, "not a PDF");
}

TEST(PdfReader, DamagedPdf) {
  std::string error;
  EXPECT_FALSE(pdf_text("%PDF-1.4\nthis is not really a PDF body\n%%EOF\n", &error));
  EXPECT_TRUE(error.starts_with("damaged PDF")) << error;
}

TEST(PdfReader, TruncatedPdfsNeitherCrashNorHang) {
  const std::string pdf = read_fixture("text/two_columns.pdf");
  ASSERT_GT(pdf.size(), 1000u);
  for (size_t length = 0; length < pdf.size(); length += 97) {
    std::string error;
    const auto text = pdf_text(std::string_view(pdf).substr(0, length), &error);
    if (text) {
      EXPECT_TRUE(text->ends_with("\n")) << length;
    } else {
      EXPECT_TRUE(error == "not a PDF" || error.starts_with("damaged PDF") ||
                  error == "PDF has no text layer (scanned?)")
          << length << ": " << error;
    }
  }
}

TEST(PdfReader, CorruptedBytesDoNotCrash) {
  const std::string pdf = read_fixture("text/two_columns.pdf");
  for (size_t position = 20; position < pdf.size(); position += 61) {
    std::string damaged = pdf;
    damaged[position] = static_cast<char>(damaged[position] ^ 0x5A);
    std::string error;
    (void)pdf_text(damaged, &error);
  }
}

}  // namespace
}  // namespace lattice::text
