// Views of the bargaining forecast (see bargain_views.h).
#include "views/bargain_views.h"

#include <fmt/format.h>

#include "views/bargain_simulation_view.h"
#include "views/bargain_smp_view.h"
#include "views/table.h"

namespace lattice::views {

namespace {

std::string num(double v) {
  return fmt::format("{:.2f}", v);
}

nlohmann::json scenario_json_of(const bargain::Scenario& s) {
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

std::string bdm_text(const bargain::Scenario& s, const bargain::BdmResult& r,
                     const bargain::CompromiseResult& comp) {
  const auto& o = r.options;
  std::string out = fmt::format(
      "Model: bdm (q {}, t {}, security {}, risk range {}, offer choice {}, max rounds {})\n", o.q,
      o.t, security_name(o.security), range_name(o.risk_range), choice_name(o.choice),
      o.max_rounds);
  for (size_t k = 0; k < r.dimensions.size(); ++k) {
    const auto& d = r.dimensions[k];
    out += fmt::format(
        "\n{}: forecast {} (Condorcet median after {} round{}, {}); compromise mean {}, median "
        "{}\n",
        d.name, num(d.forecast), d.rounds.size(), d.rounds.size() == 1 ? "" : "s",
        d.stop == bargain::BdmStop::kPositionsSettled ? "positions settled"
        : d.stop == bargain::BdmStop::kMedianStable
            ? fmt::format("median unchanged for {} rounds", o.stable_rounds)
            : "not settled",
        num(comp.dimensions[k].mean), num(comp.dimensions[k].median));
    views::Table rounds({"Round", "Median", "Mean", "Offers", "Accepted"});
    for (size_t i = 0; i < d.rounds.size(); ++i) {
      size_t accepted = 0;
      for (const auto& of : d.rounds[i].offers) accepted += of.accepted;
      rounds.add_row({std::to_string(i + 1), num(d.rounds[i].median), num(d.rounds[i].mean),
                      std::to_string(d.rounds[i].offers.size()), std::to_string(accepted)});
    }
    out += rounds.to_text();
    std::vector<std::string> head = {"Actor", "Risk"};
    for (size_t i = 0; i < d.rounds.size(); ++i) head.push_back("R" + std::to_string(i + 1));
    head.push_back("Final");
    views::Table pos(head);
    for (size_t a = 0; a < s.actors.size(); ++a) {
      std::vector<std::string> row = {s.actors[a].name,
                                      d.rounds.empty() ? "" : num(d.rounds[0].risk[a])};
      for (const auto& br : d.rounds) row.push_back(num(br.positions[a]));
      row.push_back(num(d.final_positions[a]));
      pos.add_row(row);
    }
    out += "\nPositions at the start of each round (Risk: round-one risk exponent)\n" +
           pos.to_text() + "\nAccepted offers\n";
    for (size_t i = 0; i < d.rounds.size(); ++i)
      for (const auto& of : d.rounds[i].offers)
        if (of.accepted)
          out +=
              fmt::format("  round {}: {} accepts {}'s {} offer: {} -> {}\n", i + 1,
                          s.actors[of.to].name, s.actors[of.from].name, bargain::to_string(of.type),
                          num(d.rounds[i].positions[of.to]), num(of.position));
  }
  return out;
}

std::string method_name(query::BargainMethod m) {
  return std::string(model::name(m));
}

std::string scenario_line(const bargain::Scenario& s) {
  return fmt::format("Scenario: {} ({} actors, {} dimensions)\n", s.name, s.actors.size(),
                     s.dimensions.size());
}

nlohmann::json compromise_json(const bargain::Scenario& s, const bargain::CompromiseResult& r) {
  nlohmann::json dims = nlohmann::json::array();
  for (size_t k = 0; k < r.dimensions.size(); ++k)
    dims.push_back({{"name", s.dimensions[k]},
                    {"forecast", r.dimensions[k].mean},
                    {"mean", r.dimensions[k].mean},
                    {"median", r.dimensions[k].median},
                    {"total_weight", r.dimensions[k].total_weight}});
  return {{"scenario", scenario_json_of(s)}, {"model", "compromise"}, {"dimensions", dims}};
}

std::string compromise_text(const bargain::Scenario& s, const bargain::CompromiseResult& r) {
  std::string out =
      scenario_line(s) +
      "Model: compromise (weights: capability x salience; forecast: weighted mean)\n\n";
  views::Table t({"Dimension", "Forecast", "Weighted mean", "Weighted median"});
  for (size_t k = 0; k < r.dimensions.size(); ++k)
    t.add_row({s.dimensions[k], num(r.dimensions[k].mean), num(r.dimensions[k].mean),
               num(r.dimensions[k].median)});
  return out + t.to_text();
}

}  // namespace

nlohmann::json bargain_scenario_json(const bargain::Scenario& s) {
  return scenario_json_of(s);
}

query::Views<query::BargainResult> bargain_views() {
  query::Views<query::BargainResult> v;
  v.json = [](const query::BargainResult& r) -> nlohmann::json {
    const bargain::Scenario& s = r.scenario;
    if (r.simulation) return bargain_simulation_json(s, method_name(r.method), *r.simulation);
    if (r.smp) {
      nlohmann::json j = smp_json(s, *r.smp);
      j["scenario"] = scenario_json_of(s);
      return j;
    }
    if (r.bdm) {
      nlohmann::json j = bdm_json(s, *r.bdm);
      j["scenario"] = scenario_json_of(s);
      return j;
    }
    return compromise_json(s, *r.compromise);
  };
  v.text = [](const query::BargainResult& r) -> std::string {
    const bargain::Scenario& s = r.scenario;
    if (r.simulation) return bargain_simulation_text(s, method_name(r.method), *r.simulation);
    if (r.smp) return scenario_line(s) + smp_text(s, *r.smp);
    if (r.bdm) return scenario_line(s) + bdm_text(s, *r.bdm, *r.compromise);
    return compromise_text(s, *r.compromise);
  };
  return v;
}

}  // namespace lattice::views
