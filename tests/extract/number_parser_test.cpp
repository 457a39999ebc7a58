// Tests of the number grammar used by the claim finder: digits, words, scales, vague magnitudes
// and what is not a cardinal number.
#include "extract/number_parser.h"

#include <gtest/gtest.h>

namespace lattice::extract {
namespace {

// Parses the number at the start of s; returns its value, or -1 when there is none, and the
// number of bytes it covers in *bytes.
double value_of(std::string_view s, size_t* bytes = nullptr) {
  const auto toks = lex(s, 0, s.size());
  const auto n = parse_number(toks, 0);
  if (!n) return -1;
  if (bytes) *bytes = toks[n->end - 1].end;
  return n->value;
}

TEST(ClaimNumberParser, Digits) {
  EXPECT_EQ(value_of("7 ships"), 7);
  EXPECT_EQ(value_of("1,200 troops"), 1200);
  EXPECT_EQ(value_of("12,345,678"), 12345678);
  EXPECT_DOUBLE_EQ(value_of("3.5 percent"), 3.5);
  EXPECT_DOUBLE_EQ(digits_value("0.25"), 0.25);
}

TEST(ClaimNumberParser, DigitsWithScale) {
  EXPECT_DOUBLE_EQ(value_of("3.5 million people"), 3.5e6);
  EXPECT_DOUBLE_EQ(value_of("25 trillion"), 2.5e13);
  EXPECT_DOUBLE_EQ(value_of("2 hundred"), 200);
}

TEST(ClaimNumberParser, Words) {
  EXPECT_EQ(value_of("seven"), 7);
  EXPECT_EQ(value_of("Nineteen"), 19);
  EXPECT_EQ(value_of("twenty-five years"), 25);
  EXPECT_EQ(value_of("forty two"), 42);
  EXPECT_EQ(value_of("two hundred and ten"), 210);
  EXPECT_EQ(value_of("three hundred"), 300);
  EXPECT_EQ(value_of("a dozen"), 12);
  EXPECT_EQ(value_of("two dozen"), 24);
  EXPECT_DOUBLE_EQ(value_of("two and a half years"), 2.5);
  EXPECT_DOUBLE_EQ(value_of("a million"), 1e6);
  EXPECT_DOUBLE_EQ(value_of("half a million"), 5e5);
  EXPECT_DOUBLE_EQ(value_of("four billion"), 4e9);
}

TEST(ClaimNumberParser, VagueMagnitudes) {
  const std::string s = "hundreds of thousands of troops";
  const auto toks = lex(s, 0, s.size());
  const auto n = parse_number(toks, 0);
  ASSERT_TRUE(n);
  EXPECT_TRUE(n->vague);
  EXPECT_DOUBLE_EQ(n->value, 1e5);
  EXPECT_EQ(toks[n->end].text, "of");
  EXPECT_DOUBLE_EQ(value_of("millions of dollars"), 1e6);
  EXPECT_EQ(value_of("tens of"), -1);  // needs a magnitude after it
}

TEST(ClaimNumberParser, NotCardinals) {
  EXPECT_EQ(value_of("second"), -1);
  EXPECT_EQ(value_of("first"), -1);
  EXPECT_EQ(value_of("a number of"), -1);
  EXPECT_EQ(value_of("half of them"), -1);
  size_t bytes = 0;
  EXPECT_EQ(value_of("twenty-first", &bytes), 20);  // the caller rejects the glued "-first"
  EXPECT_EQ(bytes, 6u);
}

TEST(ClaimNumberParser, WordHelpers) {
  EXPECT_EQ(number_word_value("ninety"), 90);
  EXPECT_EQ(number_word_value("Twelve"), 12);
  EXPECT_EQ(number_word_value("dozen"), -1);
  EXPECT_EQ(scale_word_value("Billion"), 1e9);
  EXPECT_EQ(scale_word_value("bn"), 0);
}

}  // namespace
}  // namespace lattice::extract
