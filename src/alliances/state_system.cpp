// Loading the COW state system membership list and asking who was a member in a year.
#include "alliances/state_system.h"

#include <algorithm>

#include <fmt/format.h>

#include "alliances/data_files.h"
#include "core/csv.h"

namespace lattice::alliances {

StateSystem::StateSystem(std::vector<MembershipPeriod> periods) : periods_(std::move(periods)) {
  for (size_t i = 0; i < periods_.size(); ++i) {
    const auto& p = periods_[i];
    if (i == 0 || p.start_year < first_year_) first_year_ = p.start_year;
    if (i == 0 || p.end_year > last_year_) last_year_ = p.end_year;
  }
}

std::vector<int> StateSystem::members(int year) const {
  std::vector<int> out;
  if (year < first_year_) return out;
  for (const auto& p : periods_) {
    bool in =
        year <= last_year_ ? p.start_year <= year && year <= p.end_year : p.end_year == last_year_;
    if (in) out.push_back(p.ccode);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool StateSystem::is_member(int ccode, int year) const {
  if (year < first_year_) return false;
  for (const auto& p : periods_)
    if (p.ccode == ccode && (year <= last_year_ ? p.start_year <= year && year <= p.end_year
                                                : p.end_year == last_year_))
      return true;
  return false;
}

std::vector<MembershipPeriod> StateSystem::periods_of(int ccode) const {
  std::vector<MembershipPeriod> out;
  for (const auto& p : periods_)
    if (p.ccode == ccode) out.push_back(p);
  return out;
}

std::optional<StateSystem> parse_state_system(std::string_view text, const std::string& path,
                                              core::Diagnostics& diags) {
  core::CsvTable t = core::parse_csv(text, path, diags);
  const std::vector<std::string> names = {"stateabb", "ccode", "statenme", "styear", "endyear"};
  std::vector<int> col;
  if (!find_columns({t.header.begin(), t.header.end()}, names, 1, path, col, diags))
    return std::nullopt;
  std::vector<MembershipPeriod> periods;
  for (const auto& r : t.records) {
    CsvRow row{r.line, {}, r.columns};
    for (const auto& f : r.fields) row.fields.emplace_back(f);
    auto cc = field_int(row, col[1], names[1], path, diags);
    auto st = field_int(row, col[3], names[3], path, diags);
    auto en = field_int(row, col[4], names[4], path, diags);
    if (!cc || !st || !en) continue;
    if (*en < *st) {
      diags.error({path, r.line, r.columns[static_cast<size_t>(col[4])]},
                  fmt::format("end year {} is before start year {}", *en, *st));
      continue;
    }
    periods.push_back({static_cast<int>(*cc), r.fields[static_cast<size_t>(col[0])],
                       r.fields[static_cast<size_t>(col[2])], static_cast<int>(*st),
                       static_cast<int>(*en)});
  }
  return StateSystem(std::move(periods));
}

std::optional<StateSystem> load_state_system(const std::string& path, core::Diagnostics& diags) {
  auto text = read_data_file(path, diags);
  if (!text) return std::nullopt;
  return parse_state_system(*text, path, diags);
}

}  // namespace lattice::alliances
