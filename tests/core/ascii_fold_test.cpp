#include "core/ascii_fold.h"

#include <gtest/gtest.h>

namespace lattice::core {
namespace {

TEST(AsciiFoldTest, LatinLettersLoseTheirDiacritics) {
  EXPECT_EQ(ascii_fold("T\xC3\xBCrkiye"), "Turkiye");  // ü
  EXPECT_EQ(ascii_fold("Mal\xC3\xA9"), "Male");        // é
  EXPECT_EQ(ascii_fold("Gu\xC3\xA5han"), "Guahan");    // å
  EXPECT_EQ(ascii_fold("\xC3\x96resta"), "Oresta");    // Ö
  EXPECT_EQ(ascii_fold("Stra\xC3\x9F"
                       "e"),
            "Strasse");  // ß
  EXPECT_EQ(ascii_fold("\xC5\x81\xC3\xB3"
                       "d\xC5\xBA"),
            "Lodz");                                      // Ł ó ź
  EXPECT_EQ(ascii_fold("T\xC5\x8Dky\xC5\x8D"), "Tokyo");  // ō
  // Vietnamese: Trường Sa (ư U+01B0, ờ U+1EDD).
  EXPECT_EQ(ascii_fold("Tr\xC6\xB0\xE1\xBB\x9Dng Sa"), "Truong Sa");
  // Combining marks (NFD input) are dropped.
  EXPECT_EQ(ascii_fold("O\xCC\x88resta"), "Oresta");
}

TEST(AsciiFoldTest, QuotesDashesAndSpaces) {
  EXPECT_EQ(ascii_fold("People\xE2\x80\x99s"), "People's");      // U+2019
  EXPECT_EQ(ascii_fold("Hawai\xCA\xBBi"), "Hawai'i");            // U+02BB okina
  EXPECT_EQ(ascii_fold("U.S.\xE2\x80\x93Japan"), "U.S.-Japan");  // en dash
  EXPECT_EQ(ascii_fold("a\xE2\x80\x94"
                       "b\xE2\x88\x92"
                       "c"),
            "a-b-c");  // em dash, minus
  EXPECT_EQ(ascii_fold("\xE2\x80\x9CQuad\xE2\x80\x9D"), "\"Quad\"");
  EXPECT_EQ(ascii_fold("no\xC2\xA0"
                       "break"),
            "no break");
  EXPECT_EQ(ascii_fold("zero\xE2\x80\x8Bwidth"), "zerowidth");
}

TEST(AsciiFoldTest, OtherTextIsKeptAndBadBytesReplaced) {
  EXPECT_EQ(ascii_fold(""), "");
  EXPECT_EQ(ascii_fold("ASEAN (2024)"), "ASEAN (2024)");
  EXPECT_EQ(ascii_fold("\xE5\xB0\x96\xE9\x96\xA3"), "\xE5\xB0\x96\xE9\x96\xA3");  // 尖閣 kept
  EXPECT_EQ(ascii_fold("a\xFF"
                       "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(ascii_fold("\xC3"), "\xEF\xBF\xBD");  // truncated sequence
}

}  // namespace
}  // namespace lattice::core
