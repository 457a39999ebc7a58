// A strict CSV reader (RFC 4180: commas, double-quoted fields, "" escapes, CRLF or LF) that
// keeps each record's line number for error messages. Pure; safe from any thread.
#pragma once

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

// A parsed CSV table: the header's column names and the data records.
struct CsvTable {
  std::vector<std::string> header;
  std::vector<CsvRecord> records;
  // Index of a column by name, or -1.
  int column(std::string_view name) const;
};

// Parses text as CSV with a header line. Problems (invalid UTF-8, an unterminated quote, a
// stray quote, a record with the wrong number of fields) are added to diags with path and line;
// malformed records are left out and parsing goes on. Blank lines are skipped.
CsvTable parse_csv(std::string_view text, const std::string& path, Diagnostics& diags);

// A field quoted for CSV output when it holds a comma, quote or line break ("" for a quote).
std::string csv_field(std::string_view s);

}  // namespace lattice::core
