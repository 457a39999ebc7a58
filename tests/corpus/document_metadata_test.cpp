// Tests of document metadata: dates as documents write them, front matter, the HTML head and PDF
// Info dictionary (as the real readers find them, or as DocumentInfo built here), first-line
// titles and datelines, their precedence, and flag overrides. Inputs are small invented strings.
#include "corpus/document_metadata.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "minimal_pdf.h"
#include "test_support.h"
#include "text/html_reader.h"
#include "text/pdf_reader.h"

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

// The head of an HTML page as the HTML reader finds it.
text::DocumentInfo html_info(std::string_view html) {
  text::DocumentInfo info;
  std::string error;
  EXPECT_TRUE(text::html_visible_text(html, &error, &info)) << error;
  return info;
}

// The Info dictionary of a PDF as the PDF reader finds it.
text::DocumentInfo pdf_info(const std::string& pdf) {
  text::DocumentInfo info;
  std::string error;
  EXPECT_TRUE(text::pdf_text(pdf, &error, &info)) << error;
  return info;
}

// An HTML page read by the real reader: its canonical text and head.
text::TextDocument html_doc(std::string_view html) {
  text::TextDocument d = doc_of("", text::Format::kHtml);
  std::string error;
  const auto text = text::html_visible_text(html, &error, &d.info);
  EXPECT_TRUE(text) << error;
  d.text = text.value_or("");
  return d;
}

text::DocumentInfo with_meta(std::vector<text::MetaTag> meta, std::string title = "") {
  text::DocumentInfo info;
  info.meta = std::move(meta);
  info.title = std::move(title);
  return info;
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
  const auto m = html_metadata(html_info(
      "<!doctype html><html><head><title>Site | Page</title>"
      "<meta property=\"og:title\" content=\"Ports &amp; Straits\">"
      "<meta property='og:site_name' content='Lagoon Forum'>"
      "<META NAME=\"citation_publication_date\" CONTENT=\"2019/05/06\"></head><body></body>"));
  EXPECT_EQ(m.title, "Ports & Straits");
  EXPECT_EQ(m.organisation, "Lagoon Forum");
  EXPECT_EQ(m.date, "2019-05-06");
}

TEST(HtmlMetadataTest, TitleTagAndPublishedTime) {
  const auto m = html_metadata(html_info(
      "<html><head><title>\n  A   Plain Title </title>"
      "<meta property=\"article:published_time\" content=\"2023-11-02T08:00:00Z\"></head>"));
  EXPECT_EQ(m.title, "A Plain Title");
  EXPECT_EQ(m.date, "2023-11-02");
  EXPECT_EQ(m.organisation, "");
}

TEST(PdfInfoMetadataTest, ReadsTheInfoDictionaryTheReaderFound) {
  const std::string pdf = lattice::testing::minimal_pdf(
      "<< /Title (Shoals \\(and\\)\\n Reefs) /Author <FEFF00520065006500660020004C00610062>"
      " /CreationDate (D:20200917120000Z) >>");
  const auto m = pdf_info_metadata(pdf_info(pdf));
  EXPECT_EQ(m.title, "Shoals (and) Reefs");
  EXPECT_EQ(m.organisation, "Reef Lab");
  EXPECT_EQ(m.date, "2020-09-17");
}

TEST(PdfInfoMetadataTest, DropsWordProcessorFileNames) {
  const auto m = pdf_info_metadata(
      pdf_info(lattice::testing::minimal_pdf("<< /Title (Microsoft Word - draft7.docx) >>")));
  EXPECT_EQ(m.title, "");
  EXPECT_EQ(pdf_info_metadata(pdf_info(lattice::testing::minimal_pdf(""))).title, "");
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
  const auto m = document_metadata(doc_of(
      "---\ntitle: Stated\ndate: 2020\n---\n# Heading\n\nJuly 2021\n", text::Format::kMarkdown));
  EXPECT_EQ(m.title, "Stated");
  EXPECT_EQ(m.date, "2020");
}

TEST(DocumentMetadataTest, HtmlUsesTheHeadItsReaderFound) {
  const std::string html =
      "<html><head><title>Head Title</title><meta name=\"author\" content=\"Some Body\">"
      "</head><body><h1>Visible</h1><p>June 2010</p></body></html>";
  const text::TextDocument doc = html_doc(html);
  EXPECT_EQ(doc.text, "# Visible\n\nJune 2010\n");
  const auto m = document_metadata(doc);
  EXPECT_EQ(m.title, "Head Title");
  EXPECT_EQ(m.organisation, "Some Body");
  EXPECT_EQ(m.date, "2010-06");
}

TEST(HtmlMetadataTest, TitlePrecedence) {
  const std::vector<text::MetaTag> all = {
      {"dc.title", "Dc"}, {"og:title", "Og"}, {"citation_title", "Citation"}};
  EXPECT_EQ(html_metadata(with_meta(all, "Tag")).title, "Citation");
  EXPECT_EQ(html_metadata(with_meta({all[0], all[1]}, "Tag")).title, "Og");
  EXPECT_EQ(html_metadata(with_meta({all[0]}, "Tag")).title, "Dc");
  EXPECT_EQ(html_metadata(with_meta({{"og:title", " \n "}}, " The\n  Tag ")).title, "The Tag");
  // A no-break space (what libxml2 makes of &nbsp;) is white space too.
  EXPECT_EQ(html_metadata(with_meta({},
                                    "A\xC2\xA0\xC2\xA0"
                                    "B\xC2\xA0"))
                .title,
            "A B");
}

TEST(HtmlMetadataTest, OrganisationAndDatePrecedence) {
  const auto m = html_metadata(with_meta({{"author", "Writer"},
                                          {"publisher", "Pub"},
                                          {"dc.publisher", "DcPub"},
                                          {"og:site_name", "Site"},
                                          {"pubdate", "2001-01-01"},
                                          {"date", "June 2002"},
                                          {"citation_date", "not a date"}}));
  EXPECT_EQ(m.organisation, "Site");
  EXPECT_EQ(m.date, "2002-06");  // citation_date does not parse; date comes before pubdate
  EXPECT_EQ(html_metadata(with_meta({{"author", "Writer"}, {"publisher", "Pub"}})).organisation,
            "Pub");
  EXPECT_EQ(html_metadata(with_meta({{"author", "Writer"}})).organisation, "Writer");
  // The first tag of a name counts.
  EXPECT_EQ(html_metadata(with_meta({{"author", "First"}, {"author", "Second"}})).organisation,
            "First");
}

TEST(DocumentMetadataTest, HtmlMetaDateBeatsTheDatelineAndHeadBeatsTheText) {
  text::TextDocument doc = doc_of("# Text Title\n\nMarch 2011\n", text::Format::kHtml);
  doc.info = with_meta({{"dc.date", "2012-04-05"}, {"dc.publisher", "Org"}}, "Head Title");
  auto m = document_metadata(doc);
  EXPECT_EQ(m.title, "Head Title");
  EXPECT_EQ(m.organisation, "Org");
  EXPECT_EQ(m.date, "2012-04-05");
  doc.info = {};
  m = document_metadata(doc);
  EXPECT_EQ(m.title, "Text Title");
  EXPECT_EQ(m.organisation, "");
  EXPECT_EQ(m.date, "2011-03");
}

TEST(DocumentMetadataTest, PdfCreationDateIsOnlyAFallbackAfterTheDateline) {
  text::TextDocument doc = doc_of("Report Title\n\nMay 2015\n\nBody.\n", text::Format::kPdf);
  doc.info.title = "Microsoft Word - report.docx";
  doc.info.author = " Reef  Lab ";
  doc.info.creation_date = "D:20160102030405+01'00'";
  auto m = document_metadata(doc);
  EXPECT_EQ(m.title, "Report Title");  // the placeholder title is dropped
  EXPECT_EQ(m.organisation, "Reef Lab");
  EXPECT_EQ(m.date, "2015-05");
  doc.text = "Report Title\n\nBody.\n";
  doc.info.title = "Info Title";
  m = document_metadata(doc);
  EXPECT_EQ(m.title, "Info Title");
  EXPECT_EQ(m.date, "2016-01-02");
  doc.info.creation_date = "D:2016";  // too short to be a day
  EXPECT_EQ(document_metadata(doc).date, "");
}

TEST(DocumentMetadataTest, InfoOfPlainTextAndMarkdownIsIgnored) {
  for (auto format : {text::Format::kPlain, text::Format::kMarkdown}) {
    text::TextDocument doc = doc_of("Text Title\n", format);
    doc.info = with_meta({{"citation_title", "Meta"}}, "Info");
    doc.info.author = "Someone";
    doc.info.creation_date = "D:20200101";
    const auto m = document_metadata(doc);
    EXPECT_EQ(m.title, "Text Title");
    EXPECT_EQ(m.organisation, "");
    EXPECT_EQ(m.date, "");
  }
}

// The real reader on a fixture PDF, end to end: Info title (white space collapsed), author, and
// CreationDate as the date of a text with no dateline.
TEST(DocumentMetadataTest, PdfFixtureThroughTheReader) {
  std::string error;
  const auto doc =
      text::read_text_document(lattice::testing::fixture("text/with_info.pdf"), &error);
  ASSERT_TRUE(doc) << error;
  const auto m = document_metadata(*doc);
  EXPECT_EQ(m.title, "Shoals (and) Reefs");
  EXPECT_EQ(m.organisation, "Reef Lab");
  EXPECT_EQ(m.date, "2020-09-17");
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
    const auto m = document_metadata(doc_of(ss.str()));
    EXPECT_EQ(m.date, date) << file;
    EXPECT_FALSE(m.title.empty()) << file;
  }
}

}  // namespace
}  // namespace lattice::corpus
