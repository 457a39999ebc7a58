// Tests of the word lexer used by the claim finder: offsets, glue between tokens, abbreviations,
// digits, footnote markers and URLs.
#include "extract/claim_lexer.h"

#include <gtest/gtest.h>

namespace lattice::extract {
namespace {

std::vector<std::string> texts(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& t : lex(s, 0, s.size())) out.emplace_back(t.text);
  return out;
}

TEST(ClaimLexer, WordsNumbersSymbols) {
  EXPECT_EQ(texts("Japan's 1,200.5 ships, $3bn"),
            (std::vector<std::string>{"Japan's", "1,200.5", "ships", ",", "$", "3", "bn"}));
  EXPECT_EQ(texts("Tokyo\xE2\x80\x99s plan"),
            (std::vector<std::string>{"Tokyo\xE2\x80\x99s", "plan"}));
  EXPECT_EQ(texts("1,20 or 2,0000"),
            (std::vector<std::string>{"1", ",", "20", "or", "2", ",", "0000"}));
}

TEST(ClaimLexer, DottedAbbreviationsStayWhole) {
  EXPECT_EQ(texts("the U.S. and D.C. area"),
            (std::vector<std::string>{"the", "U.S.", "and", "D.C.", "area"}));
}

TEST(ClaimLexer, GlueAndLines) {
  const std::string s = "G7 and\n5 ships";
  const auto t = lex(s, 0, s.size());
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[1].kind, TokenKind::kNumber);
  EXPECT_FALSE(t[1].space_before);
  EXPECT_TRUE(t[3].newline_before);
  EXPECT_EQ(t[3].start, 7u);
  EXPECT_TRUE(t[0].newline_before);
}

TEST(ClaimLexer, FootnotesAndUrls) {
  const std::string s = "growth.\xC2\xB9 See https://x.org/2021/05 (www.y.org/3)";
  const auto t = lex(s, 0, s.size());
  ASSERT_GE(t.size(), 6u);
  EXPECT_EQ(t[2].kind, TokenKind::kFootnote);
  EXPECT_EQ(t[4].kind, TokenKind::kUrl);
  EXPECT_EQ(t[4].text, "https://x.org/2021/05");
  EXPECT_EQ(t[6].kind, TokenKind::kUrl);
  EXPECT_EQ(t[6].text, "www.y.org/3");
}

TEST(ClaimLexer, NoBreakSpaceSeparates) {
  EXPECT_EQ(texts("at\xC2\xA0"
                  "5"),
            (std::vector<std::string>{"at", "5"}));
}

TEST(ClaimLexer, RangeOffsets) {
  const std::string s = "xx 12 yy";
  const auto t = lex(s, 3, 5);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].start, 3u);
  EXPECT_EQ(t[0].text, "12");
}

}  // namespace
}  // namespace lattice::extract
