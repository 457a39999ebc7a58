// Data folder lookup and the numeric CSV scanner of the alliance data files.
#include "alliances/data_files.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace lattice::alliances {

std::string data_dir(const std::string& option, const std::string& fallback) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("LATTICE_DATA"); env && *env) return env;
  return fallback;
}

std::optional<std::string> read_data_file(const std::string& path, core::Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, 0, 0},
                "cannot read the data file (use --data DIR or set LATTICE_DATA to the folder "
                "holding the ATOP and COW files; see docs/alliances.md)");
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

namespace {

std::string_view unquote(std::string_view f) {
  if (f.size() >= 2 && f.front() == '"' && f.back() == '"') return f.substr(1, f.size() - 2);
  return f;
}

// Splits one line at commas into `fields`/`columns`.
void split_line(std::string_view line, CsvRow& r) {
  r.fields.clear();
  r.columns.clear();
  size_t start = 0;
  while (true) {
    size_t comma = line.find(',', start);
    std::string_view f = line.substr(
        start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    r.fields.push_back(unquote(f));
    r.columns.push_back(static_cast<int>(start) + 1);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
}

}  // namespace

bool scan_csv(std::string_view text, const std::string& path,
              const std::vector<std::string>& required, std::vector<int>& indices,
              const std::function<void(const CsvRow&)>& row, core::Diagnostics& diags) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  size_t pos = 0;
  int line_no = 0;
  CsvRow r;
  bool have_header = false;
  size_t width = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    pos = end == std::string_view::npos ? text.size() : end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    r.line = line_no;
    split_line(line, r);
    if (!have_header) {
      have_header = true;
      width = r.fields.size();
      indices.assign(required.size(), -1);
      bool ok = true;
      for (size_t i = 0; i < required.size(); ++i) {
        for (size_t c = 0; c < r.fields.size(); ++c)
          if (r.fields[c] == required[i]) indices[i] = static_cast<int>(c);
        if (indices[i] < 0) {
          diags.error({path, line_no, 1},
                      fmt::format("missing column '{}' in the header", required[i]));
          ok = false;
        }
      }
      if (!ok) return false;
      continue;
    }
    if (r.fields.size() != width) {
      diags.error({path, line_no, 1},
                  fmt::format("expected {} fields, found {}", width, r.fields.size()));
      continue;
    }
    row(r);
  }
  if (!have_header) {
    diags.error({path, 1, 1}, "empty file: expected a header line");
    return false;
  }
  return true;
}

std::optional<long> field_int(const CsvRow& r, int index, std::string_view column,
                              const std::string& path, core::Diagnostics& diags) {
  std::string_view f = r.fields[static_cast<size_t>(index)];
  long v = 0;
  auto [p, ec] = std::from_chars(f.data(), f.data() + f.size(), v);
  if (ec != std::errc() || p != f.data() + f.size() || f.empty()) {
    diags.error({path, r.line, r.columns[static_cast<size_t>(index)]},
                fmt::format("expected an integer in column '{}', found '{}'", column, f));
    return std::nullopt;
  }
  return v;
}

std::optional<double> field_double(const CsvRow& r, int index, std::string_view column,
                                   const std::string& path, core::Diagnostics& diags,
                                   bool allow_na) {
  std::string_view f = r.fields[static_cast<size_t>(index)];
  if (allow_na && (f.empty() || f == "NA")) return std::nullopt;
  double v = 0;
  auto [p, ec] = std::from_chars(f.data(), f.data() + f.size(), v);
  if (ec != std::errc() || p != f.data() + f.size() || f.empty()) {
    diags.error({path, r.line, r.columns[static_cast<size_t>(index)]},
                fmt::format("expected a number in column '{}', found '{}'", column, f));
    return std::nullopt;
  }
  return v;
}

}  // namespace lattice::alliances
