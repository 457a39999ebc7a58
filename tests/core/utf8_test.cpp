// The one UTF-8 decoder and encoder: shortest forms only, no surrogates, nothing above U+10FFFF;
// what cannot be encoded becomes U+FFFD.
#include "core/utf8.h"

#include <gtest/gtest.h>

#include "core/text.h"

namespace lattice::core {
namespace {

TEST(Utf8, DecodesEachLengthAndItsLimits) {
  struct Case {
    std::string bytes;
    char32_t cp;
  };
  for (const Case& c :
       {Case{"A", 0x41}, Case{"\x7F", 0x7F}, Case{"\xC2\x80", 0x80}, Case{"\xC3\xBC", 0xFC},
        Case{"\xDF\xBF", 0x7FF}, Case{"\xE0\xA0\x80", 0x800}, Case{"\xE2\x80\x94", 0x2014},
        Case{"\xEF\xBF\xBD", 0xFFFD}, Case{"\xF0\x90\x80\x80", 0x10000},
        Case{"\xF4\x8F\xBF\xBF", 0x10FFFF}}) {
    char32_t cp = 0;
    size_t len = 0;
    ASSERT_TRUE(decode_utf8(c.bytes, 0, &cp, &len)) << c.bytes;
    EXPECT_EQ(cp, c.cp);
    EXPECT_EQ(len, c.bytes.size());
    std::string back;
    append_utf8(back, c.cp);
    EXPECT_EQ(back, c.bytes);
  }
}

TEST(Utf8, RejectsWhatIsNotWellFormed) {
  char32_t cp = 0x41;
  size_t len = 7;
  for (const std::string& bad :
       {std::string("\x80"), std::string("\xC0\xAF"), std::string("\xC1\xBF"),  // overlong
        std::string("\xE0\x9F\xBF"), std::string("\xF0\x8F\xBF\xBF"),           // overlong
        std::string("\xED\xA0\x80"),                                            // surrogate
        std::string("\xF4\x90\x80\x80"), std::string("\xF5\x80\x80\x80"),       // > U+10FFFF
        std::string("\xE2\x80"), std::string("\xC3"), std::string("\xE2\x28\xA1"), std::string()}) {
    EXPECT_FALSE(decode_utf8(bad, 0, &cp, &len)) << ::testing::PrintToString(bad);
  }
  EXPECT_EQ(cp, 0x41u);  // untouched on failure
  EXPECT_EQ(len, 7u);
  EXPECT_FALSE(decode_utf8("A", 1, &cp, &len));  // past the end
}

TEST(Utf8, UnencodableCodePointsBecomeReplacementCharacter) {
  std::string out;
  append_utf8(out, 0xD800);
  append_utf8(out, 0xDFFF);
  append_utf8(out, 0x110000);
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Utf8, ValidationReportsTheFirstBadByte) {
  size_t offset = 99;
  EXPECT_TRUE(is_valid_utf8("Ok \xE2\x80\x94 fine", &offset));
  EXPECT_EQ(offset, 99u);
  EXPECT_FALSE(is_valid_utf8("ab\xE2\x80x", &offset));
  EXPECT_EQ(offset, 2u);
  EXPECT_FALSE(is_valid_utf8("abc\xED\xA0\x80", &offset));
  EXPECT_EQ(offset, 3u);
}

TEST(Utf8, SequenceLengthFromTheLeadByte) {
  EXPECT_EQ(utf8_sequence_length('A'), 1u);
  EXPECT_EQ(utf8_sequence_length(0x80), 1u);  // a continuation byte steps by one
  EXPECT_EQ(utf8_sequence_length(0xC3), 2u);
  EXPECT_EQ(utf8_sequence_length(0xE2), 3u);
  EXPECT_EQ(utf8_sequence_length(0xF0), 4u);
  EXPECT_TRUE(is_utf8_continuation(0xBF));
  EXPECT_FALSE(is_utf8_continuation(0xC3));
  EXPECT_FALSE(is_utf8_continuation('a'));
}

TEST(Utf8, CountsCodePointsNotBytes) {
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("Japan"), 5u);
  EXPECT_EQ(count_code_points("T\xC5\x8Dky\xC5\x8D"), 5u);               // Tōkyō
  EXPECT_EQ(count_code_points("\xE6\x9D\xB1\xE4\xBA\xAC"), 2u);          // 東京
  EXPECT_EQ(count_code_points("\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5"), 2u);  // two flags' letters
  EXPECT_EQ(count_code_points("a\xFF"
                              "b"),
            3u);  // a bad byte counts once
}

TEST(Utf8, BoundaryNeverSplitsACharacter) {
  const std::string s =
      "ab\xE2\x80\x94"
      "cd";  // ab—cd
  EXPECT_EQ(code_point_boundary(s, 0), 0u);
  EXPECT_EQ(code_point_boundary(s, 2), 2u);
  EXPECT_EQ(code_point_boundary(s, 3), 2u);
  EXPECT_EQ(code_point_boundary(s, 4), 2u);
  EXPECT_EQ(code_point_boundary(s, 5), 5u);
  EXPECT_EQ(code_point_boundary(s, 99), s.size());
  EXPECT_EQ(code_point_boundary("\x80\x80", 1), 0u);  // malformed: back to the start
}

TEST(Utf8, TruncatesByCodePoints) {
  EXPECT_EQ(truncate_code_points("Tokyo", 3), "Tok");
  EXPECT_EQ(truncate_code_points("Tokyo", 5), "Tokyo");
  EXPECT_EQ(truncate_code_points("Tokyo", 9), "Tokyo");
  EXPECT_EQ(truncate_code_points("Tokyo", 0), "");
  EXPECT_EQ(truncate_code_points("T\xC5\x8Dky\xC5\x8D", 2), "T\xC5\x8D");
  EXPECT_EQ(truncate_code_points("\xE6\x9D\xB1\xE4\xBA\xAC", 1), "\xE6\x9D\xB1");
  EXPECT_EQ(truncate_code_points("", 3), "");
}

}  // namespace
}  // namespace lattice::core
