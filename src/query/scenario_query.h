// Commitment scenarios as a query (`lattice scenario`): which commitments an event (who attacks
// whom, what, where, how, on which day) triggers, leaves conditional or does not trigger, and why;
// with --cascade who is drawn in round by round; with --simulate N a Monte Carlo over the
// pledges' credibility. The events come from the flags (one event) or from scenario files (TOML,
// docs/scenarios.md), whose options apply unless the same flag is given. Also the report's
// illustrative cascades. Requests are values; the functions are pure apart from reading files.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "model/model.h"
#include "model/vocabulary.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/monte_carlo.h"
#include "query/param.h"
#include "query/query.h"
#include "scenario/cascade.h"
#include "scenario/evaluate.h"
#include "scenario/simulate.h"

namespace lattice::query {

// How a party drawn into a cascade acts against the attacker (--response).
enum class CascadeResponse { kArmedForces, kTerritory };

}  // namespace lattice::query

namespace lattice::model {
template <>
std::span<const std::string_view> names_of<query::CascadeResponse>();
}  // namespace lattice::model

namespace lattice::query {

struct ScenarioRequest {
  std::vector<Path> files;
  EntityRef<model::EntityKind::kActor> by, against;  // text empty: not given
  model::TargetKind target = model::TargetKind::kTerritory;
  std::string at;  // a place or a state; empty: the territory of `against`
  model::EventKind kind = model::EventKind::kArmedAttack;
  std::optional<core::Day> on;  // absent: today (formerly --date)
  // Absent values take a scenario file's option, else the default.
  std::optional<bool> cascade, include_conditional;
  std::optional<int> max_rounds;  // default 10
  std::optional<CascadeResponse> response;
  std::optional<long> simulate;              // default 0: no simulation
  std::optional<double> conditional_factor;  // default 0.5
  MonteCarloParams monte_carlo;

  template <class V>
  void visit(V&& v) {
    v(files, {.name = "files",
              .help = "Scenario files (TOML, docs/scenarios.md); without them --by and --against "
                      "describe one event",
              .positional = true});
    v(by, {.name = "by", .help = "The attacking actor"});
    v(against, {.name = "against", .help = "The actor attacked"});
    v(target, {.name = "target", .help = "What is attacked (default territory)", .what = "target"});
    v(at, {.name = "at", .help = "Place of the event (default: the territory of --against)"});
    v(kind, {.name = "kind", .help = "Kind of event (default armed_attack)", .what = "kind"});
    v(on, {.name = "on",
           .help = "Date of the event YYYY-MM-DD (default: today)",
           .old_cli_name = "date"});
    v(cascade,
      {.name = "cascade", .help = "Follow the event round by round: who joins which side"});
    v(include_conditional,
      {.name = "include_conditional",
       .help = "Conditional pledges draw their party in (cascade and simulation)"});
    v(max_rounds, {.name = "max_rounds",
                   .help = "Rounds of a cascade, the event included (default 10)",
                   .min = 1,
                   .max = 100});
    v(response, {.name = "response",
                 .help = "How a party drawn in acts: against the attacker's armed forces at the "
                         "first event's place, or its territory (default armed_forces)",
                 .what = "response"});
    v(simulate, {.name = "simulate",
                 .help = "Monte Carlo: N cascades with sampled credibility (default 0: none)",
                 .min = 0,
                 .max = 1e8});
    monte_carlo.visit(v);
    v(conditional_factor,
      {.name = "conditional_factor",
       .help = "Simulation: a conditional pledge is honoured with credibility x this (default 0.5)",
       .min = 0,
       .max = 1});
  }

  // A scenario FILE, or --by and --against; not both.
  std::vector<ParamError> validate() const;
};

// What one event gives: its evaluation, and its cascade and simulation when asked, with the
// options they ran with (the views print them).
struct ScenarioOutcome {
  scenario::EvaluationResult evaluation;
  std::optional<scenario::CascadeResult> cascade;
  std::optional<scenario::SimulationResult> simulation;
  scenario::SimulationOptions options;  // its `cascade` member: the cascade's options
  std::string label;                    // from a file: the event's label ("" when none)
  int line = 0;                         // from a file: the line of its [[event]]
};

struct ScenarioFileOutcome {
  std::string path, title;
  std::vector<ScenarioOutcome> events;
};

struct ScenarioResult {
  std::shared_ptr<const model::Model> model;  // names in the views
  bool from_files = false;
  std::vector<ScenarioOutcome> events;     // without files: the one event of the flags
  std::vector<ScenarioFileOutcome> files;  // the files without errors, in the order given
  Remarks remarks;  // file_errors: the errors of the other files (path:line:col)
};

// Runs the request. Throws std::invalid_argument for an event that cannot be evaluated (an
// unknown place, the attacker attacking itself).
ScenarioResult scenario(const Env& env, const ScenarioRequest& request);

// The cascade of an armed attack by `by` on `against` at `at` ("" for the territory of
// `against`) on day, with the default options; nullopt when the model lacks its actors or place.
// For the report's illustrations.
std::optional<scenario::CascadeResult> illustrative_cascade(const Env& env, const std::string& by,
                                                            const std::string& against,
                                                            const std::string& at, core::Day day);

}  // namespace lattice::query
