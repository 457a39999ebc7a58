// Scenario files: one or several events written in TOML (for `lattice scenario FILE`), with
// optional settings for cascades and the Monte Carlo and overrides of commitments' credibility.
// The reader checks the file against a model and reports every problem at its line and column;
// a file with any error yields no events. The format is in docs/scenarios.md ("Scenario files").
// Pure functions of their inputs; they never print and are safe to call from several threads.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "model/model.h"
#include "scenario/evaluate.h"

namespace lattice::scenario {

// Limits that keep a hand-written file from asking for a run that would not end.
inline constexpr int64_t kMaxSimulateRuns = 100'000'000;
inline constexpr int64_t kMaxCascadeRounds = 100;

// One [[event]] of a file, resolved against the model (ids, not names) and checked.
struct ScenarioEvent {
  Event event;
  std::string label;  // "" when the file gives none
  int line = 0;       // line of the event's [[event]] header (1-based)
};

// The [options] table. An unset value means the command's own default applies.
struct ScenarioFileOptions {
  std::optional<bool> cascade;
  std::optional<bool> include_conditional;
  std::optional<int64_t> simulate;  // Monte Carlo runs, 0 = none; 0..kMaxSimulateRuns
  std::optional<uint64_t> seed;
  std::optional<int64_t> max_rounds;  // 1..kMaxCascadeRounds
  // How a party drawn in acts: kArmedForces or kTerritory (as --response).
  std::optional<model::TargetKind> response;
  std::optional<double> conditional_factor;  // 0..1 (as --conditional-factor)
};

struct ScenarioFile {
  std::string path;
  std::string title;              // "" when the file gives none
  std::optional<core::Day> date;  // the top-level date, the default of every event
  ScenarioFileOptions options;
  std::map<std::string, double> credibility;  // commitment id -> probability in [0, 1]
  std::vector<ScenarioEvent> events;          // in file order; never empty without errors
};

struct ScenarioFileResult {
  ScenarioFile file;  // empty but for path when diagnostics has errors
  core::Diagnostics diagnostics;
};

// Reads a scenario file from its text. path is used in diagnostics only. Actors and places are
// named by id, name or alias and resolved with the model; [credibility] keys must be commitment
// ids of the model. Every problem found is reported, not only the first. O(size of the text +
// events x names in the model).
ScenarioFileResult parse_scenario_file(std::string_view text, const std::string& path,
                                       const model::Model& m);

// Reads the file at path, then parses it. A file that cannot be read is one error.
ScenarioFileResult read_scenario_file(const std::string& path, const model::Model& m);

}  // namespace lattice::scenario
