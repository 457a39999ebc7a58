#include "core/text.h"

#include <gtest/gtest.h>

namespace lattice::core {
namespace {

TEST(TextTest, ToLowerTouchesOnlyAscii) {
  EXPECT_EQ(to_lower("ASEAN Regional Forum"), "asean regional forum");
  EXPECT_EQ(to_lower("\xC3\x89TAT"), "\xC3\x89tat");  // É unchanged
}

TEST(TextTest, OneByteAndCaseInsensitiveComparisons) {
  EXPECT_EQ(to_lower('Q'), 'q');
  EXPECT_EQ(to_lower('q'), 'q');
  EXPECT_EQ(to_lower('@'), '@');  // the byte before 'A'
  EXPECT_EQ(to_lower('['), '[');  // the byte after 'Z'
  EXPECT_EQ(to_lower('\xC3'), '\xC3');
  static_assert(to_lower('Z') == 'z');
  EXPECT_TRUE(equals_lower("HTTP", "http"));
  EXPECT_TRUE(equals_lower("", ""));
  EXPECT_FALSE(equals_lower("HTTPS", "http"));
  EXPECT_FALSE(equals_lower("http", "HTTP"));  // the second text must be lower case
  EXPECT_TRUE(starts_with_lower("WWW.example", "www."));
  EXPECT_FALSE(starts_with_lower("WW", "www."));
  EXPECT_TRUE(starts_with_lower("anything", ""));
}

TEST(TextTest, FoldNameNormalisesCaseSpaceApostrophesAndThe) {
  EXPECT_EQ(fold_name("  The   Coral\tSea  Forum "), "coral sea forum");
  EXPECT_EQ(fold_name("THE QUAD"), "quad");
  EXPECT_EQ(fold_name("People\xE2\x80\x99s Republic"), "people's republic");  // U+2019
  EXPECT_EQ(fold_name("\xE2\x80\x98quoted"), "'quoted");                      // U+2018
  EXPECT_EQ(fold_name("theory"), "theory");  // only a leading word "the " is dropped
  EXPECT_EQ(fold_name("Mother of the Nation"), "mother of the nation");
  EXPECT_EQ(fold_name(""), "");
}

TEST(TextTest, TrimAndSplit) {
  EXPECT_EQ(trim(" \t a b \r\n"), "a b");
  EXPECT_EQ(trim("   "), "");
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(split("a;b;;c", ';'), (std::vector<std::string>{"a", "b", "", "c"}));
  EXPECT_EQ(split("", ';'), (std::vector<std::string>{""}));
  EXPECT_EQ(split("x;", ';'), (std::vector<std::string>{"x", ""}));
}

TEST(TextTest, Utf8ValidityAndOffsetOfFirstBadByte) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("T\xC5\x8Dky\xC5\x8D \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x8C\x8F"));
  size_t at = 999;
  EXPECT_FALSE(is_valid_utf8("abc\xFF", &at));
  EXPECT_EQ(at, 3u);
  EXPECT_FALSE(is_valid_utf8("ab\xC3", &at));  // truncated sequence
  EXPECT_EQ(at, 2u);
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF", &at));  // overlong '/'
  EXPECT_EQ(at, 0u);
  EXPECT_FALSE(is_valid_utf8("x\xED\xA0\x80", &at));  // UTF-16 surrogate
  EXPECT_EQ(at, 1u);
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\x80"));              // lone continuation byte
  EXPECT_FALSE(is_valid_utf8("\xE6\x9D"));          // truncated at end
}

TEST(TextTest, EditDistanceAndCap) {
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("same", "same"), 0u);
  EXPECT_EQ(edit_distance("quad", "qaud"), 1u);
  EXPECT_EQ(edit_distance("abcdefgh", "zzzzzzzz", 2), 3u);  // capped: cap + 1
  EXPECT_EQ(edit_distance("a", "abcdefgh", 3), 4u);
}

TEST(TextTest, ClosestMatchSuggestsOnlyPlausibleTypos) {
  const std::vector<std::string> roles = {"founding_member", "member", "signatory", "observer"};
  EXPECT_EQ(closest_match("membr", roles), "member");
  EXPECT_EQ(closest_match("Signatry", roles), "signatory");
  EXPECT_EQ(closest_match("ally", roles), "");
  EXPECT_EQ(closest_match("", roles), "");
  EXPECT_EQ(closest_match("member", {}), "");
}

TEST(TextTest, ValidIds) {
  EXPECT_TRUE(is_valid_id("usa"));
  EXPECT_TRUE(is_valid_id("us_japan_1960_art5"));
  EXPECT_FALSE(is_valid_id(""));
  EXPECT_FALSE(is_valid_id("USA"));
  EXPECT_FALSE(is_valid_id("1960_treaty"));
  EXPECT_FALSE(is_valid_id("_x"));
  EXPECT_FALSE(is_valid_id("a-b"));
  EXPECT_FALSE(is_valid_id("a b"));
  EXPECT_FALSE(is_valid_id(std::string(129, 'a')));
  EXPECT_TRUE(is_valid_id(std::string(128, 'a')));
}

}  // namespace
}  // namespace lattice::core

namespace lattice::core {
namespace {

// One escaping for HTML and XML (the report and the GraphML files).
TEST(MarkupEscape, EscapesTheFiveMarkupCharacters) {
  EXPECT_EQ(markup_escape("a&b <c> \"d\" 'e'"), "a&amp;b &lt;c&gt; &quot;d&quot; &#39;e&#39;");
  EXPECT_EQ(markup_escape("Japan\u2019s"), "Japan\u2019s");
  EXPECT_EQ(markup_escape(""), "");
}

}  // namespace
}  // namespace lattice::core

namespace lattice::core {
namespace {

TEST(Join, PutsTheSeparatorBetweenItemsOnly) {
  EXPECT_EQ(join({}, ", "), "");
  EXPECT_EQ(join({"a"}, ", "), "a");
  EXPECT_EQ(join({"a", "", "c"}, ","), "a,,c");
  EXPECT_EQ(join({"quad", "asean"}, ", "), "quad, asean");
}

}  // namespace
}  // namespace lattice::core
