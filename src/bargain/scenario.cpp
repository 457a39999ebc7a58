// Reading bargaining scenarios (KTAB CSV and the simple CSV) with file:line errors.
#include "bargain/scenario.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "core/csv.h"
#include "core/file_read.h"
#include "core/text.h"

namespace lattice::bargain {

namespace {

// A record of the file: its line, trimmed fields and their columns.
using Line = core::CsvRecord;

// Drops trailing empty fields (KTAB files end lines with a comma).
void drop_trailing_empty(std::vector<std::string>& f, size_t want) {
  (void)want;
  while (!f.empty() && f.back().empty()) f.pop_back();
}

bool number(const std::string& s, double& v) {
  if (s.empty()) return false;
  char* end = nullptr;
  v = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size() && std::isfinite(v);
}

// Parses field `col` (0-based) of a line as a number; reports an error when it is not one.
bool cell(const Line& l, size_t col, const std::string& what, const std::string& path,
          core::Diagnostics& diags, double& v) {
  if (number(l.fields[col], v)) return true;
  diags.error({path, l.line, 0}, what + " (column " + std::to_string(col + 1) +
                                     ") is not a number: '" + l.fields[col] + "'");
  return false;
}

bool check_capability(const Line& l, double v, const std::string& path, core::Diagnostics& d) {
  if (v >= 0) return true;
  d.error({path, l.line, 0}, "capability must not be negative: " + std::to_string(v));
  return false;
}

bool check_salience(const Line& l, double v, double max, size_t col, const std::string& path,
                    core::Diagnostics& d) {
  if (v >= 0 && v <= max) return true;
  std::ostringstream s;
  s << "salience (column " << col + 1 << ") out of range [0, " << max << "]: " << l.fields[col];
  d.error({path, l.line, 0}, s.str());
  return false;
}

void check_count(const std::vector<Line>& rows, size_t declared, int last_line,
                 const std::string& path, core::Diagnostics& diags) {
  if (rows.size() > declared) {
    diags.error({path, rows[declared].line, 0}, "one line too many: the file declares " +
                                                    std::to_string(declared) + " actors but has " +
                                                    std::to_string(rows.size()));
  } else if (rows.size() < declared) {
    diags.error({path, last_line, 0}, "too few lines: the file declares " +
                                          std::to_string(declared) + " actors but has " +
                                          std::to_string(rows.size()));
  }
}

}  // namespace

Scenario parse_ktab(std::string_view text, const std::string& path, core::Diagnostics& diags) {
  Scenario sc;
  sc.format = "ktab";
  const size_t errors_before_reading = diags.error_count();
  const auto lines = core::read_csv_records(text, path, diags);
  if (lines.empty()) {
    // An unreadable file (bad UTF-8, an unterminated quote) has had its error already.
    if (diags.error_count() == errors_before_reading) diags.error({path, 0, 0}, "empty file");
    return sc;
  }
  Line first = lines[0];
  drop_trailing_empty(first.fields, 4);
  if (first.fields.size() < 4) {  // KTAB files may carry extra fields (dummyData_6Dim: "0")
    diags.error({path, first.line, 0},
                "the first line must be 'name, description, actor count, dimension count' (4 "
                "fields), found " +
                    std::to_string(first.fields.size()));
    return sc;
  }
  sc.name = first.fields[0];
  sc.description = first.fields[1];
  double na = 0, nd = 0;
  if (!cell(first, 2, "actor count", path, diags, na) ||
      !cell(first, 3, "dimension count", path, diags, nd))
    return sc;
  if (na < 1 || nd < 1 || na != std::floor(na) || nd != std::floor(nd)) {
    diags.error({path, first.line, 0}, "actor and dimension counts must be positive integers");
    return sc;
  }
  // Counts beyond these cannot match the lines of any real file (and would overflow the column
  // arithmetic below).
  if (na > kMaxActors || nd > kMaxDimensions) {
    diags.error({path, first.line, 0},
                fmt::format("at most {} actors and {} dimensions are supported, the first line "
                            "declares {} and {}",
                            kMaxActors, kMaxDimensions, na, nd));
    return sc;
  }
  const size_t n_actors = static_cast<size_t>(na), n_dims = static_cast<size_t>(nd);
  const size_t width = 3 + 2 * n_dims;
  if (lines.size() < 2) {
    diags.error({path, first.line + 1, 0}, "missing the header line");
    return sc;
  }
  Line header = lines[1];
  drop_trailing_empty(header.fields, width);
  if (header.fields.size() != width) {
    diags.error({path, header.line, 0}, "the header must have " + std::to_string(width) +
                                            " columns for " + std::to_string(n_dims) +
                                            " dimensions, found " +
                                            std::to_string(header.fields.size()));
    return sc;
  }
  for (size_t d = 0; d < n_dims; ++d) {
    std::string name = header.fields[3 + 2 * d];
    const std::string suffix = " Position";
    if (name.size() > suffix.size() && name.ends_with(suffix))
      name.resize(name.size() - suffix.size());
    sc.dimensions.push_back(name);
  }
  std::vector<Line> rows(lines.begin() + 2, lines.end());
  for (size_t r = 0; r < rows.size() && r < n_actors; ++r) {
    Line l = rows[r];
    drop_trailing_empty(l.fields, width);
    if (l.fields.size() != width) {
      diags.error({path, l.line, 0}, "expected " + std::to_string(width) + " fields, found " +
                                         std::to_string(l.fields.size()));
      continue;
    }
    Actor a;
    a.name = l.fields[0];
    a.description = l.fields[1];
    bool ok = cell(l, 2, "power", path, diags, a.capability) &&
              check_capability(l, a.capability, path, diags);
    for (size_t d = 0; d < n_dims; ++d) {
      double p = 0, s = 0;
      const size_t pc = 3 + 2 * d, scol = pc + 1;
      const bool pok = cell(l, pc, "position", path, diags, p);
      const bool sok =
          cell(l, scol, "salience", path, diags, s) && check_salience(l, s, 100, scol, path, diags);
      ok = ok && pok && sok;
      a.positions.push_back(p);
      a.saliences.push_back(s / 100);
    }
    if (ok) sc.actors.push_back(std::move(a));
  }
  check_count(rows, n_actors, lines.back().line, path, diags);
  if (diags.error_count() != errors_before_reading) sc.actors.clear();
  return sc;
}

Scenario parse_simple(std::string_view text, const std::string& path, core::Diagnostics& diags) {
  Scenario sc;
  sc.format = "simple";
  sc.dimensions = {"Position"};
  const size_t errors_before_reading = diags.error_count();
  const auto lines = core::read_csv_records(text, path, diags);
  if (lines.empty()) {
    // An unreadable file (bad UTF-8, an unterminated quote) has had its error already.
    if (diags.error_count() == errors_before_reading) diags.error({path, 0, 0}, "empty file");
    return sc;
  }
  Line header = lines[0];
  drop_trailing_empty(header.fields, 4);
  const std::vector<std::string> want = {"actor", "capability", "position", "salience"};
  std::vector<std::string> got;
  for (const auto& f : header.fields) got.push_back(core::to_lower(f));
  if (got != want) {
    diags.error({path, header.line, 0}, "the header must be 'Actor,Capability,Position,Salience'");
    return sc;
  }
  if (lines.size() < 2) {
    diags.error({path, header.line + 1, 0}, "too few lines: no actors");
    return sc;
  }
  for (size_t r = 1; r < lines.size(); ++r) {
    Line l = lines[r];
    drop_trailing_empty(l.fields, 4);
    if (l.fields.size() != 4) {
      diags.error({path, l.line, 0}, "expected 4 fields, found " + std::to_string(l.fields.size()));
      continue;
    }
    Actor a;
    a.name = l.fields[0];
    double p = 0, s = 0;
    bool ok = cell(l, 1, "capability", path, diags, a.capability) &&
              check_capability(l, a.capability, path, diags);
    ok = cell(l, 2, "position", path, diags, p) && ok;
    ok = cell(l, 3, "salience", path, diags, s) && check_salience(l, s, 1, 3, path, diags) && ok;
    a.positions = {p};
    a.saliences = {s};
    if (ok) sc.actors.push_back(std::move(a));
  }
  if (diags.error_count() != errors_before_reading) sc.actors.clear();
  return sc;
}

Scenario parse_scenario(std::string_view text, const std::string& path, core::Diagnostics& diags) {
  core::Diagnostics sniffed;  // the parser below reports the same problems again
  const auto lines = core::read_csv_records(text, path, sniffed);
  if (!lines.empty() && !lines[0].fields.empty() && core::to_lower(lines[0].fields[0]) == "actor")
    return parse_simple(text, path, diags);
  return parse_ktab(text, path, diags);
}

Scenario load_scenario(const std::string& path, core::Diagnostics& diags) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    diags.error({path, 0, 0}, "is a directory, not a scenario file");
    return {};
  }
  std::string reason;
  const auto text = core::read_file(path, &reason);
  if (!text) {
    diags.error({path, 0, 0}, reason);
    return {};
  }
  return parse_scenario(*text, path, diags);
}

}  // namespace lattice::bargain
