// lattice bargain FILE --model compromise|bdm|smp [--json]: negotiation forecasts from a
// stakeholder file (KTAB CSV or the simple CSV): the forecast per dimension, the positions after
// every round and what explains the forecast (for bdm: risk exponents, offers made and accepted;
// for smp: risk attitudes, challenges and the bargains taken).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "bargain/bdm.h"
#include "bargain/compromise.h"
#include "bargain/forecaster.h"
#include "bargain/scenario.h"
#include "bargain/smp.h"
#include "cli/bargain_simulate_output.h"
#include "cli/bargain_smp_output.h"
#include "cli/command.h"
#include "render/table.h"

namespace lattice::cli {

namespace {

std::string num(double v) {
  return fmt::format("{:.2f}", v);
}

nlohmann::json scenario_json(const bargain::Scenario& s) {
  nlohmann::json actors = nlohmann::json::array();
  for (const auto& a : s.actors)
    actors.push_back({{"name", a.name},
                      {"description", a.description},
                      {"capability", a.capability},
                      {"positions", a.positions},
                      {"saliences", a.saliences}});
  return {{"name", s.name},
          {"description", s.description},
          {"format", s.format},
          {"dimensions", s.dimensions},
          {"actors", actors}};
}

std::string security_name(bargain::SecurityLevel v) {
  return v == bargain::SecurityLevel::kOthersChallenging ? "others" : "own";
}
std::string range_name(bargain::RiskRange v) {
  return v == bargain::RiskRange::kActors ? "actors" : "positions";
}
std::string choice_name(bargain::OfferChoice v) {
  return v == bargain::OfferChoice::kSmallestMove ? "smallest-move" : "largest-gain";
}

nlohmann::json bdm_json(const bargain::Scenario& s, const bargain::BdmResult& r) {
  const auto& o = r.options;
  nlohmann::json dims = nlohmann::json::array();
  for (const auto& d : r.dimensions) {
    nlohmann::json rounds = nlohmann::json::array();
    for (const auto& br : d.rounds) {
      nlohmann::json offers = nlohmann::json::array();
      for (const auto& of : br.offers)
        offers.push_back({{"from", s.actors[of.from].name},
                          {"to", s.actors[of.to].name},
                          {"type", bargain::to_string(of.type)},
                          {"eu_from", of.eu_from},
                          {"eu_to", of.eu_to},
                          {"position", of.position},
                          {"accepted", of.accepted}});
      rounds.push_back({{"positions", br.positions},
                        {"median", br.median},
                        {"mean", br.mean},
                        {"security", br.security},
                        {"risk", br.risk},
                        {"offers", offers}});
    }
    nlohmann::json pairs = nlohmann::json::array();
    for (const auto& p : d.round_one)
      pairs.push_back({{"i", s.actors[p.i].name},
                       {"j", s.actors[p.j].name},
                       {"p", p.p},
                       {"u_success", p.u_success},
                       {"u_failure", p.u_failure},
                       {"u_sq", p.u_sq},
                       {"u_better", p.u_better},
                       {"u_worse", p.u_worse},
                       {"eu_i", p.eu_i},
                       {"eu_j", p.eu_j}});
    dims.push_back({{"name", d.name},
                    {"forecast", d.forecast},
                    {"settled", d.settled},
                    {"stop", bargain::to_string(d.stop)},
                    {"final_positions", d.final_positions},
                    {"rounds", rounds},
                    {"round_one", pairs}});
  }
  return {{"model", "bdm"},
          {"options",
           {{"q", o.q},
            {"t", o.t},
            {"security", security_name(o.security)},
            {"risk_range", range_name(o.risk_range)},
            {"offer_choice", choice_name(o.choice)},
            {"max_rounds", o.max_rounds},
            {"stable_rounds", o.stable_rounds},
            {"tolerance", o.tolerance}}},
          {"dimensions", dims}};
}

void print_bdm(std::ostream& out, const bargain::Scenario& s, const bargain::BdmResult& r) {
  const auto& o = r.options;
  out << fmt::format(
      "Model: bdm (q {}, t {}, security {}, risk range {}, offer choice {}, max rounds {})\n", o.q,
      o.t, security_name(o.security), range_name(o.risk_range), choice_name(o.choice),
      o.max_rounds);
  const auto comp = bargain::compromise(s);
  for (size_t k = 0; k < r.dimensions.size(); ++k) {
    const auto& d = r.dimensions[k];
    out << fmt::format(
        "\n{}: forecast {} (Condorcet median after {} round{}, {}); compromise mean {}, median "
        "{}\n",
        d.name, num(d.forecast), d.rounds.size(), d.rounds.size() == 1 ? "" : "s",
        d.stop == bargain::BdmStop::kPositionsSettled ? "positions settled"
        : d.stop == bargain::BdmStop::kMedianStable
            ? fmt::format("median unchanged for {} rounds", o.stable_rounds)
            : "not settled",
        num(comp.dimensions[k].mean), num(comp.dimensions[k].median));
    render::Table rounds({"Round", "Median", "Mean", "Offers", "Accepted"});
    for (size_t i = 0; i < d.rounds.size(); ++i) {
      size_t accepted = 0;
      for (const auto& of : d.rounds[i].offers) accepted += of.accepted;
      rounds.add_row({std::to_string(i + 1), num(d.rounds[i].median), num(d.rounds[i].mean),
                      std::to_string(d.rounds[i].offers.size()), std::to_string(accepted)});
    }
    out << rounds.to_text();
    std::vector<std::string> head = {"Actor", "Risk"};
    for (size_t i = 0; i < d.rounds.size(); ++i) head.push_back("R" + std::to_string(i + 1));
    head.push_back("Final");
    render::Table pos(head);
    for (size_t a = 0; a < s.actors.size(); ++a) {
      std::vector<std::string> row = {s.actors[a].name,
                                      d.rounds.empty() ? "" : num(d.rounds[0].risk[a])};
      for (const auto& br : d.rounds) row.push_back(num(br.positions[a]));
      row.push_back(num(d.final_positions[a]));
      pos.add_row(row);
    }
    out << "\nPositions at the start of each round (Risk: round-one risk exponent)\n"
        << pos.to_text() << "\nAccepted offers\n";
    for (size_t i = 0; i < d.rounds.size(); ++i)
      for (const auto& of : d.rounds[i].offers)
        if (of.accepted)
          out << fmt::format("  round {}: {} accepts {}'s {} offer: {} -> {}\n", i + 1,
                             s.actors[of.to].name, s.actors[of.from].name,
                             bargain::to_string(of.type), num(d.rounds[i].positions[of.to]),
                             num(of.position));
  }
}

}  // namespace

void register_bargain(CLI::App& app, Context& ctx) {
  static std::string file, model;
  static bool json = false;
  static bargain::BdmOptions bo;
  static std::string security, risk_range, choice;
  static SimulationFlags sim;
  static bargain::SmpOptions so;
  static std::string smp_voting, smp_victory, smp_pce, smp_transitions;
  so = {};
  smp_voting = bargain::to_string(so.voting);
  smp_victory = bargain::to_string(so.victory);
  smp_pce = bargain::to_string(so.pce);
  smp_transitions = bargain::to_string(so.transitions);
  file.clear();
  model = "bdm";
  json = false;
  bo = {};
  security = "others";
  risk_range = "actors";
  choice = "smallest-move";
  CLI::App* sub = app.add_subcommand(
      "bargain", "Negotiation forecast from a stakeholder file (KTAB CSV or simple CSV)");
  sub->add_option("FILE", file, "KTAB CSV or Actor,Capability,Position,Salience CSV")->required();
  sub->add_option("--model", model, "compromise, bdm or smp (default bdm)")
      ->check(CLI::IsMember({"compromise", "bdm", "smp"}));
  sub->add_flag("--json", json, "Print JSON");
  sub->add_option("--q", bo.q, "bdm: probability the status quo persists (default 1)")
      ->check(CLI::Range(0.0, 1.0));
  sub->add_option("--t", bo.t, "bdm: probability a changed status quo is better (default 1)")
      ->check(CLI::Range(0.0, 1.0));
  sub->add_option("--security", security, "bdm: security level sums others|own challenges")
      ->check(CLI::IsMember({"others", "own"}));
  sub->add_option("--risk-range", risk_range, "bdm: risk normalised over actors|positions")
      ->check(CLI::IsMember({"actors", "positions"}));
  sub->add_option("--offer-choice", choice, "bdm: smallest-move|largest-gain")
      ->check(CLI::IsMember({"smallest-move", "largest-gain"}));
  sub->add_option("--max-rounds", bo.max_rounds, "bdm: most rounds (default 100)")
      ->check(CLI::Range(1, 10000));
  sub->add_option("--tolerance", bo.tolerance,
                  "bdm: settled when no position moves more than this share of the range "
                  "(default 0.001)")
      ->check(CLI::Range(0.0, 1.0));
  sub->add_option("--stable-rounds", bo.stable_rounds,
                  "bdm: also stop once the median has not moved for K rounds (default 0: off)")
      ->check(CLI::Range(0, 10000));
  sub->add_option("--voting", smp_voting,
                  "smp: binary|prop-bin|proportional|prop-cubic|cubic|asym-prospect (default "
                  "proportional)")
      ->check(CLI::IsMember(
          {"binary", "prop-bin", "proportional", "prop-cubic", "cubic", "asym-prospect"}));
  sub->add_option("--victory", smp_victory,
                  "smp: victory probability linear|square|quartic|octic|binary (default linear)")
      ->check(CLI::IsMember({"linear", "square", "quartic", "octic", "binary"}));
  sub->add_option("--pce", smp_pce,
                  "smp: conditional|markov-incentive|markov-uniform (default conditional)")
      ->check(CLI::IsMember({"conditional", "markov-incentive", "markov-uniform"}));
  sub->add_option("--transitions", smp_transitions,
                  "smp: deterministic|stochastic (default deterministic)")
      ->check(CLI::IsMember({"deterministic", "stochastic"}));
  sub->add_option("--max-turns", so.max_turns, "smp: most turns (default 100)")
      ->check(CLI::Range(1, 10000));
  sub->add_option("--transition-seed", so.seed, "smp: seed of stochastic transitions (default 1)");
  add_simulation_options(sub, sim);
  sub->callback([&ctx]() {
    core::Diagnostics diags;
    const bargain::Scenario s = bargain::load_scenario(file, diags);
    if (diags.has_errors()) {
      for (const auto& d : diags.items()) ctx.err << d.to_string() << "\n";
      ctx.exit_code = kExitInvalid;
      return;
    }
    bo.security = security == "others" ? bargain::SecurityLevel::kOthersChallenging
                                       : bargain::SecurityLevel::kOwnChallenges;
    bo.risk_range = risk_range == "actors" ? bargain::RiskRange::kActors
                                           : bargain::RiskRange::kAlternativePositions;
    bo.choice = choice == "smallest-move" ? bargain::OfferChoice::kSmallestMove
                                          : bargain::OfferChoice::kLargestGain;
    so.voting = *bargain::parse_smp_voting(smp_voting);
    so.victory = *bargain::parse_smp_victory(smp_victory);
    so.pce = *bargain::parse_smp_pce(smp_pce);
    so.transitions = *bargain::parse_smp_transitions(smp_transitions);
    if (model == "smp" && s.actors.size() > bargain::kSmpMaxActors) {
      ctx.err << fmt::format(
          "{}: error: smp takes at most {} actors (KTAB's limit); the file has {}\n", file,
          bargain::kSmpMaxActors, s.actors.size());
      ctx.exit_code = kExitInvalid;
      return;
    }
    if (sim.runs > 0) {
      bargain::Forecaster f =
          model == "compromise" ? bargain::compromise_forecaster() : bargain::bdm_forecaster(bo);
      if (model == "smp")
        f = [smp_options = so](const bargain::Scenario& sc) {
          return bargain::smp(sc, smp_options).forecast;
        };
      run_bargain_simulation(ctx, s, model, f, sim, json);
      return;
    }
    if (model == "compromise") {
      const auto r = bargain::compromise(s);
      if (json) {
        nlohmann::json dims = nlohmann::json::array();
        for (size_t k = 0; k < r.dimensions.size(); ++k)
          dims.push_back({{"name", s.dimensions[k]},
                          {"forecast", r.dimensions[k].mean},
                          {"mean", r.dimensions[k].mean},
                          {"median", r.dimensions[k].median},
                          {"total_weight", r.dimensions[k].total_weight}});
        ctx.out << nlohmann::json{{"scenario", scenario_json(s)},
                                  {"model", "compromise"},
                                  {"dimensions", dims}}
                       .dump(2)
                << "\n";
        return;
      }
      ctx.out << fmt::format("Scenario: {} ({} actors, {} dimensions)\n", s.name, s.actors.size(),
                             s.dimensions.size())
              << "Model: compromise (weights: capability x salience; forecast: weighted mean)\n\n";
      render::Table t({"Dimension", "Forecast", "Weighted mean", "Weighted median"});
      for (size_t k = 0; k < r.dimensions.size(); ++k)
        t.add_row({s.dimensions[k], num(r.dimensions[k].mean), num(r.dimensions[k].mean),
                   num(r.dimensions[k].median)});
      ctx.out << t.to_text();
      return;
    }
    if (model == "smp") {
      const auto r = bargain::smp(s, so);
      if (json) {
        nlohmann::json j = smp_json(s, r);
        j["scenario"] = scenario_json(s);
        ctx.out << j.dump(2) << "\n";
        return;
      }
      ctx.out << fmt::format("Scenario: {} ({} actors, {} dimensions)\n", s.name, s.actors.size(),
                             s.dimensions.size());
      print_smp(ctx.out, s, r);
      return;
    }
    const auto r = bargain::bdm(s, bo);
    if (json) {
      nlohmann::json j = bdm_json(s, r);
      j["scenario"] = scenario_json(s);
      ctx.out << j.dump(2) << "\n";
      return;
    }
    ctx.out << fmt::format("Scenario: {} ({} actors, {} dimensions)\n", s.name, s.actors.size(),
                           s.dimensions.size());
    print_bdm(ctx.out, s, r);
  });
}

}  // namespace lattice::cli
