// Regression tests of document metadata for inputs found by fuzz/fuzz_document_metadata.cpp: what
// a PDF Info dictionary or an HTML head yields must be valid UTF-8 (it is stored in the corpus and
// written as JSON), whatever code units or character references the file holds. The metadata now
// comes from the readers' DocumentInfo, so the inputs go through the real HTML and PDF readers.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/text.h"
#include "corpus/document_metadata.h"
#include "minimal_pdf.h"
#include "test_support.h"
#include "text/html_reader.h"
#include "text/pdf_reader.h"

namespace lattice::corpus {
namespace {

// A PDF document as the PDF reader makes it (text and Info dictionary).
text::TextDocument pdf_document(const std::string& pdf) {
  text::TextDocument doc;
  doc.name = "crash";
  doc.format = text::Format::kPdf;
  std::string error;
  const auto text = text::pdf_text(pdf, &error, &doc.info);
  EXPECT_TRUE(text) << error;
  doc.text = text.value_or("");
  return doc;
}

std::string pdf_with_title(const std::string& title) {
  return testing::minimal_pdf("<< /Title " + title + " >>");
}

// The input fuzz_document_metadata found: a UTF-16 title whose high surrogate is followed by an
// ordinary code unit came out as an encoded surrogate (invalid UTF-8). That file is too damaged
// for poppler (no pages, the trailer naming the Info dictionary garbled): the reader refuses it
// without crashing and leaves no info behind. Its title, in a PDF poppler can open, is read as
// valid UTF-8.
TEST(DocumentMetadataRegression, FuzzedPdfInfoGivesValidUtf8) {
  std::ifstream in(testing::fixture("corpus/crash_unpaired_surrogate.pdf"), std::ios::binary);
  ASSERT_TRUE(in) << "missing fixture corpus/crash_unpaired_surrogate.pdf";
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const std::string pdf = bytes.str();
  ASSERT_TRUE(core::is_valid_utf8(pdf));
  text::DocumentInfo info;
  info.title = "stale";
  std::string error;
  EXPECT_FALSE(text::pdf_text(pdf, &error, &info));
  EXPECT_EQ(info.title, "");

  const text::TextDocument doc = pdf_document(
      pdf_with_title("<FEFF004D0065006C006F006B00610020D83D0065006C006F006B00610020D83DDE00>"));
  EXPECT_FALSE(doc.info.title.empty());
  EXPECT_TRUE(core::is_valid_utf8(doc.info.title)) << doc.info.title;
  const DocumentMetadata m = document_metadata(doc);
  EXPECT_FALSE(m.title.empty());
  EXPECT_TRUE(core::is_valid_utf8(m.title)) << m.title;
  EXPECT_TRUE(core::is_valid_utf8(m.organisation)) << m.organisation;
}

TEST(DocumentMetadataRegression, UnpairedUtf16SurrogatesBecomeReplacementCharacters) {
  // A high surrogate before an ordinary unit, a lone low surrogate, a high surrogate at the end.
  EXPECT_EQ(document_metadata(pdf_document(pdf_with_title("<FEFFD83D0041DE000042D83D>"))).title,
            "\xEF\xBF\xBD"
            "A"
            "\xEF\xBF\xBD"
            "B"
            "\xEF\xBF\xBD");
  // A proper pair still gives its code point (U+1F600).
  EXPECT_EQ(document_metadata(pdf_document(pdf_with_title("<FEFF0041D83DDE00>"))).title,
            "A\xF0\x9F\x98\x80");
}

// The old scanner turned these references into U+FFFD; libxml2 drops them (as it does in the
// body text). Either way the title is valid UTF-8 and keeps the characters around them.
TEST(DocumentMetadataRegression, CharacterReferencesUtf8CannotEncodeLeaveValidUtf8) {
  text::DocumentInfo info;
  ASSERT_TRUE(text::html_visible_text(
      "<head><title>a&#xD800;b&#56320;c&#x110000;d &#x1F600;</title></head><p>x</p>", nullptr,
      &info));
  const DocumentMetadata m = html_metadata(info);
  EXPECT_EQ(m.title, "abcd \xF0\x9F\x98\x80");
  EXPECT_TRUE(core::is_valid_utf8(m.title));
}

}  // namespace
}  // namespace lattice::corpus
