// Views of commitment scenarios (see scenario_views.h).
#include "views/scenario_views.h"

#include <sstream>

#include "model/vocabulary.h"
#include "views/scenario_cascade_view.h"

namespace lattice::views {

namespace {

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

nlohmann::json outcome_json(const model::Model& m, const query::ScenarioOutcome& o) {
  nlohmann::json j = evaluation_json(m, o.evaluation);
  if (o.cascade) j["cascade"] = cascade_json(m, *o.cascade);
  if (o.simulation) j["simulation"] = simulation_json(m, *o.simulation, o.options);
  return j;
}

void print_outcome(const model::Model& m, const query::ScenarioOutcome& o, std::ostream& out) {
  print_evaluation(m, o.evaluation, out);
  if (o.cascade) out << "\n" << cascade_text(m, *o.cascade, o.options.cascade);
  if (o.simulation) out << "\n" << simulation_text(m, *o.simulation, o.options);
}

}  // namespace

query::Views<query::ScenarioResult> scenario_views() {
  query::Views<query::ScenarioResult> v;
  v.json = [](const query::ScenarioResult& r) -> nlohmann::json {
    const model::Model& m = *r.model;
    nlohmann::json all = nlohmann::json::array();
    if (!r.from_files) {
      for (const auto& o : r.events) all.push_back(outcome_json(m, o));
      return all.size() == 1 ? all[0] : all;
    }
    for (const auto& f : r.files) {
      nlohmann::json results = nlohmann::json::array();
      for (const auto& o : f.events) {
        nlohmann::json j = outcome_json(m, o);
        j["label"] = o.label;
        results.push_back(std::move(j));
      }
      all.push_back({{"file", f.path}, {"title", f.title}, {"results", std::move(results)}});
    }
    return all;
  };
  v.text = [](const query::ScenarioResult& r) {
    const model::Model& m = *r.model;
    std::ostringstream out;
    if (!r.from_files) {
      for (size_t i = 0; i < r.events.size(); ++i) {
        if (i) out << "\n";
        print_outcome(m, r.events[i], out);
      }
      return out.str();
    }
    for (size_t k = 0; k < r.files.size(); ++k) {
      const auto& f = r.files[k];
      if (k) out << "\n";
      const size_t n = f.events.size();
      out << "== " << f.path << (f.title.empty() ? "" : ": " + f.title) << " (" << n << " event"
          << (n == 1 ? "" : "s") << ")\n";
      for (size_t i = 0; i < n; ++i) {
        const auto& o = f.events[i];
        out << "\n-- event " << i + 1 << " (line " << o.line << ")"
            << (o.label.empty() ? "" : ": " + o.label) << "\n";
        print_outcome(m, o, out);
      }
    }
    return out.str();
  };
  return v;
}

}  // namespace lattice::views
