// lattice scenario: which commitments an event (who attacks whom, what, where, how, when)
// triggers, leaves conditional or does not trigger, and why.
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "model/queries.h"
#include "model/vocabulary.h"
#include "scenario/evaluate.h"

namespace lattice::cli {

namespace {

struct ScenarioOptions {
  CommonOptions common;
  std::string by, against, target = "territory", at, kind = "armed_attack", date;
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
  const auto r = model::resolve(m, text);
  for (const auto& x : r.matches)
    if (x.kind == model::EntityKind::kPlace) return x.id;
  for (const auto& x : r.matches)
    if (x.kind == model::EntityKind::kActor) return x.id;
  return resolve_or_report(m, text, model::EntityKind::kPlace, ctx);
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

}  // namespace

void register_scenario(CLI::App& app, Context& ctx) {
  static ScenarioOptions o;
  o = {};
  CLI::App* sub = app.add_subcommand(
      "scenario", "Which commitments an event triggers, leaves conditional or does not trigger");
  add_common_options(sub, o.common, false, true, false);
  sub->add_option("--by", o.by, "The attacking actor")->required();
  sub->add_option("--against", o.against, "The actor attacked")->required();
  sub->add_option("--target", o.target, "territory | armed_forces | vessels | aircraft");
  sub->add_option("--at", o.at, "Place of the event (default: the territory of --against)");
  sub->add_option("--kind", o.kind, "armed_attack | threat | coercion | blockade | cyber");
  sub->add_option("--date", o.date, "Date YYYY-MM-DD (default: today)");
  sub->callback([&ctx]() {
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
    auto m = load_model_or_report(o.common, ctx);
    if (!m) return;
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
    const auto r = scenario::evaluate(*m, e);
    if (o.common.json) {
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
        for (const auto& f : *list) arr.push_back(to_json(*m, f));
        j[key] = arr;
      }
      j["not_in_force"] = r.not_in_force;
      ctx.out << j.dump(2) << "\n";
      return;
    }
    ctx.out << "Event: " << model::name(e.kind) << " by " << m->display_name(e.by) << " on "
            << m->display_name(e.against) << "'s " << model::name(e.target) << " at "
            << m->display_name(r.place) << ", " << core::date_of(e.day).to_string() << "\n\n";
    print_group(*m, ctx.out, "Triggered", r.triggered);
    ctx.out << "\n";
    print_group(*m, ctx.out, "Conditional", r.conditional);
    ctx.out << "\n";
    print_group(*m, ctx.out, "Not triggered", r.not_triggered);
    ctx.out << "\n" << r.not_in_force << " pledge(s) not in force on that date were left out\n";
  });
}

}  // namespace lattice::cli
