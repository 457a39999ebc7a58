// Text and JSON of the Monte Carlo of `lattice bargain --simulate`.
#include "views/bargain_simulation_view.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "views/table.h"

namespace lattice::views {

namespace {

std::string num(double v) {
  return fmt::format("{:.2f}", v);
}

constexpr const char* kPerturbation =
    "capability x exp(N(0, P)); position + N(0, (P x range)^2) clamped to the range of the "
    "dimension's positions; salience + N(0, P^2) clamped to [0, 1]";

}  // namespace

nlohmann::json bargain_simulation_json(const bargain::Scenario& s, const std::string& model,
                                       const bargain::SimulationResult& r) {
  nlohmann::json dims = nlohmann::json::array();
  for (const auto& d : r.dimensions) {
    const auto& q = d.quantiles;
    dims.push_back(
        {{"name", d.name},
         {"baseline", d.baseline},
         {"mean", d.mean},
         {"sd", d.sd},
         {"quantiles", {{"p05", q[0]}, {"p25", q[1]}, {"p50", q[2]}, {"p75", q[3]}, {"p95", q[4]}}},
         {"histogram", {{"lo", d.lo}, {"hi", d.hi}, {"counts", d.counts}}}});
  }
  return {{"scenario", s.name},
          {"model", model},
          {"simulation",
           {{"runs", r.runs},
            {"perturb", r.perturb},
            {"seed", r.seed},
            {"bins", r.dimensions.empty() ? 0 : r.dimensions[0].counts.size()},
            {"perturbation", kPerturbation}}},
          {"dimensions", dims}};
}

std::string bargain_simulation_text(const bargain::Scenario& s, const std::string& model,
                                    const bargain::SimulationResult& r) {
  std::string out =
      fmt::format("Scenario: {}{} actors, {} dimension{}\n", s.name.empty() ? "" : s.name + ", ",
                  s.actors.size(), s.dimensions.size(), s.dimensions.size() == 1 ? "" : "s");
  out += fmt::format("Monte Carlo: model {}, {} runs, perturbation P = {}, seed {}\n", model,
                     r.runs, r.perturb, r.seed);
  out += fmt::format("Each run draws: {}.\n\n", kPerturbation);
  views::Table t({"Dimension", "Unperturbed", "Mean", "SD", "5%", "25%", "Median", "75%", "95%"});
  for (const auto& d : r.dimensions) {
    const auto& q = d.quantiles;
    t.add_row({d.name, num(d.baseline), num(d.mean), num(d.sd), num(q[0]), num(q[1]), num(q[2]),
               num(q[3]), num(q[4])});
  }
  out += t.to_text();
  for (const auto& d : r.dimensions) {
    out += fmt::format("\n{}: forecasts per bin ({} bins over [{}, {}])\n", d.name, d.counts.size(),
                       num(d.lo), num(d.hi));
    const std::size_t most = *std::max_element(d.counts.begin(), d.counts.end());
    const double width = (d.hi - d.lo) / static_cast<double>(d.counts.size());
    views::Table h({"From", "To", "Runs", ""});
    for (std::size_t b = 0; b < d.counts.size(); ++b) {
      const std::size_t bar = most > 0 ? (d.counts[b] * 40 + most - 1) / most : 0;
      h.add_row({num(d.lo + static_cast<double>(b) * width),
                 num(d.lo + static_cast<double>(b + 1) * width), std::to_string(d.counts[b]),
                 std::string(bar, '#')});
    }
    out += h.to_text();
  }
  return out;
}

}  // namespace lattice::views
