// Regression tests of document metadata for inputs found by fuzz/fuzz_document_metadata.cpp: what
// a PDF Info dictionary or an HTML head yields must be valid UTF-8 (it is stored in the corpus and
// written as JSON), whatever code units or character references the file holds.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/text.h"
#include "corpus/document_metadata.h"
#include "test_support.h"

namespace lattice::corpus {
namespace {

std::string pdf_with_title(const std::string& title) {
  return "%PDF-1.4\n3 0 obj\n<< /Title " + title + " >>\nendobj\ntrailer << /Info 3 0 R >>\n";
}

// The input fuzz_document_metadata found: a UTF-16 title whose high surrogate is followed by an
// ordinary code unit came out as an encoded surrogate (invalid UTF-8).
TEST(DocumentMetadataRegression, FuzzedPdfInfoGivesValidUtf8) {
  std::ifstream in(testing::fixture("corpus/crash_unpaired_surrogate.pdf"), std::ios::binary);
  ASSERT_TRUE(in) << "missing fixture corpus/crash_unpaired_surrogate.pdf";
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const std::string pdf = bytes.str();
  ASSERT_TRUE(core::is_valid_utf8(pdf));
  const DocumentMetadata info = pdf_info_metadata(pdf);
  EXPECT_FALSE(info.title.empty());
  EXPECT_TRUE(core::is_valid_utf8(info.title)) << info.title;
  text::TextDocument doc;
  doc.name = "crash";
  doc.format = text::Format::kPdf;
  doc.text = pdf;
  const DocumentMetadata m = document_metadata(doc, pdf);
  EXPECT_TRUE(core::is_valid_utf8(m.title)) << m.title;
  EXPECT_TRUE(core::is_valid_utf8(m.organisation)) << m.organisation;
}

TEST(DocumentMetadataRegression, UnpairedUtf16SurrogatesBecomeReplacementCharacters) {
  // A high surrogate before an ordinary unit, a lone low surrogate, a high surrogate at the end.
  EXPECT_EQ(pdf_info_metadata(pdf_with_title("<FEFFD83D0041DE000042D83D>")).title,
            "\xEF\xBF\xBD"
            "A"
            "\xEF\xBF\xBD"
            "B"
            "\xEF\xBF\xBD");
  // A proper pair still gives its code point (U+1F600).
  EXPECT_EQ(pdf_info_metadata(pdf_with_title("<FEFF0041D83DDE00>")).title, "A\xF0\x9F\x98\x80");
}

TEST(DocumentMetadataRegression, CharacterReferencesUtf8CannotEncodeBecomeReplacementCharacters) {
  const DocumentMetadata m =
      html_metadata("<head><title>a&#xD800;b&#56320;c&#x110000;d &#x1F600;</title></head>");
  EXPECT_EQ(m.title,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c\xEF\xBF\xBD"
            "d \xF0\x9F\x98\x80");
}

}  // namespace
}  // namespace lattice::corpus
