#include "views/table.h"

#include <gtest/gtest.h>

namespace lattice::views {
namespace {

TEST(TableTest, DisplayWidthCountsCodePoints) {
  EXPECT_EQ(display_width(""), 0u);
  EXPECT_EQ(display_width("Japan"), 5u);
  EXPECT_EQ(display_width("T\xC5\x8Dky\xC5\x8D"), 5u);       // Tōkyō: 7 bytes
  EXPECT_EQ(display_width("\xE6\x9D\xB1\xE4\xBA\xAC"), 2u);  // 東京: 6 bytes
}

TEST(TableTest, TextColumnsAlignWithUtf8) {
  Table t({"id", "name", "n"});
  t.add_row({"jpn", "T\xC5\x8Dky\xC5\x8D", "1"});
  t.add_row({"cote_divoire", "C\xC3\xB4te d'Ivoire", "22"});
  const std::string text = t.to_text();
  EXPECT_EQ(text,
            "id            name           n\n"
            "------------  -------------  --\n"
            "jpn           T\xC5\x8Dky\xC5\x8D          1\n"
            "cote_divoire  C\xC3\xB4te d'Ivoire  22\n");
  EXPECT_EQ(t.size(), 2u);
}

TEST(TableTest, TrailingSpacesAreTrimmedAndShortRowsPadded) {
  Table t({"a", "b"});
  t.add_row({"long value"});  // missing cell
  t.add_row({"x", ""});
  EXPECT_EQ(t.to_text(), "a           b\n----------  -\nlong value\nx\n");
}

TEST(TableTest, CsvQuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field(""), "");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field("cr\r"), "\"cr\r\"");
  EXPECT_EQ(csv_field("T\xC5\x8Dky\xC5\x8D; Seoul"), "T\xC5\x8Dky\xC5\x8D; Seoul");
}

TEST(TableTest, CsvHasHeaderAndOneLinePerRow) {
  Table t({"id", "note"});
  t.add_row({"usa", "Trade & \"investment\", mostly"});
  t.add_row({"jpn", ""});
  EXPECT_EQ(t.to_csv(), "id,note\nusa,\"Trade & \"\"investment\"\", mostly\"\njpn,\n");
  Table empty({"only"});
  EXPECT_EQ(empty.to_csv(), "only\n");
  EXPECT_EQ(empty.to_text(), "only\n----\n");
}

}  // namespace
}  // namespace lattice::views
