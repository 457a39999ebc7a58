// The bargaining section of the HTML report: for each stakeholder scenario (by default the
// examples embedded from examples/), the table of stakeholders, the forecast of every model asked
// for and an inline SVG chart of the positions round by round. Which models run is a parameter,
// so a new model is one more entry in the list. Pure; safe from any thread.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "bargain/scenario.h"

namespace lattice::render {

// One scenario of the section: id is its anchor and folder name (e.g. "futenma-relocation").
struct BargainCase {
  std::string id;
  bargain::Scenario scenario;
};

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

// A model the section runs: a display name and the function that runs it.
struct BargainModel {
  std::string name;
  std::function<BargainForecast(const bargain::Scenario&)> run;
};

// The compromise model (weighted mean), BDM and SMP, each with its default options.
std::vector<BargainModel> default_bargain_models();

// The embedded examples, parsed; an example that fails to parse is left out and its errors
// (file:line: message) are appended to errors when it is not null.
std::vector<BargainCase> embedded_bargain_cases(std::vector<std::string>* errors = nullptr);

// The embedded examples whose folder is one of ids (a model's analysis.toml [report]
// bargain_examples), in the order of embedded_bargain_cases(); unknown ids are skipped.
std::vector<BargainCase> bargain_cases_named(const std::vector<std::string>& ids);

// The section (<section id="bargaining">, no page wrapper) for cases under models. Each model that
// has rounds gets a chart per dimension (one labelled polyline per actor, plus that model's
// forecast at each step) with every model's final forecast as a dashed line; a scenario no model
// gives rounds for gets no chart.
std::string bargain_section(const std::vector<BargainCase>& cases,
                            const std::vector<BargainModel>& models);
// The same for the embedded examples.
std::string bargain_section(const std::vector<BargainModel>& models);

}  // namespace lattice::render
