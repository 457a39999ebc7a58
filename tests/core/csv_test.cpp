#include "core/csv.h"

#include <gtest/gtest.h>

namespace lattice::core {
namespace {

std::string errors_of(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.items()) out += x.to_string() + "\n";
  return out;
}

TEST(CsvTest, HeaderRecordsLinesAndColumns) {
  Diagnostics d;
  const CsvTable t = parse_csv("a,b,c\n1,22,333\n\nx,,z\n", "t.csv", d);
  EXPECT_FALSE(d.has_errors()) << errors_of(d);
  EXPECT_EQ(t.header, (std::vector<std::string>{"a", "b", "c"}));
  ASSERT_EQ(t.records.size(), 2u);
  EXPECT_EQ(t.records[0].line, 2);
  EXPECT_EQ(t.records[0].fields, (std::vector<std::string>{"1", "22", "333"}));
  EXPECT_EQ(t.records[0].columns, (std::vector<int>{1, 3, 6}));
  EXPECT_EQ(t.records[1].line, 4);  // the blank line 3 is skipped but counted
  EXPECT_EQ(t.records[1].fields[1], "");
  EXPECT_EQ(t.column("c"), 2);
  EXPECT_EQ(t.column("missing"), -1);
}

TEST(CsvTest, QuotedFieldsWithCommasQuotesAndNewlines) {
  Diagnostics d;
  const CsvTable t =
      parse_csv("id,note\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,end\n", "t.csv", d);
  EXPECT_FALSE(d.has_errors()) << errors_of(d);
  ASSERT_EQ(t.records.size(), 4u);
  EXPECT_EQ(t.records[0].fields[1], "a, b");
  EXPECT_EQ(t.records[1].fields[1], "say \"hi\"");
  EXPECT_EQ(t.records[2].fields[1], "two\nlines");
  EXPECT_EQ(t.records[2].line, 4);
  EXPECT_EQ(t.records[3].line, 6);  // line numbers count the newline inside the quotes
}

TEST(CsvTest, ColumnsAfterAMultiLineFieldCountFromTheirOwnLine) {
  Diagnostics d;
  const CsvTable t = parse_csv("id,note,x\n1,\"a\nbc\",z\n", "t.csv", d);
  EXPECT_FALSE(d.has_errors()) << errors_of(d);
  ASSERT_EQ(t.records.size(), 1u);
  EXPECT_EQ(t.records[0].line, 2);
  EXPECT_EQ(t.records[0].fields[2], "z");
  EXPECT_EQ(t.records[0].columns, (std::vector<int>{1, 3, 5}));  // 'z' is column 5 of line 3
}

TEST(CsvTest, CrlfBomAndMissingFinalNewline) {
  Diagnostics d;
  const CsvTable t = parse_csv("\xEF\xBB\xBFx,y\r\n1,2\r\n3,4", "t.csv", d);
  EXPECT_FALSE(d.has_errors()) << errors_of(d);
  EXPECT_EQ(t.header, (std::vector<std::string>{"x", "y"}));
  ASSERT_EQ(t.records.size(), 2u);
  EXPECT_EQ(t.records[0].fields, (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(t.records[1].fields, (std::vector<std::string>{"3", "4"}));
  EXPECT_EQ(t.records[1].line, 3);
}

TEST(CsvTest, FieldsAreTrimmed) {
  Diagnostics d;
  const CsvTable t = parse_csv("a,b\n  1 ,\t2\n", "t.csv", d);
  ASSERT_EQ(t.records.size(), 1u);
  EXPECT_EQ(t.records[0].fields, (std::vector<std::string>{"1", "2"}));
}

TEST(CsvTest, WrongFieldCountIsReportedAndParsingGoesOn) {
  Diagnostics d;
  const CsvTable t = parse_csv("a,b,c\n1,2\n4,5,6\n7,8,9,10\n", "m.csv", d);
  ASSERT_EQ(d.error_count(), 2u) << errors_of(d);
  EXPECT_EQ(d.items()[0].to_string(),
            "m.csv:2: error: expected 3 fields (as in the header), found 2");
  EXPECT_EQ(d.items()[1].to_string(),
            "m.csv:4: error: expected 3 fields (as in the header), found 4");
  ASSERT_EQ(t.records.size(), 1u);
  EXPECT_EQ(t.records[0].fields[0], "4");
}

TEST(CsvTest, UnterminatedQuoteStopsWithAnError) {
  Diagnostics d;
  const CsvTable t = parse_csv("a,b\n1,2\n3,\"open\n4,5\n", "q.csv", d);
  ASSERT_EQ(d.error_count(), 1u);
  EXPECT_EQ(d.items()[0].where.line, 3);
  EXPECT_NE(d.items()[0].message.find("unterminated quoted field"), std::string::npos);
  EXPECT_EQ(t.records.size(), 1u);
}

TEST(CsvTest, StrayQuotesAreErrorsAndTheRecordIsDropped) {
  Diagnostics d;
  const CsvTable t = parse_csv("a,b\nx\"y,1\n\"ok\"junk,2\n3,4\n", "s.csv", d);
  ASSERT_EQ(d.error_count(), 2u) << errors_of(d);
  EXPECT_EQ(d.items()[0].where.line, 2);
  EXPECT_NE(d.items()[0].message.find("quote inside an unquoted field"), std::string::npos);
  EXPECT_EQ(d.items()[1].where.line, 3);
  EXPECT_NE(d.items()[1].message.find("after a closing quote"), std::string::npos);
  ASSERT_EQ(t.records.size(), 1u);
  EXPECT_EQ(t.records[0].fields[0], "3");
  EXPECT_EQ(t.records[0].line, 4);
}

TEST(CsvTest, InvalidUtf8IsReportedWithItsLine) {
  Diagnostics d;
  const CsvTable t = parse_csv("a,b\n1,2\n\xFF\xFE,3\n", "u.csv", d);
  ASSERT_EQ(d.error_count(), 1u);
  EXPECT_EQ(d.items()[0].to_string(), "u.csv:3: error: invalid UTF-8 (byte 8)");
  EXPECT_TRUE(t.records.empty());
}

TEST(CsvTest, EmptyFileNeedsAHeader) {
  Diagnostics d;
  const CsvTable t = parse_csv("", "e.csv", d);
  ASSERT_EQ(d.error_count(), 1u);
  EXPECT_NE(d.items()[0].message.find("a header line is required"), std::string::npos);
  EXPECT_TRUE(t.header.empty());
  Diagnostics d2;
  parse_csv("\n  \n", "e.csv", d2);
  EXPECT_EQ(d2.error_count(), 1u);
}

TEST(CsvTest, HeaderOnlyHasNoRecords) {
  Diagnostics d;
  const CsvTable t = parse_csv("a,b\n", "h.csv", d);
  EXPECT_FALSE(d.has_errors());
  EXPECT_EQ(t.header.size(), 2u);
  EXPECT_TRUE(t.records.empty());
}

TEST(CsvRecordsTest, StreamsRecordsOfAnyWidthWithViewsIntoTheText) {
  Diagnostics d;
  const std::string text = "name,desc,2,1\nA,\"x, \"\"y\"\"\",3\n\nB\r\n";
  std::vector<int> lines;
  std::vector<std::vector<std::string>> fields;
  EXPECT_TRUE(for_each_csv_record(text, "k.csv", d, [&](const CsvRecordView& r) {
    lines.push_back(r.line);
    fields.emplace_back(r.fields.begin(), r.fields.end());
    // An unquoted field is a view into the text itself, not a copy.
    EXPECT_GE(r.fields[0].data(), text.data());
    EXPECT_LT(r.fields[0].data(), text.data() + text.size());
    return true;
  }));
  EXPECT_FALSE(d.has_errors()) << errors_of(d);
  EXPECT_EQ(lines, (std::vector<int>{1, 2, 4}));
  EXPECT_EQ(fields, (std::vector<std::vector<std::string>>{
                        {"name", "desc", "2", "1"}, {"A", "x, \"y\"", "3"}, {"B"}}));
}

TEST(CsvRecordsTest, FieldsAreNotTrimmedWhenStreamedButAreWhenCollected) {
  Diagnostics d;
  std::vector<std::string> streamed;
  for_each_csv_record(" a , b\n", "t.csv", d, [&](const CsvRecordView& r) {
    streamed.assign(r.fields.begin(), r.fields.end());
    return true;
  });
  EXPECT_EQ(streamed, (std::vector<std::string>{" a ", " b"}));
  const auto records = read_csv_records(" a , b\n", "t.csv", d);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(records[0].columns, (std::vector<int>{1, 5}));
}

TEST(CsvRecordsTest, TheCallerCanStopTheReading) {
  Diagnostics d;
  int seen = 0;
  EXPECT_TRUE(for_each_csv_record("1\n2\n3\n", "t.csv", d,
                                  [&](const CsvRecordView&) { return ++seen < 2; }));
  EXPECT_EQ(seen, 2);
}

TEST(CsvRecordsTest, AnUnterminatedQuoteStopsTheReadingWithItsLine) {
  Diagnostics d;
  int seen = 0;
  EXPECT_FALSE(for_each_csv_record("a\nb,\"open\nmore\n", "q.csv", d, [&](const CsvRecordView&) {
    ++seen;
    return true;
  }));
  EXPECT_EQ(seen, 1);
  ASSERT_EQ(d.error_count(), 1u);
  EXPECT_EQ(d.items()[0].to_string(), "q.csv:2: error: unterminated quoted field");
}

TEST(CsvRecordsTest, ABadRecordIsDroppedAndTheNextOneRead) {
  Diagnostics d;
  const auto records = read_csv_records("a\"b,c\n\"x\"y,z\nok,1\n", "b.csv", d);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].line, 3);
  EXPECT_EQ(errors_of(d),
            "b.csv:1: error: quote inside an unquoted field\n"
            "b.csv:2: error: unexpected character after a closing quote\n");
}

TEST(CsvRecordsTest, EscapedFieldsStayValidForTheWholeRecord) {
  // Many fields with "" escapes in one record: each keeps its own text.
  Diagnostics d;
  std::string line;
  for (int i = 0; i < 40; ++i)
    line += (i ? "," : "") + std::string("\"v") + std::to_string(i) + "\"\"\"";
  const auto records = read_csv_records(line + "\n", "e.csv", d);
  EXPECT_FALSE(d.has_errors()) << errors_of(d);
  ASSERT_EQ(records.size(), 1u);
  ASSERT_EQ(records[0].fields.size(), 40u);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(records[0].fields[i], "v" + std::to_string(i) + "\"");
}

TEST(CsvTest, ErrorsOfOtherFilesDoNotHideTheMissingHeader) {
  Diagnostics d;
  d.error({"other.csv", 1, 0}, "an earlier problem");
  parse_csv("", "e.csv", d);
  EXPECT_EQ(d.error_count(), 2u);
}

TEST(CsvTest, AnUnterminatedQuoteIsNotAlsoAMissingHeader) {
  Diagnostics d;
  parse_csv("\"a,b\n", "u.csv", d);
  EXPECT_EQ(errors_of(d), "u.csv:1: error: unterminated quoted field\n");
}

}  // namespace
}  // namespace lattice::core
