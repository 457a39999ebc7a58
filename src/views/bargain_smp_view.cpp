// Text and JSON of the spatial model of politics for `lattice bargain --method smp`.
#include "views/bargain_smp_view.h"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "views/table.h"

namespace lattice::views {

namespace {

std::string fixed(double v, int digits) {
  return fmt::format("{:.{}f}", v, digits);
}

std::string actor_name(const bargain::Scenario& s, int i) {
  return i >= 0 && static_cast<size_t>(i) < s.actors.size() ? s.actors[i].name : "";
}

std::string options_line(const bargain::SmpOptions& o) {
  return fmt::format(
      "voting {}, victory probability {}, PCE {}, transitions {}, at most {} turns, stop when a "
      "turn moves less than {} of turn one",
      bargain::to_string(o.voting), bargain::to_string(o.victory), bargain::to_string(o.pce),
      bargain::to_string(o.transitions), o.max_turns, o.min_delta_ratio);
}

}  // namespace

nlohmann::json smp_json(const bargain::Scenario& s, const bargain::SmpResult& r) {
  const auto& o = r.options;
  nlohmann::json dims = nlohmann::json::array();
  for (size_t k = 0; k < s.dimensions.size(); ++k) {
    std::vector<double> finals;
    for (const auto& p : r.final_positions) finals.push_back(p[k]);
    dims.push_back(
        {{"name", s.dimensions[k]}, {"forecast", r.forecast[k]}, {"final_positions", finals}});
  }
  nlohmann::json turns = nlohmann::json::array();
  for (size_t t = 0; t < r.turns.size(); ++t) {
    const auto& turn = r.turns[t];
    nlohmann::json actors = nlohmann::json::array();
    for (size_t i = 0; i < s.actors.size(); ++i) {
      const auto& c = turn.challenges[i];
      const auto& a = turn.accepted[i];
      nlohmann::json challenge = nullptr;
      if (c.target >= 0)
        challenge = {{"target", actor_name(s, c.target)},
                     {"expected_gain", c.expected_gain},
                     {"win_probability", c.win_probability},
                     {"own_position", c.own},
                     {"target_position", c.target_position}};
      actors.push_back({{"name", s.actors[i].name},
                        {"risk", turn.risk[i]},
                        {"challenge", challenge},
                        {"accepted",
                         {{"initiator", actor_name(s, a.initiator)},
                          {"receiver", actor_name(s, a.receiver)},
                          {"status_quo", a.initiator == a.receiver},
                          {"options", a.options},
                          {"probability", a.probability}}},
                        {"position", a.position}});
    }
    turns.push_back(
        {{"turn", t + 1}, {"distance", turn.distance}, {"ratio", turn.ratio}, {"actors", actors}});
  }
  return {{"model", "smp"},
          {"options",
           {{"voting", bargain::to_string(o.voting)},
            {"victory", bargain::to_string(o.victory)},
            {"pce", bargain::to_string(o.pce)},
            {"transitions", bargain::to_string(o.transitions)},
            {"max_turns", o.max_turns},
            {"min_turns", o.min_turns},
            {"min_delta_ratio", o.min_delta_ratio},
            {"seed", o.seed}}},
          {"scale", {r.scale_lo, r.scale_hi}},
          {"converged", r.converged},
          {"turns_run", r.turns.size()},
          {"dimensions", dims},
          {"history", r.history},
          {"turns", turns}};
}

std::string smp_text(const bargain::Scenario& s, const bargain::SmpResult& r) {
  std::string out = "Model: smp (" + options_line(r.options) + ")\n";
  out += fmt::format("Positions on {}-{}; {} turn{}, {}\n\n", r.scale_lo, r.scale_hi,
                     r.turns.size(), r.turns.size() == 1 ? "" : "s",
                     r.converged ? "settled" : "stopped at the turn limit");
  views::Table forecast({"Dimension", "Forecast", "Initial"});
  for (size_t k = 0; k < s.dimensions.size(); ++k) {
    double sw = 0, swx = 0;
    for (size_t i = 0; i < s.actors.size(); ++i) {
      const double w = s.actors[i].capability * s.actors[i].saliences[k];
      sw += w;
      swx += w * r.history[0][i][k];
    }
    forecast.add_row({s.dimensions[k], fixed(r.forecast[k], 2), fixed(sw > 0 ? swx / sw : 0, 2)});
  }
  out += forecast.to_text() +
         "(Forecast: final positions weighted by capability x salience; Initial: the same mean "
         "of the input positions)\n";
  for (size_t k = 0; k < s.dimensions.size(); ++k) {
    std::vector<std::string> head = {"Actor", "Start"};
    for (size_t t = 1; t < r.history.size(); ++t) head.push_back(fmt::format("T{}", t));
    views::Table pos(head);
    for (size_t i = 0; i < s.actors.size(); ++i) {
      std::vector<std::string> row = {s.actors[i].name};
      for (const auto& state : r.history) row.push_back(fixed(state[i][k], 1));
      pos.add_row(row);
    }
    out += "\n" + s.dimensions[k] + ": positions after each turn\n" + pos.to_text();
  }
  for (size_t t = 0; t < r.turns.size(); ++t) {
    const auto& turn = r.turns[t];
    out += fmt::format("\nTurn {}: moved {} (ratio to turn one {})\n", t + 1,
                       fixed(turn.distance, 4), fixed(turn.ratio, 4));
    views::Table tab(
        {"Actor", "Risk", "Challenges", "P(win)", "Gain", "Takes bargain", "Of", "P(bargain)"});
    for (size_t i = 0; i < s.actors.size(); ++i) {
      const auto& c = turn.challenges[i];
      const auto& a = turn.accepted[i];
      const std::string took =
          a.initiator == a.receiver
              ? std::string("status quo")
              : actor_name(s, a.initiator) + std::string(" > ") + actor_name(s, a.receiver);
      tab.add_row({s.actors[i].name, fixed(turn.risk[i], 3),
                   c.target >= 0 ? actor_name(s, c.target) : std::string("-"),
                   c.target >= 0 ? fixed(c.win_probability, 4) : std::string("-"),
                   c.target >= 0 ? fixed(c.expected_gain, 4) : std::string("-"), took,
                   std::to_string(a.options), fixed(a.probability, 4)});
    }
    out += tab.to_text();
  }
  return out;
}

}  // namespace lattice::views
