// State names, codes and their resolution with did-you-mean suggestions.
#include "alliances/state_names.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "alliances/data_files.h"
#include "core/csv.h"

namespace lattice::alliances {

namespace {

std::string lower(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

StateNames::StateNames(const StateSystem& system, const std::vector<StateName>& crosswalk) {
  for (const auto& p : system.periods()) {
    auto& e = by_code_[p.ccode];
    e.ccode = p.ccode;
    if (e.name.empty()) e.name = p.name;
    e.abbreviation = p.abbreviation;
    keys_.emplace_back(lower(p.name), p.ccode);
    keys_.emplace_back(lower(p.abbreviation), p.ccode);
  }
  for (const auto& c : crosswalk) {
    if (c.ccode <= 0) continue;
    auto& e = by_code_[c.ccode];
    e.ccode = c.ccode;
    if (!c.name.empty()) e.name = c.name;
    if (!c.iso3.empty()) e.iso3 = c.iso3;
    if (!c.name.empty()) keys_.emplace_back(lower(c.name), c.ccode);
    if (!c.iso3.empty()) keys_.emplace_back(lower(c.iso3), c.ccode);
  }
  std::sort(keys_.begin(), keys_.end());
  keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
}

StateName StateNames::of(int ccode) const {
  auto it = by_code_.find(ccode);
  if (it != by_code_.end()) return it->second;
  return {ccode, fmt::format("COW {}", ccode), "", ""};
}

std::optional<int> StateNames::resolve(const std::string& text, std::string* error) const {
  int number = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec == std::errc() && p == text.data() + text.size() && !text.empty()) {
    if (by_code_.count(number)) return number;
    if (error) *error = fmt::format("no state has the COW code {}", number);
    return std::nullopt;
  }
  std::string key = lower(text);
  std::vector<int> hits;
  for (const auto& [k, code] : keys_)
    if (k == key && std::find(hits.begin(), hits.end(), code) == hits.end()) hits.push_back(code);
  if (hits.size() == 1) return hits[0];
  if (hits.size() > 1) {
    std::string list;
    for (int c : hits)
      list += fmt::format("{}{} (COW {})", list.empty() ? "" : ", ", of(c).name, c);
    if (error) *error = fmt::format("'{}' names more than one state: {}", text, list);
    return std::nullopt;
  }
  // Suggestions: names that contain the text, then the closest by edit distance.
  std::vector<std::pair<size_t, int>> scored;
  for (const auto& [k, code] : keys_) {
    size_t d = k.find(key) != std::string::npos && key.size() >= 3 ? 0 : edit_distance(k, key);
    if (d <= std::max<size_t>(2, key.size() / 3)) scored.emplace_back(d, code);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<int> suggestions;
  for (const auto& [d, code] : scored)
    if (suggestions.size() < 3 &&
        std::find(suggestions.begin(), suggestions.end(), code) == suggestions.end())
      suggestions.push_back(code);
  std::string msg = fmt::format("unknown state '{}'", text);
  if (!suggestions.empty()) {
    msg += "; did you mean ";
    for (size_t i = 0; i < suggestions.size(); ++i) {
      const StateName n = of(suggestions[i]);
      msg += fmt::format("{}{} ({}{}COW {})",
                         i == 0 ? "" : (i + 1 == suggestions.size() ? " or " : ", "), n.name,
                         n.iso3, n.iso3.empty() ? "" : ", ", n.ccode);
    }
    msg += "?";
  } else {
    msg += " (give a name, an ISO3 code such as usa, or a COW code such as 740)";
  }
  if (error) *error = msg;
  return std::nullopt;
}

std::optional<std::vector<StateName>> parse_crosswalk(std::string_view text,
                                                      const std::string& path,
                                                      core::Diagnostics& diags) {
  core::CsvTable t = core::parse_csv(text, path, diags);
  const std::vector<std::string> names = {"country.name.en", "iso3c", "cown"};
  std::vector<int> col;
  if (!find_columns({t.header.begin(), t.header.end()}, names, 1, path, col, diags))
    return std::nullopt;
  std::vector<StateName> out;
  for (const auto& r : t.records) {
    StateName n;
    n.name = r.fields[static_cast<size_t>(col[0])];
    n.iso3 = r.fields[static_cast<size_t>(col[1])];
    if (n.iso3 == "NA") n.iso3.clear();
    const std::string& cown = r.fields[static_cast<size_t>(col[2])];
    if (!cown.empty() && cown != "NA") {
      CsvRow row{r.line, {}, r.columns};
      for (const auto& f : r.fields) row.fields.emplace_back(f);
      auto cc = field_int(row, col[2], names[2], path, diags);
      if (!cc) continue;
      n.ccode = static_cast<int>(*cc);
    }
    out.push_back(std::move(n));
  }
  return out;
}

std::optional<std::vector<StateName>> load_crosswalk(const std::string& path,
                                                     core::Diagnostics& diags) {
  auto text = read_data_file(path, diags);
  if (!text) return std::nullopt;
  return parse_crosswalk(*text, path, diags);
}

}  // namespace lattice::alliances
