// Text and JSON of scenario cascades and simulations.
#include "views/scenario_cascade_view.h"

#include <fmt/format.h>

#include "model/vocabulary.h"
#include "views/table.h"

namespace lattice::views {

namespace {

using nlohmann::json;

json event_json(const scenario::Event& e) {
  return {{"by", e.by},
          {"against", e.against},
          {"target", std::string(model::name(e.target))},
          {"at", e.at.empty() ? e.against : e.at},
          {"kind", std::string(model::name(e.kind))},
          {"initiator", scenario::initiator_of(e)}};
}

json joiner_json(const model::Model& m, const scenario::Joiner& j) {
  return {{"actor", j.actor},
          {"actor_name", m.display_name(j.actor)},
          {"side", std::string(scenario::side_name(j.side))},
          {"protects", j.protects},
          {"against", j.against},
          {"commitment", j.commitment},
          {"framework", j.framework},
          {"article", j.article},
          {"reason", j.reason},
          {"conditional", j.conditional}};
}

json finding_brief(const scenario::Finding& f) {
  return {{"actor", f.actor},
          {"commitment", f.commitment},
          {"type", std::string(model::name(f.type))},
          {"reason", f.reason}};
}

std::string names(const model::Model& m, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    if (!out.empty()) out += ", ";
    out += m.display_name(id);
  }
  return out.empty() ? "-" : out;
}

std::string percent(size_t n, size_t total) {
  return total ? fmt::format("{:.1f}%", 100.0 * static_cast<double>(n) / static_cast<double>(total))
               : "-";
}

}  // namespace

json cascade_json(const model::Model& m, const scenario::CascadeResult& c) {
  json rounds = json::array();
  for (const auto& r : c.rounds) {
    json jr;
    jr["round"] = r.number;
    jr["events"] = json::array();
    for (const auto& e : r.events) jr["events"].push_back(event_json(e));
    for (const auto& [key, list] :
         {std::pair{"joins", &r.joiners}, std::pair{"may_join", &r.may_join},
          std::pair{"declined", &r.declined}}) {
      jr[key] = json::array();
      for (const auto& j : *list) jr[key].push_back(joiner_json(m, j));
    }
    for (const auto& [key, list] :
         {std::pair{"breaches", &r.breaches}, std::pair{"engaged", &r.engaged}}) {
      jr[key] = json::array();
      for (const auto& f : *list) jr[key].push_back(finding_brief(f));
    }
    rounds.push_back(std::move(jr));
  }
  return {{"initiator", c.event.by},
          {"rounds", rounds},
          {"sides", {{"attacker", c.attackers}, {"defender", c.defenders}}},
          {"stop", c.stop}};
}

std::string cascade_text(const model::Model& m, const scenario::CascadeResult& c,
                         const scenario::CascadeOptions& o) {
  std::string out =
      fmt::format("Cascade (initiator: {}; a party drawn in acts against the attacker's {}{})\n",
                  m.display_name(c.event.by),
                  o.response == model::TargetKind::kTerritory ? "territory" : "armed forces",
                  o.include_conditional ? "; conditional pledges count" : "");
  for (const auto& r : c.rounds) {
    for (const auto& e : r.events)
      out += fmt::format("Round {}: {} by {} on {}\n", r.number, model::name(e.kind),
                         m.display_name(e.by), m.display_name(e.against));
    if (r.joiners.empty()) out += "  no new party joins\n";
    for (const auto& j : r.joiners)
      out += fmt::format("  {} joins the {} side ({}{}, article {}): {}\n", m.display_name(j.actor),
                         scenario::side_name(j.side), j.commitment,
                         j.conditional ? ", conditional" : "", j.article, j.reason);
    for (const auto& j : r.may_join)
      out +=
          fmt::format("  {} may join the {} side (conditional: {}): {}\n", m.display_name(j.actor),
                      scenario::side_name(j.side), j.commitment, j.reason);
    for (const auto& j : r.declined)
      out += fmt::format("  {} does not honour {}\n", m.display_name(j.actor), j.commitment);
    for (const auto& f : r.breaches)
      out += fmt::format("  would break {} ({}): {}\n", f.commitment, m.display_name(f.actor),
                         f.reason);
  }
  out += fmt::format("Sides: attacker: {}; defender: {}\n", names(m, c.attackers),
                     names(m, c.defenders));
  out += fmt::format("Stopped: {}\n", c.stop == "max_rounds" ? "maximum number of rounds reached"
                                                             : "no new party joins");
  return out;
}

json simulation_json(const model::Model& m, const scenario::SimulationResult& r,
                     const scenario::SimulationOptions& o) {
  auto sizes = [](const std::vector<size_t>& v) {
    json j = json::object();
    for (size_t k = 0; k < v.size(); ++k)
      if (v[k]) j[std::to_string(k)] = v[k];
    return j;
  };
  const double n = r.runs ? static_cast<double>(r.runs) : 1.0;
  json actors = json::array();
  for (const auto& a : r.actors)
    actors.push_back({{"actor", a.actor},
                      {"actor_name", m.display_name(a.actor)},
                      {"attacker", static_cast<double>(a.attacker) / n},
                      {"defender", static_cast<double>(a.defender) / n},
                      {"involved", static_cast<double>(a.attacker + a.defender) / n}});
  json paths = json::array();
  for (const auto& p : r.paths)
    paths.push_back(
        {{"path", p.path}, {"runs", p.runs}, {"share", static_cast<double>(p.runs) / n}});
  return {{"runs", r.runs},
          {"seed", r.seed},
          {"conditional_factor", o.conditional_factor},
          {"include_conditional", o.cascade.include_conditional},
          {"coalition_sizes",
           {{"attacker", sizes(r.attacker_sizes)}, {"defender", sizes(r.defender_sizes)}}},
          {"actors", actors},
          {"paths", paths},
          {"distinct_paths", r.distinct_paths},
          {"stopped_at_max_rounds", r.stopped_at_max_rounds}};
}

std::string simulation_text(const model::Model& m, const scenario::SimulationResult& r,
                            const scenario::SimulationOptions& o) {
  std::string out = fmt::format(
      "Simulation: {} runs, seed {}; credibility: overrides, else the model, else the defaults; "
      "conditional pledges {}\n\nCoalition sizes (runs)\n",
      r.runs, r.seed,
      o.cascade.include_conditional
          ? fmt::format("honoured with credibility x {}", o.conditional_factor)
          : std::string("never draw a party in"));
  views::Table sizes({"size", "attacker", "defender"});
  const size_t top = std::max(r.attacker_sizes.size(), r.defender_sizes.size());
  for (size_t k = 1; k < top; ++k) {
    const size_t a = k < r.attacker_sizes.size() ? r.attacker_sizes[k] : 0;
    const size_t d = k < r.defender_sizes.size() ? r.defender_sizes[k] : 0;
    sizes.add_row({std::to_string(k), std::to_string(a), std::to_string(d)});
  }
  out += sizes.to_text() + "\nInvolvement (share of runs)\n";
  views::Table actors({"actor", "name", "attacker", "defender", "involved"});
  for (const auto& a : r.actors)
    actors.add_row({a.actor, m.display_name(a.actor), percent(a.attacker, r.runs),
                    percent(a.defender, r.runs), percent(a.attacker + a.defender, r.runs)});
  out += actors.to_text() +
         fmt::format("\nMost frequent escalation paths ({} distinct)\n", r.distinct_paths);
  views::Table paths({"share", "runs", "path"});
  for (const auto& p : r.paths)
    paths.add_row({percent(p.runs, r.runs), std::to_string(p.runs), p.path});
  out += paths.to_text();
  if (r.stopped_at_max_rounds)
    out +=
        fmt::format("{} run(s) stopped at the maximum number of rounds\n", r.stopped_at_max_rounds);
  return out;
}

}  // namespace lattice::views
