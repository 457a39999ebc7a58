// Tests of html_visible_text: what is left out, paragraphs, headings, lists, tables, white space,
// entities and charsets, malformed markup and very deep nesting.
#include "text/html_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "core/text.h"
#include "test_support.h"

namespace lattice::text {
namespace {

// The bytes of a fixture; a missing or unreadable fixture is a test failure naming it.
std::string read_fixture(const std::string& rel) {
  std::ifstream in(lattice::testing::fixture(rel), std::ios::binary);
  if (!in) ADD_FAILURE() << "missing fixture " << lattice::testing::fixture(rel);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string visible(std::string_view html) {
  std::string error;
  const auto text = html_visible_text(html, &error);
  EXPECT_TRUE(text) << error;
  return text.value_or("<failed: " + error + ">");
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

TEST(HtmlReader, ArticleFixture) {
  EXPECT_EQ(visible(read_fixture("text/article.html")),
            "# Sharing the Load in the Pacific\n"
            "\n"
            "Allies agree on the goal but not on the bill & that gap keeps widening.\n"
            "\n"
            "A modest step would be a joint fund \xE2\x80\x94 about 1 percent of each budget.\n"
            "\n"
            "## What we recommend\n"
            "\n"
            "1. Publish the cost tables every year.\n"
            "\n"
            "2. Hold a ministers' review each spring.\n"
            "\n"
            "- Start small.\n"
            "\n"
            "- Measure results, not meetings.\n"
            "\n"
            "A sidebar fact: drills doubled since last year.\n"
            "\n"
            "  line one\n"
            "    line two\n"
            "\n"
            "Country | Share\n"
            "\n"
            "Japan | 1.0%\n"
            "\n"
            "Quoted\n"
            "\n"
            "on two lines.\n"
            "\n"
            "Article footnote stays.\n");
}

TEST(HtmlReader, LeavesOutNonContentElements) {
  const std::string text = visible(read_fixture("text/article.html"));
  for (const char* hidden :
       {"Page title", "font-family", "tracking", "Think Tank Home", "Subscribe", "Research",
        "Hidden draft", "Screen-reader", "Invisible", "Related links", "Email", "Sign up",
        "Enable scripts", "Template text", "Chart label", "Frame fallback", "Copyright"}) {
    EXPECT_FALSE(contains(text, hidden)) << hidden;
  }
}

TEST(HtmlReader, HeadingLevels) {
  EXPECT_EQ(visible("<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5>"
                    "<h6>Six</h6>"),
            "# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n");
  EXPECT_EQ(visible("<h2>  Spaced \n heading </h2><p>Body</p>"), "## Spaced heading\n\nBody\n");
  EXPECT_EQ(visible("<h2></h2><p>Empty headings leave nothing</p>"),
            "Empty headings leave nothing\n");
}

TEST(HtmlReader, ListsOrderedNestedAndNumbered) {
  EXPECT_EQ(visible("<ol start='3'><li>three</li><li value='7'>seven</li><li>eight</li></ol>"),
            "3. three\n\n7. seven\n\n8. eight\n");
  EXPECT_EQ(visible("<ul><li>outer<ul><li>inner</li></ul></li><li>next</li></ul>"),
            "- outer\n\n  - inner\n\n- next\n");
  EXPECT_EQ(visible("<li>stray item</li>"), "- stray item\n");
}

TEST(HtmlReader, WhiteSpaceCollapsesExceptInPre) {
  EXPECT_EQ(visible("<p>  many \t spaces\n\nand&nbsp;&nbsp;breaks  </p>"),
            "many spaces and breaks\n");
  EXPECT_EQ(visible("<p>a<b>b</b> <i>c</i></p>"), "ab c\n");
  EXPECT_EQ(visible("<pre>\ncode  keeps\n   its layout</pre><p>after</p>"),
            "code  keeps\n   its layout\n\nafter\n");
}

TEST(HtmlReader, BlocksBecomeParagraphs) {
  EXPECT_EQ(visible("<div>one<div>two</div>three</div><section>four</section>"),
            "one\n\ntwo\n\nthree\n\nfour\n");
  EXPECT_EQ(visible("first<br>second<br/><br/>third"), "first\n\nsecond\n\nthird\n");
  EXPECT_EQ(visible("<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>"),
            "a | b | c\n\nd\n");
}

TEST(HtmlReader, EntitiesAreDecoded) {
  EXPECT_EQ(visible("<p>&lt;tag&gt; &amp; &quot;q&quot; &#8364;5 &eacute; &#x2014;</p>"),
            "<tag> & \"q\" \xE2\x82\xAC"
            "5 \xC3\xA9 \xE2\x80\x94\n");
}

TEST(HtmlReader, HiddenElementVariants) {
  EXPECT_EQ(visible("<p hidden>a</p><p aria-hidden='TRUE'>b</p><p aria-hidden='false'>c</p>"
                    "<p style='display: none'>d</p><p style='visibility:hidden'>e</p>"
                    "<span style='display:inline'>f</span>"),
            "c\n\nf\n");
}

TEST(HtmlReader, PageHeaderAndFooterGoButArticleOnesStay) {
  EXPECT_EQ(visible("<body><header>Site</header><article><header>Byline</header>"
                    "<p>Text</p><footer>Notes</footer></article><footer>Legal</footer></body>"),
            "Byline\n\nText\n\nNotes\n");
  EXPECT_EQ(visible("<div role='navigation'>menu</div><div role='banner'>logo</div>"
                    "<aside role='navigation'>links</aside><aside>fact</aside>"),
            "fact\n");
}

TEST(HtmlReader, MetaCharsetIsHonoured) {
  EXPECT_EQ(visible(read_fixture("text/latin1.html")),
            "Caf\xC3\xA9 diplomacy in M\xC3\xBCnster, na\xC3\xAFve hopes.\n");
  EXPECT_EQ(visible("<html><body><p>Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve</p></body></html>"),
            "Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve\n");
}

TEST(HtmlReader, MalformedMarkupStillGivesTheText) {
  EXPECT_EQ(visible(read_fixture("text/malformed.html")),
            "First paragraph without a close\n"
            "\n"
            "Second bold and italic text\n"
            "\n"
            "Unclosed division with a span\n"
            "\n"
            "cell one | cell two\n"
            "\n"
            "Tail &amp text &unknownentity; <kept>\n");
  EXPECT_EQ(visible("</p></div>stray closers<p"), "stray closers\n");
  // libxml2 drops a "<" that starts no tag; the rest of the text survives.
  EXPECT_EQ(visible("<<<>>> and <3 more"), ">>> and <3 more\n");
}

TEST(HtmlReader, HundredThousandNestedElementsDoNotOverflowTheStack) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  EXPECT_EQ(visible(html), "deep text\n");

  std::string unclosed = "<body>";
  for (int i = 0; i < 100000; ++i) unclosed += "<span><b>";
  unclosed += "unclosed deep";
  EXPECT_EQ(visible(unclosed), "unclosed deep\n");
}

TEST(HtmlReader, DeepListsStayFast) {
  std::string html = "<ul>";
  for (int i = 0; i < 20000; ++i) html += "<div>";
  for (int i = 0; i < 20000; ++i) html += "<li>x</li>";
  const std::string text = visible(html);
  EXPECT_TRUE(text.starts_with("- x\n\n- x"));
}

TEST(HtmlReader, EmptyAndInvisibleInput) {
  std::string error;
  EXPECT_FALSE(html_visible_text("", &error));
  EXPECT_EQ(error, "empty HTML");
  EXPECT_EQ(visible("<script>x</script><style>p{}</style>"), "");
  EXPECT_EQ(visible("   "), "");
}

// Found by fuzz_text_readers: ill-formed UTF-8 inside an entity came out unconverted.
TEST(HtmlReader, OutputIsAlwaysWellFormedUtf8) {
  const std::string text = visible(read_fixture("text/crash_invalid_utf8.html"));
  EXPECT_TRUE(core::is_valid_utf8(text));
  EXPECT_NE(text.find("Tail &amp text"), std::string::npos);
  EXPECT_TRUE(core::is_valid_utf8(visible("<p>bad \xF4\xFF\xFF\xFF bytes \xC0</p>")));
}

// 5000 bytes stepping by 7919 = 239 (mod 256), i.e. by -17: every byte value 0-255 occurs, the
// first is NUL. It holds no markup: "<" (0x3C) is always followed by "+" (0x2B) and "&" (0x26) by
// 0x15, so no tag, comment or entity starts. It is not UTF-8 (0xEF is followed by 0xDE) and
// declares no charset, so libxml2 reads it as Latin-1. The visible text is therefore the bytes
// as Latin-1 characters in UTF-8, with NUL and the other C0 controls but tab, LF and CR left out,
// white space (space, tab, LF, CR, no-break space) collapsed to single spaces and trimmed, and a
// final newline.
TEST(HtmlReader, BinaryGarbageDoesNotCrash) {
  std::string garbage;
  for (int i = 0; i < 5000; ++i) garbage += static_cast<char>((i * 7919) % 256);
  std::string expected;
  bool space = false;
  for (char c : garbage) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') continue;
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0xA0) {
      space = !expected.empty();
      continue;
    }
    if (space) expected += ' ';
    space = false;
    if (b < 0x80) {
      expected += static_cast<char>(b);
    } else {  // U+0080-U+00FF: two bytes, 110000xx 10xxxxxx
      expected += static_cast<char>(0xC0 | (b >> 6));
      expected += static_cast<char>(0x80 | (b & 0x3F));
    }
  }
  expected += '\n';
  // Each byte value occurs 19 or 20 times (5000 = 19 * 256 + 136): 20 NUL and 549 other controls
  // are dropped, white space collapses, and the 2476 bytes >= 0x80 other than NBSP take two bytes
  // each.
  ASSERT_EQ(expected.size(), 6907u);

  std::string error;
  const auto text = html_visible_text(garbage, &error);
  ASSERT_TRUE(text) << error;
  EXPECT_EQ(*text, expected);
  EXPECT_TRUE(core::is_valid_utf8(*text));
  EXPECT_TRUE(text->empty() || text->back() == '\n');
}

// Found by tightening BinaryGarbageDoesNotCrash: libxml2 ended the page at the first NUL byte, so
// a page starting with one came out empty and one with a NUL in the middle lost its end. The HTML
// standard ignores U+0000; UTF-16 and UTF-32 pages (with a byte-order mark) keep their zeros.
TEST(HtmlReader, NulBytesAreIgnoredNotTheEndOfThePage) {
  using namespace std::string_literals;
  EXPECT_EQ(visible("\0<p>Hello</p>"s), "Hello\n");
  EXPECT_EQ(visible("<p>Hi</p>\0<p>The\0re</p>"s), "Hi\n\nThere\n");
  EXPECT_EQ(visible("\xFF\xFE<\0p\0>\0H\0i\0<\0/\0p\0>\0"s), "Hi\n");  // UTF-16LE
  EXPECT_EQ(visible("\xFE\xFF\0<\0p\0>\0H\0i\0<\0/\0p\0>"s), "Hi\n");  // UTF-16BE
  std::string error;
  EXPECT_FALSE(html_visible_text("\0\0"s, &error));
  EXPECT_EQ(error, "empty HTML");
}

}  // namespace
}  // namespace lattice::text
