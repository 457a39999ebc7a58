// The bargaining section of the HTML report: for each stakeholder scenario (the examples embedded
// from examples/), the table of stakeholders, the forecast of every model the caller ran and an
// inline SVG chart of the positions round by round. It only formats: the caller runs the models
// (query::bargain_examples, views/bargain_report_view.h) and hands in their forecasts, so a new
// model is one more entry in each case's list. Pure; safe from any thread.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "bargain/scenario.h"

namespace lattice::views {

// What a model says about a scenario, per dimension.
struct BargainForecast {
  std::vector<double> forecast;  // the forecast of each dimension (input scale)
  // Optional, per dimension: the positions of all actors at each step (step 0: the initial
  // positions; step k: after round k) and the model's forecast at each step. Empty for models
  // without rounds.
  std::vector<std::vector<std::vector<double>>> steps;
  std::vector<std::vector<double>> step_forecast;
  std::string note;  // one line shown beside the forecast (e.g. "settled after 4 rounds")
};

// One scenario of the section: id is its anchor and folder name (e.g. "futenma-relocation"),
// forecasts each model's display name and forecast, in the order shown.
struct BargainCase {
  std::string id;
  bargain::Scenario scenario;
  std::vector<std::pair<std::string, BargainForecast>> forecasts;
};

// The section (<section id="bargaining">, no page wrapper). Each model that has rounds gets a
// chart per dimension (one labelled polyline per actor, plus that model's forecast at each step)
// with every model's final forecast as a dashed line; a scenario no model gives rounds for gets no
// chart. left_out: examples that could not be read (their errors), listed at the end.
std::string bargain_section(const std::vector<BargainCase>& cases,
                            const std::vector<std::string>& left_out = {});

}  // namespace lattice::views
