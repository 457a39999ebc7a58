// Tests of pdf_text on the fixtures of tests/fixtures/text (made by make_pdfs.py): reading order
// of two columns, running header and page numbers removed, hyphenation, footnote markers, and
// the errors for encrypted, textless, truncated, damaged and non-PDF input.
#include "text/pdf_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <string>
#include <utility>
#include <vector>

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

// The fixture cut every 97 bytes. Poppler rebuilds a missing cross-reference table by scanning
// the objects, but finds the catalog only through the trailer's "/Root 1 0 R" (bytes 3666-3676):
// a file cut before its end is "damaged PDF", one cut after it reads in full (what follows, the
// /ID, startxref and %%EOF, is not needed); the empty prefix has no "%PDF-" at all.
TEST(PdfReader, TruncatedPdfsNeitherCrashNorHang) {
  const std::string pdf = read_fixture("text/two_columns.pdf");
  ASSERT_GT(pdf.size(), 1000u);
  const size_t root = pdf.find("/Root 1 0 R");
  ASSERT_EQ(root, 3666u);
  size_t not_pdf = 0, damaged = 0, whole = 0;
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
    if (length == 0) {
      ++not_pdf;
      EXPECT_EQ(error, "not a PDF");
    } else if (length < root + std::string_view("/Root 1 0 R").size()) {
      ++damaged;
      EXPECT_FALSE(text) << length;
      EXPECT_EQ(error, "damaged PDF") << length;
    } else {
      ++whole;
      ASSERT_TRUE(text) << length << ": " << error;
      EXPECT_EQ(*text, kTwoColumnsText) << length;
    }
  }
  // Lengths 0, 97, ..., 3686: 37 cut before the trailer's /Root, one (3686) after it.
  EXPECT_EQ(not_pdf, 1u);
  EXPECT_EQ(damaged, 37u);
  EXPECT_EQ(whole, 1u);
}

// A byte flipped (XOR 0x5A) every 61 bytes of two_columns.pdf, one at a time. Every outcome is
// either text (UTF-8, ending in a newline) or one of the documented errors, and where the effect
// of the flip can be worked out from the file's structure it is checked exactly:
//  - a flip in the cross-reference table or the trailer (from "xref" on): poppler rebuilds the
//    table by scanning the objects, so the text is the original's;
//  - a flip inside the string of an ordinary line of body text (a 10- or 16-point Tj string at
//    no rise, holding no hyphen and not continuing a hyphenated line, so neither the running
//    header, page number and footnote marker nor the dehyphenation are involved) that turns one
//    printable character into another (no space, parenthesis, backslash or hyphen): the text is
//    the original's with that one character replaced (or, for a control character, which shows
//    nothing, removed);
//  - a flip in "1 0 obj" of the catalog (offset 20, "obj" -> "o8j"): the catalog is lost, and
//    with it every page: "damaged PDF".
TEST(PdfReader, CorruptedBytesDoNotCrash) {
  const std::string pdf = read_fixture("text/two_columns.pdf");
  ASSERT_EQ(pdf.size(), 3778u) << "the fixture made by make_pdfs.py";
  ASSERT_TRUE(pdf.starts_with("%PDF-1.4\n"));
  const auto original = pdf_text(pdf, nullptr);
  ASSERT_TRUE(original);
  ASSERT_EQ(*original, kTwoColumnsText);

  // The body-text strings, as [first, last) byte ranges.
  std::vector<std::pair<size_t, size_t>> body;
  const std::regex shown(R"(/F1 (\d+) Tf (-?\d+) Ts (?:\d+ \d+ Td )?\(([^()\\]*)\) Tj)");
  bool after_hyphen = false;
  for (auto it = std::sregex_iterator(pdf.begin(), pdf.end(), shown); it != std::sregex_iterator();
       ++it) {
    const std::string size = (*it)[1], rise = (*it)[2], string = (*it)[3];
    const bool ordinary = (size == "10" || size == "16") && rise == "0" &&
                          string.find('-') == std::string::npos && !after_hyphen;
    if (ordinary)
      body.emplace_back(static_cast<size_t>(it->position(3)),
                        static_cast<size_t>(it->position(3) + it->length(3)));
    after_hyphen = string.ends_with("-");
  }
  // Of the 43 strings, left out: 2 running headers, 2 page numbers and the footnote marker (9 and
  // 6 point), 7 with a hyphen ("cooper-", "U.S.-", "ADMM-", "self-", "cost-sharing", "cost-",
  // "co-") and the 6 that continue a hyphenated line.
  EXPECT_EQ(body.size(), 25u);
  const size_t xref = pdf.find("\nxref\n");
  ASSERT_NE(xref, std::string::npos);
  auto printable = [](char c) {
    return c > ' ' && c <= '~' && c != '(' && c != ')' && c != '\\' && c != '-';
  };

  size_t positions = 0, unchanged = 0, replaced = 0, dropped = 0, catalog = 0;
  for (size_t position = 20; position < pdf.size(); position += 61) {
    ++positions;
    std::string damaged = pdf;
    damaged[position] = static_cast<char>(damaged[position] ^ 0x5A);
    std::string error;
    const auto text = pdf_text(damaged, &error);
    SCOPED_TRACE(position);
    if (text) {
      EXPECT_TRUE(text->ends_with("\n"));
      EXPECT_TRUE(core::is_valid_utf8(*text));
    } else {
      EXPECT_TRUE(error == "not a PDF" || error.starts_with("damaged PDF") ||
                  error == "PDF has no text layer (scanned?)")
          << error;
    }
    const char was = pdf[position], now = damaged[position];
    const bool in_body = std::any_of(body.begin(), body.end(), [&](const auto& r) {
      return r.first <= position && position < r.second;
    });
    if (position > xref) {
      ++unchanged;
      ASSERT_TRUE(text) << error;
      EXPECT_EQ(*text, *original);
    } else if (in_body && (printable(was) || was == ' ') && printable(now)) {
      ++replaced;
      ASSERT_TRUE(text) << error;
      ASSERT_EQ(text->size(), original->size());
      std::vector<size_t> differ;
      for (size_t i = 0; i < text->size(); ++i)
        if ((*text)[i] != (*original)[i]) differ.push_back(i);
      ASSERT_EQ(differ.size(), 1u) << *text;
      EXPECT_EQ((*original)[differ[0]], was);
      EXPECT_EQ((*text)[differ[0]], now);
    } else if (in_body && printable(was) && static_cast<unsigned char>(now) < ' ') {
      ++dropped;
      ASSERT_TRUE(text) << error;
      std::string expected = *original;
      const size_t at = expected.find(pdf.substr(position, 8));
      ASSERT_NE(at, std::string::npos);
      expected.erase(at, 1);
      EXPECT_EQ(*text, expected);
    } else if (position == 20) {
      ++catalog;
      EXPECT_FALSE(text);
      EXPECT_EQ(error, "damaged PDF");
    }
  }
  // Offsets 20, 81, ..., 3741; the table and trailer start at offset 3478.
  EXPECT_EQ(positions, 62u);
  EXPECT_EQ(xref, 3477u);
  EXPECT_EQ(unchanged, 5u);  // 3497, 3558, 3619 (table), 3680, 3741 (trailer)
  // In body strings: 813 and 1179 (a space -> "z"), 1911 ("h" -> "2"), 2399 ("e" -> "?"), 2704
  // ("a" -> ";"), 2765 ("f" -> "<"), 3009 ("k" -> "1"), 3131 ("t" -> "."). 508 turns the "K" of
  // the title into a control character, which shows nothing. 1850 and 3070 ("r" -> "(") open a
  // nested string that swallows the operators after it: only required not to crash.
  EXPECT_EQ(replaced, 8u);
  EXPECT_EQ(dropped, 1u);
  EXPECT_EQ(catalog, 1u);

  // And before offset 20: "%PDF-" itself damaged is no PDF at all.
  std::string no_magic = pdf;
  no_magic[1] = static_cast<char>(no_magic[1] ^ 0x5A);
  std::string error;
  EXPECT_FALSE(pdf_text(no_magic, &error));
  EXPECT_EQ(error, "not a PDF");
}

}  // namespace
}  // namespace lattice::text
