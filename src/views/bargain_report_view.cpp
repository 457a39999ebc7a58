// The report's bargaining section (see bargain_report_view.h).
#include "views/bargain_report_view.h"

#include <fmt/format.h>

namespace lattice::views {

namespace {

views::BargainForecast compromise_forecast(const bargain::CompromiseResult& r) {
  views::BargainForecast f;
  for (const auto& d : r.dimensions) f.forecast.push_back(d.mean);
  f.note = "capability x salience weighted mean of the initial positions";
  return f;
}

views::BargainForecast bdm_forecast(const bargain::BdmResult& r) {
  views::BargainForecast f;
  for (const auto& d : r.dimensions) {
    f.forecast.push_back(d.forecast);
    std::vector<std::vector<double>> steps;
    std::vector<double> med;
    for (const auto& br : d.rounds) {
      steps.push_back(br.positions);
      med.push_back(br.median);
    }
    steps.push_back(d.final_positions);
    med.push_back(d.forecast);
    f.steps.push_back(std::move(steps));
    f.step_forecast.push_back(std::move(med));
    if (!f.note.empty()) f.note += "; ";
    f.note += fmt::format("{}: {} after {} round{}", d.name, d.settled ? "settled" : "not settled",
                          d.rounds.size(), d.rounds.size() == 1 ? "" : "s");
  }
  f.note += " (Condorcet median of the final positions; default options)";
  return f;
}

// Per dimension: every actor's position after each turn, and the forecast at each turn.
views::BargainForecast smp_forecast(const bargain::Scenario& s, const bargain::SmpResult& r,
                                    const std::vector<std::vector<double>>& step_forecast) {
  views::BargainForecast f;
  f.forecast = r.forecast;
  for (size_t d = 0; d < s.dimensions.size(); ++d) {
    std::vector<std::vector<double>> steps;
    for (const auto& turn : r.history) {
      std::vector<double> xs;
      for (size_t a = 0; a < s.actors.size() && a < turn.size(); ++a) xs.push_back(turn[a][d]);
      steps.push_back(std::move(xs));
    }
    f.steps.push_back(std::move(steps));
  }
  f.step_forecast = step_forecast;
  f.note = fmt::format(
      "{} after {} turn{} (capability x salience weighted mean of the final positions)",
      r.converged ? "settled" : "not settled", r.turns.size(), r.turns.size() == 1 ? "" : "s");
  return f;
}

}  // namespace

views::BargainCase bargain_report_case(const query::BargainExampleResult& e) {
  return {e.id,
          e.scenario,
          {{"Compromise (weighted mean)", compromise_forecast(e.compromise)},
           {"BDM (expected utility)", bdm_forecast(e.bdm)},
           {"SMP (spatial model, KTAB defaults)",
            smp_forecast(e.scenario, e.smp, e.smp_step_forecast)}}};
}

std::string bargain_report_section(const query::BargainExamplesResult& examples) {
  std::vector<views::BargainCase> cases;
  for (const auto& e : examples.examples) cases.push_back(bargain_report_case(e));
  return views::bargain_section(cases, examples.left_out);
}

}  // namespace lattice::views
