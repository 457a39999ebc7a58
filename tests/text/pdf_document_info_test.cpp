// Tests of the DocumentInfo the PDF reader fills from poppler's Info dictionary: Title, Author
// and CreationDate as written (PDFDocEncoding and UTF-16 decoded, unpaired surrogates as U+FFFD),
// on the with_info.pdf fixture, PDFs written here, and the real CRS report of the shared corpus
// (read at test time, its text never copied here).
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "core/text.h"
#include "minimal_pdf.h"
#include "test_support.h"
#include "text/pdf_reader.h"
#include "text/text_document.h"

namespace lattice::text {
namespace {

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) ADD_FAILURE() << "cannot read " << path;
  return std::string(std::istreambuf_iterator<char>(in), {});
}

DocumentInfo info_of(const std::string& pdf) {
  DocumentInfo info;
  std::string error;
  EXPECT_TRUE(pdf_text(pdf, &error, &info)) << error;
  return info;
}

TEST(PdfDocumentInfo, FixtureTitleAuthorAndCreationDate) {
  const std::string pdf = read_bytes(lattice::testing::fixture("text/with_info.pdf"));
  DocumentInfo info;
  const auto text = pdf_text(pdf, nullptr, &info);
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "Reef notes for the fixture.\n");
  EXPECT_EQ(info.title, "Shoals (and)  Reefs");  // white space as written
  EXPECT_EQ(info.author, "Reef Lab");            // a UTF-16BE hex string
  EXPECT_EQ(info.creation_date, "D:20200917120000Z");
  EXPECT_TRUE(info.meta.empty());
}

TEST(PdfDocumentInfo, NoInfoDictionaryGivesEmptyFieldsAndTheSameText) {
  const std::string pdf = read_bytes(lattice::testing::fixture("text/two_columns.pdf"));
  DocumentInfo info;
  info.title = "stale";
  const auto with_info = pdf_text(pdf, nullptr, &info);
  const auto without = pdf_text(pdf, nullptr);
  ASSERT_TRUE(with_info && without);
  EXPECT_EQ(*with_info, *without);
  EXPECT_EQ(info.title, "");
  EXPECT_EQ(info.author, "");
  EXPECT_EQ(info.creation_date, "");
}

TEST(PdfDocumentInfo, PdfDocEncodingAndEscapes) {
  const DocumentInfo info = info_of(
      lattice::testing::minimal_pdf("<< /Title (Caf\\351 \\(draft\\)) /Author (\\101B) >>"));
  EXPECT_EQ(info.title, "Caf\xC3\xA9 (draft)");
  EXPECT_EQ(info.author, "AB");
}

// The case fuzz_document_metadata found for the old byte scanner, now through poppler: a high
// surrogate before an ordinary unit, a lone low surrogate and a high surrogate at the end become
// U+FFFD with the units around them kept (poppler's own UTF-8 conversion gives nothing at all).
TEST(PdfDocumentInfo, UnpairedUtf16SurrogatesBecomeReplacementCharacters) {
  EXPECT_EQ(info_of(lattice::testing::minimal_pdf("<< /Title <FEFFD83D0041DE000042D83D> >>")).title,
            "\xEF\xBF\xBD"
            "A"
            "\xEF\xBF\xBD"
            "B"
            "\xEF\xBF\xBD");
  // A proper pair still gives its code point (U+1F600).
  EXPECT_EQ(info_of(lattice::testing::minimal_pdf("<< /Title <FEFF0041D83DDE00> >>")).title,
            "A\xF0\x9F\x98\x80");
}

TEST(PdfDocumentInfo, ClearedWhenThePdfCannotBeRead) {
  DocumentInfo info;
  info.title = "stale";
  EXPECT_FALSE(pdf_text(read_bytes(lattice::testing::fixture("text/no_text.pdf")), nullptr, &info));
  EXPECT_EQ(info.title, "");
}

TEST(PdfDocumentInfo, ReadTextDocumentFillsIt) {
  std::string error;
  const auto doc = read_text_document(lattice::testing::fixture("text/with_info.pdf"), &error);
  ASSERT_TRUE(doc) << error;
  EXPECT_EQ(doc->info.title, "Shoals (and)  Reefs");
  EXPECT_EQ(doc->info.author, "Reef Lab");
  EXPECT_EQ(doc->info.creation_date, "D:20200917120000Z");
}

// A real report: its Info dictionary has a title, an author and a creation date, read as valid
// UTF-8 (the values themselves are not repeated here).
TEST(PdfDocumentInfo, RealReportOfTheSharedCorpus) {
  std::string error;
  const auto doc =
      read_text_document(lattice::testing::shared_dir() + "/corpus/crs/RL33740.pdf", &error);
  ASSERT_TRUE(doc) << error;
  EXPECT_FALSE(doc->info.title.empty());
  EXPECT_FALSE(doc->info.author.empty());
  EXPECT_TRUE(doc->info.creation_date.starts_with("D:")) << doc->info.creation_date;
  for (const std::string* s : {&doc->info.title, &doc->info.author, &doc->info.creation_date})
    EXPECT_TRUE(core::is_valid_utf8(*s));
}

}  // namespace
}  // namespace lattice::text
