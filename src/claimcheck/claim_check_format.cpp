// JSON and table cells of claim checks.
#include "claimcheck/claim_check_format.h"

#include <fmt/format.h>

#include <cmath>

namespace lattice::claimcheck {
namespace {

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  return s;
}

}  // namespace

std::string format_figure(double v, model::ClaimUnit unit) {
  switch (unit) {
    case model::ClaimUnit::kUsd: {
      const double a = std::fabs(v);
      if (a >= 1e12) return fmt::format("${:.2f} tn", v / 1e12);
      if (a >= 1e9) return fmt::format("${:.1f} bn", v / 1e9);
      if (a >= 1e6) return fmt::format("${:.1f} m", v / 1e6);
      return fmt::format("${:.0f}", v);
    }
    case model::ClaimUnit::kPercent:
      return fmt::format("{:.2f}%", v);
    case model::ClaimUnit::kRatio:
      return fmt::format("{:.3f}x", v);
    default:
      return fmt::format("{:g}", v);
  }
}

nlohmann::json check_json(const ClaimCheck& c, const std::string& doc) {
  using nlohmann::json;
  const Interpretation& in = c.interpretation;
  json interp = {{"indicator", in.indicator.empty() ? json(nullptr) : json(in.indicator)},
                 {"entities", in.entities},
                 {"added", in.added},
                 {"comparison", std::string(comparison_name(in.comparison))},
                 {"year", in.year ? json(*in.year) : json(nullptr)},
                 {"year_source", in.year_source},
                 {"bound", std::string(bound_name(in.bound))},
                 {"hedge", in.hedge}};
  auto opt = [](const auto& o) { return o ? json(*o) : json(nullptr); };
  return json{{"doc", doc},
              {"start", c.claim.start},
              {"end", c.claim.end},
              {"text", c.text},
              {"quantity", c.claim.quantity},
              {"unit", std::string(model::name(c.claim.unit))},
              {"year", opt(c.claim.year)},
              {"interpretation", interp},
              {"verdict", std::string(verdict_name(c.verdict))},
              {"actual", opt(c.actual)},
              {"relative_error", opt(c.relative_error)},
              {"figure_year", opt(c.year)},
              {"latest_year", opt(c.latest_year)},
              {"latest_actual", opt(c.latest_actual)},
              {"dataset", c.datasets.empty() ? json(nullptr) : json(join(c.datasets, ","))},
              {"datasets", c.datasets},
              {"computation", c.computation},
              {"reason", c.reason}};
}

CheckRow check_row(const ClaimCheck& c) {
  CheckRow r;
  r.claim = one_line(c.text);
  const Interpretation& in = c.interpretation;
  if (in.comparison == Comparison::kNone || in.indicator.empty()) {
    r.interpretation.push_back('-');  // not = "-": GCC 12 -Wrestrict false positive
  } else {
    std::string who =
        join(in.entities, c.interpretation.comparison == Comparison::kRatio ? "/" : ",");
    if (!in.added.empty()) {
      who += '+';
      who += join(in.added, "+");
    }
    r.interpretation = fmt::format("{} {} of {}", in.indicator, comparison_name(in.comparison),
                                   who.empty() ? "?" : who);
    if (c.year) r.interpretation += fmt::format(", {} ({})", *c.year, in.year_source);
  }
  r.verdict = std::string(verdict_name(c.verdict));
  if (c.relative_error && c.verdict != Verdict::kUnverifiable)
    r.verdict += fmt::format(" ({:+.1f}%)", 100 * *c.relative_error);
  r.actual = c.actual ? format_figure(*c.actual, c.claim.unit) : "-";
  if (c.latest_actual && c.latest_year)
    r.actual +=
        fmt::format("; {}: {}", *c.latest_year, format_figure(*c.latest_actual, c.claim.unit));
  r.data = c.verdict == Verdict::kUnverifiable ? c.reason : join(c.datasets, ",");
  return r;
}

}  // namespace lattice::claimcheck
