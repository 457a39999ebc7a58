// The one CSV reader (RFC 4180: commas, double-quoted fields with "" escapes and line breaks
// inside, CRLF or LF, a UTF-8 byte order mark skipped) that keeps each record's line number for
// error messages. Three layers over the same tokenizer: for_each_csv_record streams records
// without copying (the large alliance data files), read_csv_records collects them (files whose
// lines differ in width, such as KTAB scenarios), parse_csv adds a header and a uniform width
// (model tables). Pure; safe from any thread.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace lattice::core {

struct CsvRecord {
  int line = 0;  // 1-based line on which the record starts
  std::vector<std::string> fields;
  std::vector<int> columns;  // 1-based column (in bytes) where each field starts
};

// A record as the tokenizer hands it over: the same as CsvRecord, but the fields are views into
// the text (or into the reader's own buffer for fields with "" escapes), valid only during the
// call that receives them. Fields are not trimmed.
struct CsvRecordView {
  int line = 0;
  std::vector<std::string_view> fields;
  std::vector<int> columns;
};

// Reads text record by record and calls on_record for each one, in order, until it returns
// false. Blank lines (nothing but spaces and tabs) are skipped but counted. Problems are added to
// diags with path and line: invalid UTF-8 and an unterminated quoted field stop the reading; a
// quote inside an unquoted field or a character after a closing quote drop that record and the
// reading goes on. Returns false when the reading stopped on an error (not when on_record
// stopped it). O(bytes).
bool for_each_csv_record(std::string_view text, const std::string& path, Diagnostics& diags,
                         const std::function<bool(const CsvRecordView&)>& on_record);

// Every record of text (see for_each_csv_record), each field trimmed of spaces, tabs and line
// breaks at both ends.
std::vector<CsvRecord> read_csv_records(std::string_view text, const std::string& path,
                                        Diagnostics& diags);

// A parsed CSV table: the header's column names and the data records.
struct CsvTable {
  std::vector<std::string> header;
  std::vector<CsvRecord> records;
  // Index of a column by name, or -1.
  int column(std::string_view name) const;
};

// Parses text as CSV with a header line (fields trimmed, as read_csv_records). Besides the
// problems of for_each_csv_record, a record with another number of fields than the header is an
// error and is left out; a text without a header line is an error.
CsvTable parse_csv(std::string_view text, const std::string& path, Diagnostics& diags);

// A field quoted for CSV output when it holds a comma, quote or line break ("" for a quote).
std::string csv_field(std::string_view s);

}  // namespace lattice::core
