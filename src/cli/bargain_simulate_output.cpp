// Running and printing the Monte Carlo of `lattice bargain --simulate`.
#include "cli/bargain_simulate_output.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>

#include "render/table.h"

namespace lattice::cli {

namespace {

std::string num(double v) {
  return fmt::format("{:.2f}", v);
}

constexpr const char* kPerturbation =
    "capability x exp(N(0, P)); position + N(0, (P x range)^2) clamped to the range of the "
    "dimension's positions; salience + N(0, P^2) clamped to [0, 1]";

// A validator accepting numbers in [lo, hi] (integers only when `integer`), with a message
// saying what the flag means and which values it takes.
CLI::Validator number_in(double lo, double hi, bool integer, const std::string& what) {
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        char* end = nullptr;
        const double v = std::strtod(text.c_str(), &end);
        const bool whole = integer ? v == std::floor(v) : true;
        if (text.empty() || *end != '\0' || !std::isfinite(v) || !whole || v < lo || v > hi)
          return fmt::format("{} must be {} from {} to {}, not '{}'", what,
                             integer ? "a whole number" : "a number", lo, hi, text);
        return "";
      },
      fmt::format("{} in [{}, {}]", integer ? "INT" : "NUMBER", lo, hi));
}

}  // namespace

void add_simulation_options(CLI::App* sub, SimulationFlags& f) {
  f = {};
  CLI::Option* runs =
      sub->add_option("--simulate", f.runs,
                      "Monte Carlo: N runs over perturbed inputs (1 to 10000000); see --perturb")
          ->check(number_in(1, 1e7, true, "the number of runs"));
  sub->add_option("--perturb", f.perturb,
                  "Monte Carlo: perturbation strength P in [0, 1] (default 0.1)")
      ->check(number_in(0, 1, false, "the perturbation strength"))
      ->needs(runs);
  sub->add_option("--seed", f.seed,
                  fmt::format("Monte Carlo: seed (default {})", bargain::kDefaultSimulationSeed))
      ->needs(runs);
  sub->add_option("--threads", f.threads,
                  "Monte Carlo: worker threads (default: the hardware concurrency)")
      ->check(number_in(1, 1024, true, "the number of threads"))
      ->needs(runs);
}

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
  render::Table t({"Dimension", "Unperturbed", "Mean", "SD", "5%", "25%", "Median", "75%", "95%"});
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
    render::Table h({"From", "To", "Runs", ""});
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

void run_bargain_simulation(Context& ctx, const bargain::Scenario& s, const std::string& model,
                            const bargain::Forecaster& f, const SimulationFlags& flags, bool json) {
  bargain::SimulateOptions o;
  o.runs = static_cast<std::size_t>(flags.runs);
  o.perturb = flags.perturb;
  o.seed = flags.seed;
  o.threads = static_cast<unsigned>(flags.threads);
  const bool progress = &ctx.err == &std::cerr && ::isatty(STDERR_FILENO) && o.runs > 1;
  if (progress)
    o.progress = [&ctx](std::size_t done, std::size_t total) {
      ctx.err << fmt::format("\r\033[Ksimulating: {}/{} runs", done, total) << std::flush;
    };
  const bargain::SimulationResult r = bargain::simulate(s, f, o);
  if (progress) ctx.err << "\r\033[K" << std::flush;
  if (json)
    ctx.out << bargain_simulation_json(s, model, r).dump(2) << "\n";
  else
    ctx.out << bargain_simulation_text(s, model, r);
}

}  // namespace lattice::cli
