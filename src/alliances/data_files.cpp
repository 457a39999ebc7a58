// Data folder lookup and the numeric CSV scanner of the alliance data files.
#include "alliances/data_files.h"

#include <charconv>
#include <cstdlib>

#include <fmt/format.h>

#include "core/csv.h"
#include "core/file_read.h"

namespace lattice::alliances {

std::string data_dir(const std::string& option, const std::string& fallback) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("LATTICE_DATA"); env && *env) return env;
  return fallback;
}

std::optional<std::string> read_data_file(const std::string& path, core::Diagnostics& diags) {
  std::string reason;
  auto text = core::read_file(path, &reason);
  if (!text)
    diags.error({path, 0, 0},
                reason +
                    " (use --data DIR or set LATTICE_DATA to the folder holding the ATOP and COW "
                    "files; see docs/alliances.md)");
  return text;
}

bool find_columns(const std::vector<std::string_view>& header,
                  const std::vector<std::string>& required, int line, const std::string& path,
                  std::vector<int>& indices, core::Diagnostics& diags) {
  indices.assign(required.size(), -1);
  bool ok = true;
  for (size_t i = 0; i < required.size(); ++i) {
    for (size_t c = 0; c < header.size(); ++c)
      if (header[c] == required[i]) indices[i] = static_cast<int>(c);
    if (indices[i] < 0) {
      diags.error({path, line, 1}, fmt::format("missing column '{}' in the header", required[i]));
      ok = false;
    }
  }
  return ok;
}

bool scan_csv(std::string_view text, const std::string& path,
              const std::vector<std::string>& required, std::vector<int>& indices,
              const std::function<void(const CsvRow&)>& row, core::Diagnostics& diags) {
  bool have_header = false, header_ok = true;
  size_t width = 0;
  const bool read_to_end =
      core::for_each_csv_record(text, path, diags, [&](const core::CsvRecordView& r) {
        if (have_header) {
          if (r.fields.size() != width)
            diags.error({path, r.line, 1},
                        fmt::format("expected {} fields, found {}", width, r.fields.size()));
          else
            row(r);
          return true;
        }
        have_header = true;
        width = r.fields.size();
        header_ok = find_columns(r.fields, required, r.line, path, indices, diags);
        return header_ok;
      });
  if (!read_to_end || !header_ok) return false;
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
