// lattice scenario: which commitments an event (who attacks whom, what, where, how, when)
// triggers, leaves conditional or does not trigger, and why; with --cascade, who is drawn in round
// by round; with --simulate N, a Monte Carlo over the pledges' credibility.
#include <unistd.h>

#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "cli/command.h"
#include "cli/scenario_cascade_output.h"
#include "model/queries.h"
#include "model/vocabulary.h"
#include "scenario/cascade.h"
#include "scenario/evaluate.h"
#include "scenario/scenario_file.h"
#include "scenario/simulate.h"

namespace lattice::cli {

namespace {

struct ScenarioOptions {
  CommonOptions common;
  std::vector<std::string> files;
  std::string by, against, target = "territory", at, kind = "armed_attack", date;
  bool cascade = false, include_conditional = false;
  long long simulate = 0, threads = 1, max_rounds = 10;
  unsigned long long seed = 1;
  std::string response = "armed_forces";
  double conditional_factor = 0.5;
};

// What to compute and print for each event: the evaluation always, the cascade and the simulation
// when asked. `simulation.cascade` holds the cascade options of both.
struct ScenarioRun {
  bool json = false;
  bool cascade = false;
  scenario::SimulationOptions simulation;  // runs == 0: no simulation
};

nlohmann::json to_json(const model::Model& m, const scenario::Finding& f) {
  nlohmann::json j;
  j["actor"] = f.actor;
  j["actor_name"] = m.display_name(f.actor);
  j["toward"] = f.toward;
  j["framework"] = f.framework;
  j["framework_name"] = m.display_name(f.framework);
  j["article"] = f.article;
  j["type"] = std::string(model::name(f.type));
  j["commitment"] = f.commitment;
  j["reason"] = f.reason;
  j["caveats"] = f.caveats;
  j["sources"] = f.sources;
  j["breach"] = f.breach;
  j["legal_option"] = f.legal_option;
  return j;
}

// A place: a [[place]] or a state (its metropolitan territory). "" after printing an error.
std::string resolve_place(const model::Model& m, const std::string& text, Context& ctx) {
  std::string error;
  std::string id =
      model::resolve_among(m, text, {model::EntityKind::kPlace, model::EntityKind::kActor}, &error);
  if (id.empty()) {
    ctx.err << "lattice: " << error << "\n";
    ctx.exit_code = kExitInvalid;
  }
  return id;
}

void print_group(const model::Model& m, std::ostream& out, const char* title,
                 const std::vector<scenario::Finding>& v) {
  out << title << " (" << v.size() << ")\n";
  for (const auto& f : v) {
    std::string toward;
    for (const auto& t : f.toward) toward += (toward.empty() ? "" : ", ") + m.display_name(t);
    out << "  " << m.display_name(f.actor) << " -> " << toward << "  [" << model::name(f.type)
        << (f.breach ? ", would be broken" : "") << (f.legal_option ? ", legal option" : "") << "] "
        << f.commitment << "\n    " << f.reason << "\n";
    if (!f.caveats.empty()) {
      out << "    caveats:";
      for (const auto& c : f.caveats) out << " " << c;
      out << "\n";
    }
  }
}

nlohmann::json evaluation_json(const model::Model& m, const scenario::EvaluationResult& r) {
  const auto& e = r.event;
  nlohmann::json j;
  j["event"] = {{"by", e.by},
                {"against", e.against},
                {"target", std::string(model::name(e.target))},
                {"at", r.place},
                {"kind", std::string(model::name(e.kind))},
                {"date", core::date_of(e.day).to_string()}};
  for (const auto& [key, list] :
       {std::pair{"triggered", &r.triggered}, std::pair{"conditional", &r.conditional},
        std::pair{"not_triggered", &r.not_triggered}}) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& f : *list) arr.push_back(to_json(m, f));
    j[key] = arr;
  }
  j["not_in_force"] = r.not_in_force;
  return j;
}

void print_evaluation(const model::Model& m, const scenario::EvaluationResult& r,
                      std::ostream& out) {
  const auto& e = r.event;
  out << "Event: " << model::name(e.kind) << " by " << m.display_name(e.by) << " on "
      << m.display_name(e.against) << "'s " << model::name(e.target) << " at "
      << m.display_name(r.place) << ", " << core::date_of(e.day).to_string() << "\n\n";
  print_group(m, out, "Triggered", r.triggered);
  out << "\n";
  print_group(m, out, "Conditional", r.conditional);
  out << "\n";
  print_group(m, out, "Not triggered", r.not_triggered);
  out << "\n" << r.not_in_force << " pledge(s) not in force on that date were left out\n";
}

scenario::SimulationResult simulate_with_progress(const model::Model& m, const scenario::Event& e,
                                                  scenario::SimulationOptions o, Context& ctx) {
  const bool progress = &ctx.err == &std::cerr && ::isatty(STDERR_FILENO) && o.runs > 1;
  if (progress)
    o.progress = [&ctx](size_t done, size_t total) {
      ctx.err << fmt::format("\r\033[Ksimulating: {}/{} runs", done, total) << std::flush;
    };
  auto r = scenario::simulate(m, e, o);
  if (progress) ctx.err << "\r\033[K" << std::flush;
  return r;
}

// What one event gives: its evaluation, and its cascade and simulation when asked.
struct EventOutcome {
  scenario::EvaluationResult evaluation;
  std::optional<scenario::CascadeResult> cascade;
  std::optional<scenario::SimulationResult> simulation;
};

// Evaluates one event (which must pass check_event), with its cascade and simulation when asked.
EventOutcome run_event(const model::Model& m, const scenario::Event& e, const ScenarioRun& run,
                       Context& ctx) {
  EventOutcome o{scenario::evaluate(m, e), std::nullopt, std::nullopt};
  if (run.cascade) o.cascade = scenario::cascade(m, e, run.simulation.cascade);
  if (run.simulation.runs > 0) o.simulation = simulate_with_progress(m, e, run.simulation, ctx);
  return o;
}

nlohmann::json outcome_json(const model::Model& m, const EventOutcome& o, const ScenarioRun& run) {
  nlohmann::json j = evaluation_json(m, o.evaluation);
  if (o.cascade) j["cascade"] = cascade_json(m, *o.cascade);
  if (o.simulation) j["simulation"] = simulation_json(m, *o.simulation, run.simulation);
  return j;
}

void print_outcome(const model::Model& m, const EventOutcome& o, const ScenarioRun& run,
                   std::ostream& out) {
  print_evaluation(m, o.evaluation, out);
  if (o.cascade) out << "\n" << cascade_text(m, *o.cascade, run.simulation.cascade);
  if (o.simulation) out << "\n" << simulation_text(m, *o.simulation, run.simulation);
}

// Evaluates each event and prints the results to ctx.out: one JSON object for one event, an
// array for several.
void run_scenarios(const model::Model& m, const std::vector<scenario::Event>& events,
                   const ScenarioRun& run, Context& ctx) {
  nlohmann::json all = nlohmann::json::array();
  for (size_t i = 0; i < events.size(); ++i) {
    const EventOutcome o = run_event(m, events[i], run, ctx);
    if (run.json) {
      all.push_back(outcome_json(m, o, run));
      continue;
    }
    if (i) ctx.out << "\n";
    print_outcome(m, o, run, ctx.out);
  }
  if (run.json) ctx.out << (all.size() == 1 ? all[0] : all).dump(2) << "\n";
}

// Options a scenario file sets, unless the same flag is given on the command line.
void apply_file_options(const scenario::ScenarioFile& f, const CLI::App& sub, ScenarioRun& run) {
  const auto& fo = f.options;
  const auto unset = [&sub](const char* flag) { return sub.count(flag) == 0; };
  if (fo.cascade && unset("--cascade")) run.cascade = *fo.cascade;
  if (fo.include_conditional && unset("--include-conditional"))
    run.simulation.cascade.include_conditional = *fo.include_conditional;
  if (fo.simulate && unset("--simulate")) run.simulation.runs = static_cast<size_t>(*fo.simulate);
  if (fo.seed && unset("--seed")) run.simulation.seed = *fo.seed;
  if (fo.max_rounds && unset("--max-rounds"))
    run.simulation.cascade.max_rounds = static_cast<int>(*fo.max_rounds);
  if (fo.response && unset("--response")) run.simulation.cascade.response = *fo.response;
  if (fo.conditional_factor && unset("--conditional-factor"))
    run.simulation.conditional_factor = *fo.conditional_factor;
  for (const auto& [id, p] : f.credibility) run.simulation.credibility[id] = p;
}

// lattice scenario FILE...: every file is read and checked; a file with errors is reported (all
// its errors, path:line:col) and skipped, the others are run; exit status 1 if any had errors.
void run_files(const model::Model& m, const CLI::App& sub, const ScenarioRun& base,
               const std::vector<std::string>& files, Context& ctx) {
  bool failed = false;
  nlohmann::json all = nlohmann::json::array();
  bool first = true;
  for (const auto& path : files) {
    auto r = scenario::read_scenario_file(path, m);
    if (r.diagnostics.has_errors()) {
      for (const auto& d : r.diagnostics.items()) ctx.err << d.to_string() << "\n";
      failed = true;
      continue;
    }
    ScenarioRun run = base;
    apply_file_options(r.file, sub, run);
    if (run.json) {
      nlohmann::json results = nlohmann::json::array();
      for (const auto& se : r.file.events) {
        nlohmann::json j = outcome_json(m, run_event(m, se.event, run, ctx), run);
        j["label"] = se.label;
        results.push_back(std::move(j));
      }
      all.push_back({{"file", path}, {"title", r.file.title}, {"results", std::move(results)}});
      continue;
    }
    if (!first) ctx.out << "\n";
    first = false;
    const size_t n = r.file.events.size();
    ctx.out << "== " << path << (r.file.title.empty() ? "" : ": " + r.file.title) << " (" << n
            << " event" << (n == 1 ? "" : "s") << ")\n";
    for (size_t i = 0; i < n; ++i) {
      const auto& se = r.file.events[i];
      ctx.out << "\n-- event " << i + 1 << " (line " << se.line << ")"
              << (se.label.empty() ? "" : ": " + se.label) << "\n";
      print_outcome(m, run_event(m, se.event, run, ctx), run, ctx.out);
    }
  }
  if (base.json) ctx.out << all.dump(2) << "\n";
  if (failed) ctx.exit_code = kExitInvalid;
}

}  // namespace

void register_scenario(CLI::App& app, Context& ctx) {
  static ScenarioOptions o;
  o = {};
  CLI::App* sub = app.add_subcommand(
      "scenario", "Which commitments an event triggers, leaves conditional or does not trigger");
  add_common_options(sub, o.common, false, true, false);
  sub->add_option("files", o.files,
                  "Scenario files (TOML, docs/scenarios.md); without them --by and --against "
                  "describe one event");
  sub->add_option("--by", o.by, "The attacking actor");
  sub->add_option("--against", o.against, "The actor attacked");
  sub->add_option("--target", o.target, "territory | armed_forces | vessels | aircraft");
  sub->add_option("--at", o.at, "Place of the event (default: the territory of --against)");
  sub->add_option("--kind", o.kind, "armed_attack | threat | coercion | blockade | cyber");
  sub->add_option("--date", o.date, "Date YYYY-MM-DD (default: today)");
  sub->add_flag("--cascade", o.cascade, "Follow the event round by round: who joins which side");
  sub->add_flag("--include-conditional", o.include_conditional,
                "Conditional pledges draw their party in (cascade and simulation)");
  sub->add_option("--max-rounds", o.max_rounds, "Rounds of a cascade, the event included (1-100)");
  sub->add_option("--response", o.response,
                  "How a party drawn in acts: armed_forces (at the first event's place) | "
                  "territory");
  sub->add_option("--simulate", o.simulate, "Monte Carlo: N cascades with sampled credibility");
  sub->add_option("--seed", o.seed, "Seed of the simulation (default 1)");
  sub->add_option("--threads", o.threads, "Threads of the simulation (1-256; default 1)");
  sub->add_option("--conditional-factor", o.conditional_factor,
                  "Simulation: a conditional pledge is honoured with credibility x this (0-1)");
  sub->callback([&ctx, sub]() {
    if (o.files.empty() && (o.by.empty() || o.against.empty())) {
      ctx.err << "lattice scenario: give a scenario FILE, or --by and --against\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    if (!o.files.empty() && (!o.by.empty() || !o.against.empty() || !o.at.empty())) {
      ctx.err << "lattice scenario: --by/--against/--at describe one event; they cannot be used "
                 "with a scenario file\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    auto target = model::parse<model::TargetKind>(o.target);
    if (!target) {
      ctx.err << "lattice: --target: unknown target '" << o.target << "' (expected "
              << model::list_of<model::TargetKind>() << ")\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    auto kind = model::parse<model::EventKind>(o.kind);
    if (!kind) {
      ctx.err << "lattice: --kind: unknown kind '" << o.kind << "' (expected "
              << model::list_of<model::EventKind>() << ")\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    core::Day day = core::Date::today().first_day();
    if (!o.date.empty()) {
      std::string why;
      auto d = core::Date::parse(o.date, &why);
      if (!d || d->precision() != core::Date::Precision::kDay) {
        ctx.err << "lattice: --date: "
                << (d ? "'" + o.date + "' must be a full date YYYY-MM-DD" : why) << "\n";
        ctx.exit_code = kExitUsage;
        return;
      }
      day = d->first_day();
    }
    auto usage = [&ctx](const std::string& msg) {
      ctx.err << "lattice: " << msg << "\n";
      ctx.exit_code = kExitUsage;
    };
    if (o.max_rounds < 1 || o.max_rounds > 100)
      return usage(fmt::format("--max-rounds must be from 1 to 100, not {}", o.max_rounds));
    if (o.simulate < 0 || o.simulate > 100000000)
      return usage(fmt::format("--simulate must be from 1 to 100000000 runs, not {}", o.simulate));
    if (o.threads < 1 || o.threads > 256)
      return usage(fmt::format("--threads must be from 1 to 256, not {}", o.threads));
    if (!(o.conditional_factor >= 0 && o.conditional_factor <= 1))
      return usage(
          fmt::format("--conditional-factor must be from 0 to 1, not {}", o.conditional_factor));
    if (o.response != "armed_forces" && o.response != "territory")
      return usage("--response: unknown response '" + o.response +
                   "' (expected armed_forces or territory)");
    ScenarioRun run;
    run.json = o.common.json;
    run.cascade = o.cascade;
    run.simulation.runs = static_cast<size_t>(o.simulate);
    run.simulation.seed = o.seed;
    run.simulation.threads = static_cast<unsigned>(o.threads);
    run.simulation.conditional_factor = o.conditional_factor;
    run.simulation.cascade.max_rounds = static_cast<int>(o.max_rounds);
    run.simulation.cascade.include_conditional = o.include_conditional;
    run.simulation.cascade.response =
        o.response == "territory" ? model::TargetKind::kTerritory : model::TargetKind::kArmedForces;
    auto m = load_model_or_report(o.common, ctx);
    if (!m) return;
    if (!o.files.empty()) return run_files(*m, *sub, run, o.files, ctx);
    scenario::Event e;
    e.by = resolve_or_report(*m, o.by, model::EntityKind::kActor, ctx);
    if (e.by.empty()) return;
    e.against = resolve_or_report(*m, o.against, model::EntityKind::kActor, ctx);
    if (e.against.empty()) return;
    if (!o.at.empty()) {
      e.at = resolve_place(*m, o.at, ctx);
      if (e.at.empty()) return;
    }
    e.target = *target;
    e.kind = *kind;
    e.day = day;
    if (auto err = scenario::check_event(*m, e); !err.empty()) {
      ctx.err << "lattice: " << err << "\n";
      ctx.exit_code = kExitInvalid;
      return;
    }
    run_scenarios(*m, {e}, run, ctx);
  });
}

}  // namespace lattice::cli
