// Loading ATOP and COW dyad-years into undirected valued ties by year.
#include "alliances/alliance_data.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "alliances/data_files.h"

namespace lattice::alliances {

const char* source_name(Source s) {
  return s == Source::kAtop ? "atop" : "cow";
}

std::optional<Source> parse_source(const std::string& text) {
  std::string t;
  for (char c : text) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (t == "atop") return Source::kAtop;
  if (t == "cow") return Source::kCow;
  return std::nullopt;
}

const char* code_name(int code) {
  switch (code) {
    case kDefense:
      return "defense";
    case kNeutralityNonaggression:
      return "neutrality/non-aggression";
    case kConsultation:
      return "consultation";
    default:
      return "none";
  }
}

AllianceData::AllianceData(Source source, std::string path, std::vector<std::vector<Tie>> by_year,
                           int first_year)
    : source_(source),
      path_(std::move(path)),
      by_year_(std::move(by_year)),
      first_year_(first_year) {
  for (const auto& year : by_year_)
    for (const Tie& t : year) {
      states_.push_back(t.a);
      states_.push_back(t.b);
    }
  std::sort(states_.begin(), states_.end());
  states_.erase(std::unique(states_.begin(), states_.end()), states_.end());
}

const std::vector<Tie>& AllianceData::ties(int year) const {
  static const std::vector<Tie> kEmpty;
  if (!has_year(year)) return kEmpty;
  return by_year_[static_cast<size_t>(year - first_year_)];
}

int AllianceData::code(int ccode1, int ccode2, int year) const {
  const auto& ts = ties(year);
  int a = std::min(ccode1, ccode2), b = std::max(ccode1, ccode2);
  auto it = std::lower_bound(ts.begin(), ts.end(), Tie{a, b, 0}, [](const Tie& x, const Tie& y) {
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  return it != ts.end() && it->a == a && it->b == b ? it->code : kNoTie;
}

std::optional<AllianceData> parse_alliance_data(Source source, std::string_view text,
                                                const std::string& path, core::Diagnostics& diags) {
  std::vector<std::string> cols =
      source == Source::kAtop
          ? std::vector<std::string>{"ccode1",       "ccode2",       "year",        "atop_defense",
                                     "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"}
          : std::vector<std::string>{"ccode1",      "ccode2",     "year",       "cow_defense",
                                     "cow_neutral", "cow_nonagg", "cow_entente"};
  struct Row {
    int year, a, b, code;
  };
  std::vector<Row> rows;
  std::vector<int> idx;
  int min_year = 0, max_year = -1;
  bool ok = scan_csv(
      text, path, cols, idx,
      [&](const CsvRow& r) {
        auto c1 = field_int(r, idx[0], cols[0], path, diags);
        auto c2 = field_int(r, idx[1], cols[1], path, diags);
        auto y = field_int(r, idx[2], cols[2], path, diags);
        int flags[5] = {0, 0, 0, 0, 0};
        bool good = c1 && c2 && y;
        for (size_t i = 3; i < cols.size(); ++i) {
          auto v = field_int(r, idx[i], cols[i], path, diags);
          if (!v) {
            good = false;
          } else if (*v != 0 && *v != 1) {
            diags.error({path, r.line, r.columns[static_cast<size_t>(idx[i])]},
                        fmt::format("column '{}' must be 0 or 1, found {}", cols[i], *v));
            good = false;
          } else {
            flags[i - 3] = static_cast<int>(*v);
          }
        }
        if (!good) return;
        if (*y < 1000 || *y > 9999) {
          diags.error({path, r.line, r.columns[static_cast<size_t>(idx[2])]},
                      fmt::format("year {} out of range", *y));
          return;
        }
        if (*c1 <= 0 || *c2 <= 0 || *c1 > 9999 || *c2 > 9999 || *c1 == *c2) {
          diags.error({path, r.line, r.columns[static_cast<size_t>(idx[0])]},
                      fmt::format("invalid pair of COW codes {} and {}", *c1, *c2));
          return;
        }
        if (max_year < min_year) min_year = max_year = static_cast<int>(*y);
        min_year = std::min(min_year, static_cast<int>(*y));
        max_year = std::max(max_year, static_cast<int>(*y));
        int code = kNoTie;
        if (source == Source::kAtop) {
          // defense or offense: 3; neutrality or non-aggression: 2; consultation: 1.
          if (flags[0] || flags[1])
            code = kDefense;
          else if (flags[2] || flags[3])
            code = kNeutralityNonaggression;
          else if (flags[4])
            code = kConsultation;
        } else {
          // defense: 3; neutrality or non-aggression: 2; entente: 1.
          if (flags[0])
            code = kDefense;
          else if (flags[1] || flags[2])
            code = kNeutralityNonaggression;
          else if (flags[3])
            code = kConsultation;
        }
        if (code == kNoTie) return;
        rows.push_back({static_cast<int>(*y), static_cast<int>(std::min(*c1, *c2)),
                        static_cast<int>(std::max(*c1, *c2)), code});
      },
      diags);
  if (!ok) return std::nullopt;
  std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
    if (x.year != y.year) return x.year < y.year;
    if (x.a != y.a) return x.a < y.a;
    if (x.b != y.b) return x.b < y.b;
    return x.code > y.code;  // the highest code of a pair first
  });
  std::vector<std::vector<Tie>> by_year;
  int first = max_year < min_year ? 1 : min_year;
  if (max_year >= min_year) by_year.resize(static_cast<size_t>(max_year - min_year + 1));
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    if (i > 0 && rows[i - 1].year == r.year && rows[i - 1].a == r.a && rows[i - 1].b == r.b)
      continue;  // the other direction of the dyad, or a duplicate row
    by_year[static_cast<size_t>(r.year - first)].push_back({r.a, r.b, r.code});
  }
  return AllianceData(source, path, std::move(by_year), first);
}

std::optional<AllianceData> load_alliance_data(Source source, const std::string& path,
                                               core::Diagnostics& diags) {
  auto text = read_data_file(path, diags);
  if (!text) return std::nullopt;
  return parse_alliance_data(source, *text, path, diags);
}

}  // namespace lattice::alliances
