// Tests of the DocumentInfo the HTML reader fills from libxml2's DOM: the head's first <title>
// and its <meta> tags with a name or property (names lower-cased, entities decoded, document
// order), and the canonical text unchanged by asking for it. Inputs are small invented pages.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "core/text.h"
#include "test_support.h"
#include "text/html_reader.h"

namespace lattice::text {
namespace {

DocumentInfo head_of(std::string_view html) {
  DocumentInfo info;
  std::string error;
  EXPECT_TRUE(html_visible_text(html, &error, &info)) << error;
  return info;
}

TEST(HtmlHeadInfo, TitleAndMetaTagsInOrderWithEntitiesDecoded) {
  const DocumentInfo info = head_of(
      "<!doctype html><html><head><meta charset=\"utf-8\"><title>Ports &amp; Straits\n"
      "  &#x201C;Rim&#x201D;</title>"
      "<META NAME=\"Citation_Title\" CONTENT=\"Reefs &lt;and&gt; Shoals\">"
      "<meta property='OG:Site_Name' content='Lagoon Forum'>"
      "<meta name=dc.date content=2019/05/06>"
      "<meta http-equiv=\"refresh\" content=\"30\">"
      "<meta name=\"author\" content=\"A. &#233;ditrice &#38; B.\">"
      "<meta name=\"keywords\">"
      "</head><body><h1>Visible</h1></body></html>");
  EXPECT_EQ(info.title, "Ports & Straits\n  \xE2\x80\x9CRim\xE2\x80\x9D");
  ASSERT_EQ(info.meta.size(), 5u);
  EXPECT_EQ(info.meta[0].name, "citation_title");
  EXPECT_EQ(info.meta[0].content, "Reefs <and> Shoals");
  EXPECT_EQ(info.meta[1].name, "og:site_name");
  EXPECT_EQ(info.meta[1].content, "Lagoon Forum");
  EXPECT_EQ(info.meta[2].name, "dc.date");
  EXPECT_EQ(info.meta[2].content, "2019/05/06");
  EXPECT_EQ(info.meta[3].name, "author");
  EXPECT_EQ(info.meta[3].content,
            "A. \xC3\xA9"
            "ditrice & B.");
  EXPECT_EQ(info.meta[4].name, "keywords");
  EXPECT_EQ(info.meta[4].content, "");
  EXPECT_TRUE(info.author.empty());
  EXPECT_TRUE(info.creation_date.empty());
}

TEST(HtmlHeadInfo, NameIsPreferredToProperty) {
  const DocumentInfo info = head_of(
      "<head><meta property=\"og:title\" name=\"twitter:title\" content=\"x\"></head>"
      "<p>text</p>");
  ASSERT_EQ(info.meta.size(), 1u);
  EXPECT_EQ(info.meta[0].name, "twitter:title");
}

TEST(HtmlHeadInfo, OnlyTheFirstTitleOfTheHeadCounts) {
  // libxml2 puts a title and meta tags written before the body into an implied head.
  EXPECT_EQ(head_of("<title>First</title><title>Second</title><p>text</p>").title, "First");
  EXPECT_EQ(head_of("<meta name=author content=Me><p>text</p>").meta.size(), 1u);
  // A title inside the body (an SVG's tooltip) is not the page's title.
  const DocumentInfo info = head_of(
      "<html><head></head><body><svg><title>Tooltip</title></svg><p>text</p></body></html>");
  EXPECT_EQ(info.title, "");
  EXPECT_TRUE(info.meta.empty());
}

TEST(HtmlHeadInfo, CharacterReferencesAndBytesUtf8CannotHoldStayValidUtf8) {
  // libxml2 drops references to surrogates and beyond U+10FFFF, as it does in the body text.
  const DocumentInfo info = head_of(
      "<head><title>a&#xD800;b&#56320;c&#x110000;d &#x1F600;</title>"
      "<meta name=\"n\xFF\" content=\"v\xC3\"></head><p>text</p>");
  EXPECT_EQ(info.title, "abcd \xF0\x9F\x98\x80");
  ASSERT_EQ(info.meta.size(), 1u);
  EXPECT_TRUE(core::is_valid_utf8(info.meta[0].name)) << info.meta[0].name;
  EXPECT_TRUE(core::is_valid_utf8(info.meta[0].content)) << info.meta[0].content;
}

TEST(HtmlHeadInfo, CanonicalTextIsTheSameWithOrWithoutInfo) {
  std::ifstream in(lattice::testing::fixture("text/article.html"), std::ios::binary);
  ASSERT_TRUE(in);
  const std::string html(std::istreambuf_iterator<char>(in), {});
  DocumentInfo info;
  info.title = "stale";
  info.meta.push_back({"stale", "stale"});
  const auto with_info = html_visible_text(html, nullptr, &info);
  const auto without = html_visible_text(html, nullptr);
  ASSERT_TRUE(with_info && without);
  EXPECT_EQ(*with_info, *without);
  EXPECT_EQ(info.title, "Page title that is not shown");
  EXPECT_TRUE(info.meta.empty());  // its only meta tag is charset=
}

TEST(HtmlHeadInfo, ClearedWhenThePageCannotBeRead) {
  DocumentInfo info;
  info.title = "stale";
  EXPECT_FALSE(html_visible_text("", nullptr, &info));
  EXPECT_EQ(info.title, "");
}

}  // namespace
}  // namespace lattice::text
