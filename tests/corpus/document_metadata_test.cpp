// Tests of document metadata: dates as documents write them, front matter, HTML head, PDF Info,
// first-line titles and datelines, and flag overrides. Inputs are small invented strings.
#include "corpus/document_metadata.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "test_support.h"

namespace lattice::corpus {
namespace {

text::TextDocument doc_of(std::string text, text::Format format = text::Format::kPlain) {
  text::TextDocument d;
  d.path = "x.txt";
  d.name = "x";
  d.format = format;
  d.text = std::move(text);
  return d;
}

TEST(ParseDocumentDateTest, WrittenAndIsoForms) {
  EXPECT_EQ(parse_document_date("DECEMBER 2020"), "2020-12");
  EXPECT_EQ(parse_document_date("June 2024"), "2024-06");
  EXPECT_EQ(parse_document_date("Sept. 2019"), "2019-09");
  EXPECT_EQ(parse_document_date("Dec 2018"), "2018-12");
  EXPECT_EQ(parse_document_date("April 27, 2015"), "2015-04-27");
  EXPECT_EQ(parse_document_date("  april 7 2015 "), "2015-04-07");
  EXPECT_EQ(parse_document_date("27 April 2015"), "2015-04-27");
  EXPECT_EQ(parse_document_date("2021-09-15"), "2021-09-15");
  EXPECT_EQ(parse_document_date("2021-09"), "2021-09");
  EXPECT_EQ(parse_document_date("2021"), "2021");
}

TEST(ParseDocumentDateTest, RejectsWhatIsNotOnlyADate) {
  EXPECT_EQ(parse_document_date(""), std::nullopt);
  EXPECT_EQ(parse_document_date("In March 2020 the ministers met"), std::nullopt);
  EXPECT_EQ(parse_document_date("2021-13-01"), std::nullopt);
  EXPECT_EQ(parse_document_date("2021-02-32"), std::nullopt);
  EXPECT_EQ(parse_document_date("Mayday 2020"), std::nullopt);
  EXPECT_EQ(parse_document_date("June 45"), std::nullopt);
  EXPECT_EQ(parse_document_date("G20"), std::nullopt);
}

TEST(FrontMatterTest, KeysAndPreferences) {
  const auto m = front_matter_metadata(
      "---\ntitle: \"Harbour Plans\"\ndate: 2022-03-04\nauthor: Jo Bloggs\n"
      "publisher: Reef Institute\n---\n# Body heading\n");
  EXPECT_EQ(m.title, "Harbour Plans");
  EXPECT_EQ(m.date, "2022-03-04");
  EXPECT_EQ(m.organisation, "Reef Institute");  // publisher is preferred to author
}

TEST(FrontMatterTest, OrganisationFromTheSourceUrlHostWhenNothingElse) {
  const auto m =
      front_matter_metadata("---\nsource_url: https://www.example.org/papers/1\n---\ntext\n");
  EXPECT_EQ(m.organisation, "example.org");
  EXPECT_EQ(m.title, "");
}

TEST(FrontMatterTest, UnclosedOrAbsentFrontMatterIsIgnored) {
  EXPECT_EQ(front_matter_metadata("---\ntitle: x\nno end\n").title, "");
  EXPECT_EQ(front_matter_metadata("title: x\n").title, "");
}

TEST(HtmlMetadataTest, MetaTagsWinOverTheTitleTag) {
  const auto m = html_metadata(
      "<!doctype html><html><head><title>Site | Page</title>"
      "<meta property=\"og:title\" content=\"Ports &amp; Straits\">"
      "<meta property='og:site_name' content='Lagoon Forum'>"
      "<META NAME=\"citation_publication_date\" CONTENT=\"2019/05/06\"></head><body></body>");
  EXPECT_EQ(m.title, "Ports & Straits");
  EXPECT_EQ(m.organisation, "Lagoon Forum");
  EXPECT_EQ(m.date, "2019-05-06");
}

TEST(HtmlMetadataTest, TitleTagAndPublishedTime) {
  const auto m = html_metadata(
      "<html><head><title>\n  A   Plain Title </title>"
      "<meta property=\"article:published_time\" content=\"2023-11-02T08:00:00Z\"></head>");
  EXPECT_EQ(m.title, "A Plain Title");
  EXPECT_EQ(m.date, "2023-11-02");
  EXPECT_EQ(m.organisation, "");
}

TEST(PdfInfoMetadataTest, ReadsTheInfoObjectTheTrailerNames) {
  const std::string pdf =
      "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
      "12 0 obj\n<< /Title (Outline entry) >>\nendobj\n"
      "2 0 obj\n<< /Title (Shoals \\(and\\) Reefs) /Author <FEFF00520065006500660020004C00610062>"
      " /CreationDate (D:20200917120000Z) >>\nendobj\n"
      "trailer\n<< /Root 1 0 R /Info 2 0 R >>\n%%EOF\n";
  const auto m = pdf_info_metadata(pdf);
  EXPECT_EQ(m.title, "Shoals (and) Reefs");
  EXPECT_EQ(m.organisation, "Reef Lab");
  EXPECT_EQ(m.date, "2020-09-17");
}

TEST(PdfInfoMetadataTest, DropsWordProcessorFileNames) {
  const auto m = pdf_info_metadata(
      "%PDF-1.4\n3 0 obj\n<< /Title (Microsoft Word - draft7.docx) >>\nendobj\n"
      "trailer << /Info 3 0 R >>");
  EXPECT_EQ(m.title, "");
  EXPECT_EQ(pdf_info_metadata("%PDF-1.5 no info here").title, "");
}

TEST(TextMetadataTest, DatelineAndFirstHeading) {
  const auto m = text_metadata("\n\nMARCH 2019\n\n# Lagoon Security Review\n\nBody text here.\n");
  EXPECT_EQ(m.date, "2019-03");
  EXPECT_EQ(m.title, "Lagoon Security Review");
}

TEST(TextMetadataTest, FirstShortLineWhenThereIsNoHeading) {
  const auto m = text_metadata(
      "\n\nReef Partners Look Ahead\n\nBy A. Writer\nPublished: October 3, 2018\n\n"
      "A long first paragraph that goes on for a while and says nothing of note at all.\n");
  EXPECT_EQ(m.title, "Reef Partners Look Ahead");
  EXPECT_EQ(m.date, "2018-10-03");
}

TEST(TextMetadataTest, DatesInsideSentencesAndBareYearsAreNotDatelines) {
  const auto m = text_metadata("Title Line\n\n2020\n\nIN JANUARY 2020, the allies met.\n");
  EXPECT_EQ(m.date, "");
  EXPECT_EQ(m.title, "Title Line");
}

TEST(TextMetadataTest, LooksOnlyAtTheStart) {
  const std::string text = "Title\n\n" + std::string(3000, 'x') + "\n\nMay 2001\n";
  EXPECT_EQ(text_metadata(text).date, "");
}

TEST(DocumentMetadataTest, FrontMatterBeatsTheText) {
  const auto m =
      document_metadata(doc_of("---\ntitle: Stated\ndate: 2020\n---\n# Heading\n\nJuly 2021\n",
                               text::Format::kMarkdown),
                        "");
  EXPECT_EQ(m.title, "Stated");
  EXPECT_EQ(m.date, "2020");
}

TEST(DocumentMetadataTest, HtmlUsesTheFileBytesForItsHead) {
  const std::string html =
      "<html><head><title>Head Title</title><meta name=\"author\" content=\"Some Body\">"
      "</head><body><h1>Visible</h1><p>June 2010</p></body></html>";
  const auto m = document_metadata(doc_of("# Visible\n\nJune 2010\n", text::Format::kHtml), html);
  EXPECT_EQ(m.title, "Head Title");
  EXPECT_EQ(m.organisation, "Some Body");
  EXPECT_EQ(m.date, "2010-06");
}

TEST(DocumentMetadataTest, OverridesReplaceOnlyWhatTheyGive) {
  DocumentMetadata base{"T", "O", "2020"};
  const auto m = with_overrides(base, {"", "New Org", ""});
  EXPECT_EQ(m.title, "T");
  EXPECT_EQ(m.organisation, "New Org");
  EXPECT_EQ(m.date, "2020");
}

// The seed documents' own datelines (read at test time, never copied here).
TEST(DocumentMetadataTest, SeedDatelines) {
  const std::string dir = lattice::testing::shared_dir() + "/corpus/seeds/";
  const std::pair<const char*, const char*> expected[] = {
      {"001_412e78d0eac9eac5.txt", "2020-12"},
      {"003_3fcb446b247180fc.txt", "2024-06"},
      {"004_bd7856fdd82eb8a5.txt", "2015-04-27"},
  };
  for (const auto& [file, date] : expected) {
    std::ifstream in(dir + file, std::ios::binary);
    ASSERT_TRUE(in) << file;
    std::stringstream ss;
    ss << in.rdbuf();
    const auto m = document_metadata(doc_of(ss.str()), ss.str());
    EXPECT_EQ(m.date, date) << file;
    EXPECT_FALSE(m.title.empty()) << file;
  }
}

}  // namespace
}  // namespace lattice::corpus
