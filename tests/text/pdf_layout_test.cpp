// Tests of lay_out_pdf_pages on hand-placed words: lines, paragraphs, columns, running headers
// and page numbers, footnote markers and the hyphenation rules, without poppler.
#include "text/pdf_layout.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace lattice::text {
namespace {

constexpr double kPageWidth = 612, kPageHeight = 792;

// Appends the words of text to page as one line starting at x with its top at y.
void add_line(PdfPage& page, const std::string& text, double x, double y, double size = 10) {
  std::istringstream words(text);
  std::string word;
  while (words >> word) {
    const double width = 0.5 * size * static_cast<double>(word.size());
    page.words.push_back({word, x, y, x + width, y + size, size, true});
    x += width + 0.28 * size;
  }
  if (!page.words.empty()) page.words.back().space_after = false;
}

PdfPage empty_page() {
  PdfPage page;
  page.width = kPageWidth;
  page.height = kPageHeight;
  return page;
}

// A page of body lines at 13 pt leading from y = 100.
PdfPage page_of(const std::vector<std::string>& lines) {
  PdfPage page = empty_page();
  double y = 100;
  for (const std::string& line : lines) {
    add_line(page, line, 72, y);
    y += 13;
  }
  return page;
}

std::string lay_out(const std::vector<PdfPage>& pages) {
  return lay_out_pdf_pages(pages);
}

TEST(PdfLayout, LinesOfAParagraphJoinWithSpaces) {
  EXPECT_EQ(lay_out({page_of({"The allies meet", "every spring in", "Tokyo."})}),
            "The allies meet every spring in Tokyo.\n");
}

TEST(PdfLayout, ParagraphGapAndFontSizeChangeStartParagraphs) {
  PdfPage page = empty_page();
  add_line(page, "A Heading", 72, 80, 16);
  add_line(page, "First paragraph line", 72, 110);
  add_line(page, "continues here.", 72, 123);
  add_line(page, "Second paragraph", 72, 145);
  add_line(page, "after a gap.", 72, 158);
  add_line(page, "Still second.", 72, 171);
  EXPECT_EQ(lay_out({page}),
            "A Heading\n\nFirst paragraph line continues here.\n\n"
            "Second paragraph after a gap. Still second.\n");
}

TEST(PdfLayout, WordsAreOrderedLeftToRightWhateverTheInputOrder) {
  PdfPage page = page_of({"one two three"});
  std::swap(page.words[0], page.words[2]);
  EXPECT_EQ(lay_out({page}), "one two three\n");
}

TEST(PdfLayout, TwoColumnsReadLeftThenRightWithSpanningTitle) {
  PdfPage page = empty_page();
  add_line(page, "A Title Across Both Columns Of The Page", 150, 100, 16);
  for (int i = 0; i < 4; ++i) {
    const double y = 140 + 13.0 * i;
    add_line(page, "left column line " + std::to_string(i) + " with enough words", 72, y);
    add_line(page, "right column line " + std::to_string(i) + " holds more words", 320, y);
  }
  add_line(page, "A closing note that runs under both of the columns at the foot of the page.", 72,
           300);
  EXPECT_EQ(lay_out({page}),
            "A Title Across Both Columns Of The Page\n\n"
            "left column line 0 with enough words left column line 1 with enough words left "
            "column line 2 with enough words left column line 3 with enough words right column "
            "line 0 holds more words right column line 1 holds more words right column line 2 "
            "holds more words right column line 3 holds more words\n\n"
            "A closing note that runs under both of the columns at the foot of the page.\n");
}

TEST(PdfLayout, ThreeColumns) {
  PdfPage page = empty_page();
  for (int i = 0; i < 5; ++i) {
    const double y = 100 + 13.0 * i;
    add_line(page, "first column " + std::to_string(i), 72, y);
    add_line(page, "second column " + std::to_string(i), 250, y);
    add_line(page, "third column " + std::to_string(i), 430, y);
  }
  const std::string text = lay_out({page});
  EXPECT_TRUE(text.starts_with("first column 0 first column 1")) << text;
  EXPECT_LT(text.find("first column 4"), text.find("second column 0")) << text;
  EXPECT_LT(text.find("second column 4"), text.find("third column 0")) << text;
}

TEST(PdfLayout, RunningHeadersRepeatingOnHalfThePagesAreRemoved) {
  std::vector<PdfPage> pages;
  for (int i = 1; i <= 4; ++i) {
    PdfPage page = page_of({"Body text of page " + std::to_string(i) + "."});
    add_line(page, "Alliance Review 2026 | Issue " + std::to_string(i), 200, 30, 9);
    add_line(page, "Draft", 300, 760, 9);  // only on the first page: kept
    if (i > 1) page.words.pop_back();
    pages.push_back(page);
  }
  EXPECT_EQ(lay_out(pages),
            "Body text of page 1.\n\nDraft\n\nBody text of page 2.\n\n"
            "Body text of page 3.\n\nBody text of page 4.\n");
}

TEST(PdfLayout, BarePageNumbersInTheMarginsAreRemoved) {
  const std::vector<std::string> numbers = {
      "12", "Page 3", "- 4 -", "\xE2\x80\x94 5 \xE2\x80\x94", "xiv", "6 of 40", "p. 7"};
  for (const std::string& number : numbers) {
    PdfPage page = page_of({"Only body text here."});
    add_line(page, number, 300, 760, 9);
    EXPECT_EQ(lay_out({page}), "Only body text here.\n") << number;
  }
  // In the body, a number is text.
  PdfPage page = page_of({"The count:", "", "12"});
  EXPECT_NE(lay_out({page}).find("12"), std::string::npos);
  // Words that merely look roman stay.
  PdfPage civil = page_of({"Only body text here."});
  add_line(civil, "civil", 300, 760, 9);
  EXPECT_NE(lay_out({civil}).find("civil"), std::string::npos);
}

TEST(PdfLayout, FootnoteMarkersGetACaret) {
  PdfPage page = empty_page();
  add_line(page, "The alliance", 72, 100);
  // "12" at 6 pt, raised: its bottom well above the line's.
  page.words.back().space_after = false;
  const double x = page.words.back().x1;
  page.words.push_back({"12", x + 0.5, 97, x + 6.5, 103, 6, true});
  add_line(page, "endures in 2026.", x + 10, 100);
  EXPECT_EQ(lay_out({page}), "The alliance^12 endures in 2026.\n");
}

TEST(PdfLayout, SameSizeNumbersAreNotMarkers) {
  EXPECT_EQ(lay_out({page_of({"Spending rose 2 percent in 2021."})}),
            "Spending rose 2 percent in 2021.\n");
}

TEST(PdfLayout, SmallLowerNumbersAreNotMarkers) {
  PdfPage page = empty_page();
  add_line(page, "Water is H", 72, 100);
  page.words.back().space_after = false;
  const double x = page.words.back().x1;
  page.words.push_back({"2", x + 0.5, 104, x + 3.5, 110, 6, true});  // subscript: lowered
  add_line(page, "O.", x + 5, 100);
  EXPECT_EQ(lay_out({page}), "Water is H2 O.\n");
}

struct HyphenCase {
  const char* first_line;
  const char* second_line;
  const char* expected;
};

TEST(PdfLayout, EndOfLineHyphenation) {
  const HyphenCase cases[] = {
      {"routine cooper-", "ation today", "routine cooperation today"},
      {"the U.S.-", "Japan pact", "the U.S.-Japan pact"},
      {"the U.S.-", "led effort", "the U.S.-led effort"},
      {"the ADMM-", "Plus format", "the ADMM-Plus format"},
      {"collective self-", "defense matters", "collective self-defense matters"},
      {"the COVID-", "19 response", "the COVID-19 response"},
      {"a state-of-", "the-art radar", "a state-of-the-art radar"},
      {"a well-", "funded plan", "a well-funded plan"},
      {"a non-", "binding pledge", "a non-binding pledge"},
      {"the Indo-", "Pacific region", "the Indo-Pacific region"},
      {"prices were low-", "er than", "prices were lower than"},
      {"a pledge\xE2\x80\x94", "and a plan",
       "a pledge\xE2\x80\x94"
       "and a plan"},
      {"from 1990\xE2\x80\x93", "2000 onward",
       "from 1990\xE2\x80\x93"
       "2000 onward"},
      {"yes -", "a spaced dash", "yes - a spaced dash"},
  };
  for (const HyphenCase& c : cases) {
    EXPECT_EQ(lay_out({page_of({c.first_line, c.second_line})}), std::string(c.expected) + "\n")
        << c.first_line << " / " << c.second_line;
  }
}

TEST(PdfLayout, HyphenationFollowsTheDocumentsOwnSpelling) {
  // "burden-sharing" is written with its hyphen elsewhere: the line-end hyphen stays.
  EXPECT_EQ(lay_out({page_of({"fair burden-sharing now; more burden-", "sharing later"})}),
            "fair burden-sharing now; more burden-sharing later\n");
  // "cooperation" is written whole elsewhere: "co-" + "operation" joins despite the prefix.
  EXPECT_EQ(lay_out({page_of({"cooperation grows; co-", "operation helps"})}),
            "cooperation grows; cooperation helps\n");
}

TEST(PdfLayout, ParagraphContinuesAcrossPages) {
  PdfPage first = page_of({"The sentence runs on", "to the next page and"});
  PdfPage second = page_of({"ends here.", "", "", "A new paragraph."});
  PdfPage third = page_of({"Capitalised start after a full stop."});
  EXPECT_EQ(lay_out({first, second, third}),
            "The sentence runs on to the next page and ends here.\n\nA new paragraph.\n\n"
            "Capitalised start after a full stop.\n");
  PdfPage hyphen = page_of({"split across pages by cooper-"});
  PdfPage rest = page_of({"ation works."});
  EXPECT_EQ(lay_out({hyphen, rest}), "split across pages by cooperation works.\n");
}

TEST(PdfLayout, LigaturesSoftHyphensAndControlCharacters) {
  EXPECT_EQ(lay_out({page_of({"e\xEF\xAC\x83"
                              "cient o\xEF\xAC\x83"
                              "ce \xEF\xAC\x81"
                              "nal "
                              "re\xC2\xAD"
                              "port a\x01z"})}),
            "efficient office final report az\n");
}

TEST(PdfLayout, RotatedWordsComeAfterThePage) {
  PdfPage page = page_of({"Body."});
  page.rotated_words = {"margin", "stamp"};
  EXPECT_EQ(lay_out({page}), "Body.\n\nmargin stamp\n");
}

TEST(PdfLayout, EmptyAndNonFiniteInput) {
  EXPECT_EQ(lay_out({}), "");
  EXPECT_EQ(lay_out({empty_page()}), "");
  PdfPage page = page_of({"kept words"});
  const double nan = std::numeric_limits<double>::quiet_NaN();
  page.words.push_back({"dropped", nan, 100, 10, 110, 10, true});
  page.words.push_back({"huge", 1e300, 100, 1e301, 110, 10, true});
  page.words.push_back({"", 72, 100, 80, 110, 10, true});
  PdfPage unknown_size;  // no page size, no font sizes
  unknown_size.words.push_back({"Sizeless.", 10, 10, 50, 20, 0, true});
  EXPECT_EQ(lay_out({page, unknown_size}), "kept words\n\nSizeless.\n");
}

TEST(PdfLayout, ManyWordsStayFast) {
  PdfPage page = empty_page();
  for (int line = 0; line < 2000; ++line) {
    add_line(page, "alpha beta gamma delta epsilon zeta eta theta iota kappa", 72,
             10.0 + 13.0 * line);
    add_line(page, "lambda mu nu xi omicron pi rho sigma tau upsilon", 360, 10.0 + 13.0 * line);
  }
  const std::string text = lay_out({page});
  EXPECT_TRUE(text.starts_with("alpha beta"));
  // Read as columns: the left column's lines follow each other, then the right column starts.
  EXPECT_NE(text.find("kappa alpha"), std::string::npos);
  const size_t switch_over = text.find("kappa lambda");
  ASSERT_NE(switch_over, std::string::npos);
  EXPECT_EQ(text.find("kappa lambda", switch_over + 1), std::string::npos);
}

}  // namespace
}  // namespace lattice::text
