// Commitment scenarios as a query (see scenario_query.h).
#include "query/scenario_query.h"

#include <stdexcept>

#include "model/queries.h"
#include "scenario/scenario_file.h"

namespace lattice::model {
template <>
std::span<const std::string_view> names_of<query::CascadeResponse>() {
  static constexpr std::string_view kNames[] = {"armed_forces", "territory"};
  return kNames;
}
}  // namespace lattice::model

namespace lattice::query {

std::vector<ParamError> ScenarioRequest::validate() const {
  const bool event_flags = !by.text.empty() || !against.text.empty() || !at.empty();
  if (files.empty() && (by.text.empty() || against.text.empty()))
    return {{by.text.empty() ? "by" : "against", ParamError::Kind::kMissing,
             "is required: give a scenario FILE, or --by and --against"}};
  if (!files.empty() && event_flags)
    return {{"files", ParamError::Kind::kType,
             "--by/--against/--at describe one event; they cannot be used with a scenario "
             "file"}};
  return {};
}

namespace {

// The options of the flags, over the defaults; a file's options apply where no flag was given.
scenario::SimulationOptions options_of(const ScenarioRequest& r, const Env& env,
                                       const scenario::ScenarioFile* file) {
  scenario::SimulationOptions o;
  o.runs = 0;
  if (file) {
    const auto& fo = file->options;
    if (fo.include_conditional) o.cascade.include_conditional = *fo.include_conditional;
    if (fo.simulate) o.runs = static_cast<size_t>(*fo.simulate);
    if (fo.seed) o.seed = *fo.seed;
    if (fo.max_rounds) o.cascade.max_rounds = static_cast<int>(*fo.max_rounds);
    if (fo.response) o.cascade.response = *fo.response;
    if (fo.conditional_factor) o.conditional_factor = *fo.conditional_factor;
    for (const auto& [id, p] : file->credibility) o.credibility[id] = p;
  }
  if (r.include_conditional) o.cascade.include_conditional = *r.include_conditional;
  if (r.simulate) o.runs = static_cast<size_t>(*r.simulate);
  if (r.monte_carlo.seed) o.seed = *r.monte_carlo.seed;
  if (r.max_rounds) o.cascade.max_rounds = *r.max_rounds;
  if (r.response)
    o.cascade.response = *r.response == CascadeResponse::kTerritory
                             ? model::TargetKind::kTerritory
                             : model::TargetKind::kArmedForces;
  if (r.conditional_factor) o.conditional_factor = *r.conditional_factor;
  o.threads = r.monte_carlo.thread_count();
  o.progress = runs_progress(env);
  return o;
}

bool wants_cascade(const ScenarioRequest& r, const scenario::ScenarioFile* file) {
  if (r.cascade) return *r.cascade;
  return file && file->options.cascade && *file->options.cascade;
}

// Evaluates one event (which must pass check_event), with its cascade and simulation when asked.
ScenarioOutcome run_event(const model::Model& m, const scenario::Event& e, bool cascade,
                          const scenario::SimulationOptions& o) {
  ScenarioOutcome out;
  out.evaluation = scenario::evaluate(m, e);
  if (cascade) out.cascade = scenario::cascade(m, e, o.cascade);
  if (o.runs > 0) out.simulation = scenario::simulate(m, e, o);
  out.options = o;
  out.options.progress = nullptr;  // the result outlives the front end's progress line
  return out;
}

}  // namespace

ScenarioResult scenario(const Env& env, const ScenarioRequest& request) {
  const model::Model& m = *env.model;
  ScenarioResult r;
  r.model = env.model;
  if (!request.files.empty()) {
    r.from_files = true;
    for (const auto& file : request.files) {
      const std::string& path = file.text;
      auto read = scenario::read_scenario_file(path, m);
      if (read.diagnostics.has_errors()) {
        for (const auto& d : read.diagnostics.items())
          r.remarks.file_errors.push_back(d.to_string());
        continue;
      }
      const scenario::SimulationOptions o = options_of(request, env, &read.file);
      const bool cascade = wants_cascade(request, &read.file);
      ScenarioFileOutcome f{path, read.file.title, {}};
      for (const auto& se : read.file.events) {
        ScenarioOutcome out = run_event(m, se.event, cascade, o);
        out.label = se.label;
        out.line = se.line;
        f.events.push_back(std::move(out));
      }
      r.files.push_back(std::move(f));
    }
    return r;
  }
  scenario::Event e;
  e.by = request.by.id;
  e.against = request.against.id;
  if (!request.at.empty()) {
    std::string error;
    e.at = model::resolve_among(m, request.at,
                                {model::EntityKind::kPlace, model::EntityKind::kActor}, &error);
    if (e.at.empty()) throw std::invalid_argument(error);
  }
  e.target = request.target;
  e.kind = request.kind;
  e.day = request.on.value_or(env.today);
  if (auto err = scenario::check_event(m, e); !err.empty()) throw std::invalid_argument(err);
  r.events.push_back(
      run_event(m, e, wants_cascade(request, nullptr), options_of(request, env, nullptr)));
  return r;
}

std::optional<scenario::CascadeResult> illustrative_cascade(const Env& env, const std::string& by,
                                                            const std::string& against,
                                                            const std::string& at, core::Day day) {
  scenario::Event e;
  e.by = by;
  e.against = against;
  e.at = at;
  e.day = day;
  if (!scenario::check_event(*env.model, e).empty()) return std::nullopt;
  return scenario::cascade(*env.model, e, {});
}

}  // namespace lattice::query
