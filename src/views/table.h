// Table: rows of text cells rendered as an aligned text table (for people) or as CSV (for
// spreadsheets). Widths count UTF-8 code points. Not thread-safe while being filled.
#pragma once

#include <string>
#include <vector>

namespace lattice::views {

class Table {
 public:
  explicit Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}
  void add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  size_t size() const { return rows_.size(); }

  // Aligned columns separated by two spaces, a dashed rule under the header.
  std::string to_text() const;
  // RFC 4180 CSV with a header line; fields quoted when needed.
  std::string to_csv() const;

 private:
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
};

// Number of UTF-8 code points in s.
size_t display_width(const std::string& s);
// Quotes a CSV field when it holds a comma, quote or line break.
std::string csv_field(const std::string& s);

}  // namespace lattice::views
