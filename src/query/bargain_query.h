// The bargaining forecast as a query (`lattice bargain FILE`): a stakeholder file (KTAB CSV or the
// simple CSV) and a forecasting method (--method compromise|bdm|smp, each with its options), or a
// Monte Carlo over perturbed inputs (--simulate N). Also the report's run of every method on the
// examples embedded from examples/. Requests are values; the functions are pure apart from
// reading the file.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bargain/bdm.h"
#include "bargain/compromise.h"
#include "bargain/scenario.h"
#include "bargain/simulate.h"
#include "bargain/smp.h"
#include "model/vocabulary.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/monte_carlo.h"
#include "query/param.h"

namespace lattice::query {

// The forecasting method (formerly `--model`, which now names the model folder everywhere).
enum class BargainMethod { kCompromise, kBdm, kSmp };

}  // namespace lattice::query

// The spellings of the choices of a bargaining request, for the binder and the describer.
namespace lattice::model {
template <>
std::span<const std::string_view> names_of<query::BargainMethod>();
template <>
std::span<const std::string_view> names_of<bargain::SecurityLevel>();
template <>
std::span<const std::string_view> names_of<bargain::RiskRange>();
template <>
std::span<const std::string_view> names_of<bargain::OfferChoice>();
template <>
std::span<const std::string_view> names_of<bargain::SmpVoting>();
template <>
std::span<const std::string_view> names_of<bargain::SmpVictory>();
template <>
std::span<const std::string_view> names_of<bargain::SmpPce>();
template <>
std::span<const std::string_view> names_of<bargain::SmpTransitions>();
}  // namespace lattice::model

namespace lattice::query {

struct BargainRequest {
  Path file;
  BargainMethod method = BargainMethod::kBdm;
  // bdm
  double q = bargain::BdmOptions{}.q;
  double t = bargain::BdmOptions{}.t;
  bargain::SecurityLevel security = bargain::BdmOptions{}.security;
  bargain::RiskRange risk_range = bargain::BdmOptions{}.risk_range;
  bargain::OfferChoice offer_choice = bargain::BdmOptions{}.choice;
  int max_rounds = bargain::BdmOptions{}.max_rounds;
  double tolerance = bargain::BdmOptions{}.tolerance;
  int stable_rounds = bargain::BdmOptions{}.stable_rounds;
  // smp
  bargain::SmpVoting voting = bargain::SmpOptions{}.voting;
  bargain::SmpVictory victory = bargain::SmpOptions{}.victory;
  bargain::SmpPce pce = bargain::SmpOptions{}.pce;
  bargain::SmpTransitions transitions = bargain::SmpOptions{}.transitions;
  int max_turns = bargain::SmpOptions{}.max_turns;
  std::uint64_t transition_seed = bargain::SmpOptions{}.seed;
  // Monte Carlo
  std::optional<long> simulate;   // absent: no simulation
  std::optional<double> perturb;  // absent: 0.1
  MonteCarloParams monte_carlo;

  static constexpr double kDefaultPerturb = 0.1;

  template <class V>
  void visit(V&& v) {
    v(file, {.name = "file",
             .help = "KTAB CSV or Actor,Capability,Position,Salience CSV (a file of examples/ "
                     "that is not on disk is read from the copy built into lattice)",
             .required = true,
             .positional = true});
    v(method, {.name = "method",
               .help = "Forecasting method (default bdm; formerly --model)",
               .what = "bargaining method",
               .old_cli_name = "model"});
    v(q, {.name = "q",
          .help = "bdm: probability the status quo persists (default 1)",
          .min = 0,
          .max = 1});
    v(t, {.name = "t",
          .help = "bdm: probability a changed status quo is better (default 1)",
          .min = 0,
          .max = 1});
    v(security, {.name = "security",
                 .help = "bdm: the security level sums the others' or its own challenges",
                 .what = "security level"});
    v(risk_range, {.name = "risk_range",
                   .help = "bdm: risk normalised over the actors or the positions",
                   .what = "risk range"});
    v(offer_choice,
      {.name = "offer_choice", .help = "bdm: which offer an actor takes", .what = "offer choice"});
    v(max_rounds, {.name = "max_rounds", .help = "bdm: most rounds", .min = 1, .max = 10000});
    v(tolerance, {.name = "tolerance",
                  .help = "bdm: settled when no position moves more than this share of the range",
                  .min = 0,
                  .max = 1});
    v(stable_rounds, {.name = "stable_rounds",
                      .help = "bdm: also stop once the median has not moved for K rounds (0: off)",
                      .min = 0,
                      .max = 10000});
    v(voting, {.name = "voting", .help = "smp: voting rule", .what = "voting rule"});
    v(victory,
      {.name = "victory", .help = "smp: victory probability model", .what = "victory model"});
    v(pce, {.name = "pce", .help = "smp: probabilistic condorcet election model", .what = "PCE"});
    v(transitions, {.name = "transitions",
                    .help = "smp: the bargain taken is the likeliest or drawn",
                    .what = "transitions"});
    v(max_turns, {.name = "max_turns", .help = "smp: most turns", .min = 1, .max = 10000});
    v(transition_seed, {.name = "transition_seed", .help = "smp: seed of stochastic transitions"});
    v(simulate, {.name = "simulate",
                 .help = "Monte Carlo: N runs over perturbed inputs; see --perturb",
                 .min = 1,
                 .max = 1e7,
                 .what = "the number of runs"});
    v(perturb, {.name = "perturb",
                .help = "Monte Carlo: perturbation strength P (default 0.1)",
                .min = 0,
                .max = 1,
                .what = "the perturbation strength"});
    monte_carlo.visit(v);
  }

  // --perturb, --seed and --threads need --simulate.
  std::vector<ParamError> validate() const;
};

struct BargainResult {
  bargain::Scenario scenario;
  BargainMethod method = BargainMethod::kBdm;
  // Without --simulate: the method's result; bdm's text shows the compromise beside it.
  std::optional<bargain::CompromiseResult> compromise;
  std::optional<bargain::BdmResult> bdm;
  std::optional<bargain::SmpResult> smp;
  std::optional<bargain::SimulationResult> simulation;  // with --simulate
};

// Reads the file (an error names file:line) and runs the method; throws std::runtime_error on a
// bad file or a scenario the method cannot take (smp: more than 250 actors).
BargainResult bargain(const Env& env, const BargainRequest& request);

// The report's bargaining section: every example embedded from examples/ under each method with
// its default options.
struct BargainExampleResult {
  std::string id;  // the example's folder under examples/
  bargain::Scenario scenario;
  bargain::CompromiseResult compromise;
  bargain::BdmResult bdm;
  bargain::SmpResult smp;
  // Per dimension, per SMP turn (history index): the capability x salience weighted mean of the
  // positions, the forecast SMP reports at the end.
  std::vector<std::vector<double>> smp_step_forecast;
};

struct BargainExamplesResult {
  std::vector<BargainExampleResult> examples;
  std::vector<std::string> left_out;  // examples left out: their input errors (file:line: ...)
};

// The examples the model's analysis.toml names ([report] bargain_examples) under the three
// methods; an example that fails to parse is left out.
BargainExamplesResult bargain_examples(const Env& env);
// One scenario under the three methods with their default options.
BargainExampleResult bargain_example(std::string id, bargain::Scenario s);

}  // namespace lattice::query
