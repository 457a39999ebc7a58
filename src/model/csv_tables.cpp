#include "model/csv_tables.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/csv.h"
#include "core/text.h"
#include "model/source_ref.h"

namespace lattice::model {
namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool in_folder(const std::string& relpath, std::string_view folder) {
  const std::string f = std::string(folder) + "/";
  return relpath.rfind(f, 0) == 0 || relpath.find("/" + f) != std::string::npos;
}

// Column look-up with required/optional columns and per-cell locations.
struct Columns {
  const core::CsvTable& table;
  const std::string& path;
  core::Diagnostics& diags;
  bool ok = true;

  int need(std::string_view name) {
    int c = table.column(name);
    if (c < 0) {
      diags.error({path, 1, 1}, "missing column '" + std::string(name) + "' in the header");
      ok = false;
    }
    return c;
  }
  void allow_only(const std::vector<std::string_view>& known) {
    for (size_t i = 0; i < table.header.size(); ++i) {
      if (std::find(known.begin(), known.end(), table.header[i]) != known.end()) continue;
      std::vector<std::string> names(known.begin(), known.end());
      std::string msg = "unknown column '" + table.header[i] + "'";
      const std::string near = core::closest_match(table.header[i], names);
      if (!near.empty()) msg += " (did you mean '" + near + "'?)";
      diags.error({path, 1, 0}, msg);
    }
  }
};

core::SourceLocation cell(const std::string& path, const core::CsvRecord& r, int col) {
  return {path, r.line, col >= 0 && col < static_cast<int>(r.columns.size()) ? r.columns[col] : 0};
}

std::optional<Date> date_cell(const std::string& path, const core::CsvRecord& r, int col,
                              std::string_view name, core::Diagnostics& diags) {
  if (col < 0 || r.fields[col].empty()) return std::nullopt;
  std::string why;
  auto d = Date::parse(r.fields[col], &why);
  if (!d) diags.error(cell(path, r, col), std::string(name) + ": " + why);
  return d;
}

std::vector<SourceRef> sources_cell(const std::string& path, const core::CsvRecord& r, int col,
                                    core::Diagnostics& diags) {
  std::vector<SourceRef> out;
  if (col < 0) return out;
  for (const auto& part : core::split(r.fields[col], ';')) {
    if (core::trim(part).empty()) continue;
    std::string why;
    if (auto s = parse_source_ref(part, &why))
      out.push_back(std::move(*s));
    else
      diags.error(cell(path, r, col), why);
  }
  if (out.empty()) diags.error(cell(path, r, col), "row names no source (column 'sources')");
  return out;
}

}  // namespace

bool is_memberships_file(const std::string& relpath) {
  if (!ends_with(relpath, ".csv")) return false;
  return relpath == "memberships.csv" || ends_with(relpath, "/memberships.csv") ||
         in_folder(relpath, "memberships");
}

bool is_series_file(const std::string& relpath) {
  return ends_with(relpath, ".csv") && in_folder(relpath, "series");
}

void read_memberships_csv(const ModelFile& file, ModelData& data, core::Diagnostics& diags) {
  const core::CsvTable table = core::parse_csv(file.content, file.path, diags);
  if (table.header.empty()) return;
  Columns cols{table, file.path, diags};
  const int actor = cols.need("actor"), framework = cols.need("framework"),
            role = cols.need("role"), from = cols.need("from"), to = cols.need("to"),
            sources = cols.need("sources");
  const int note = table.column("note");
  cols.allow_only({"actor", "framework", "role", "from", "to", "sources", "note"});
  if (!cols.ok) return;
  for (const auto& r : table.records) {
    Membership m;
    m.where = {file.path, r.line, 1};
    m.actor = r.fields[actor];
    m.framework = r.fields[framework];
    if (m.actor.empty()) diags.error(cell(file.path, r, actor), "empty actor");
    if (m.framework.empty()) diags.error(cell(file.path, r, framework), "empty framework");
    if (auto v = parse<Role>(r.fields[role])) {
      m.role = *v;
    } else {
      std::vector<std::string> names;
      for (auto n : names_of<Role>()) names.emplace_back(n);
      std::string msg = "unknown role '" + r.fields[role] + "'";
      const std::string near = core::closest_match(r.fields[role], names);
      if (!near.empty()) msg += " (did you mean '" + near + "'?)";
      diags.error(cell(file.path, r, role), msg + "; expected " + list_of<Role>());
    }
    m.from = date_cell(file.path, r, from, "from", diags);
    m.to = date_cell(file.path, r, to, "to", diags);
    m.sources = sources_cell(file.path, r, sources, diags);
    if (note >= 0) m.note = r.fields[note];
    data.memberships.push_back(std::move(m));
  }
}

void read_series_csv(const ModelFile& file, ModelData& data, core::Diagnostics& diags) {
  const core::CsvTable table = core::parse_csv(file.content, file.path, diags);
  if (table.header.empty()) return;
  Columns cols{table, file.path, diags};
  const int indicator = cols.need("indicator"), actor = cols.need("actor"),
            year = cols.need("year"), value = cols.need("value"), sources = cols.need("sources");
  cols.allow_only({"indicator", "actor", "year", "value", "sources", "note"});
  if (!cols.ok) return;
  for (const auto& r : table.records) {
    SeriesValue v;
    v.where = {file.path, r.line, 1};
    v.indicator = r.fields[indicator];
    v.actor = r.fields[actor];
    const std::string& y = r.fields[year];
    auto [p, ec] = std::from_chars(y.data(), y.data() + y.size(), v.year);
    if (ec != std::errc() || p != y.data() + y.size() || v.year < 1000 || v.year > 9999)
      diags.error(cell(file.path, r, year), "year '" + y + "' is not a four-digit year");
    const std::string& x = r.fields[value];
    char* endp = nullptr;
    v.value = std::strtod(x.c_str(), &endp);
    if (x.empty() || endp != x.c_str() + x.size() || !std::isfinite(v.value))
      diags.error(cell(file.path, r, value), "value '" + x + "' is not a number");
    v.sources = sources_cell(file.path, r, sources, diags);
    data.series.push_back(std::move(v));
  }
}

}  // namespace lattice::model
