// lattice summary: a one-screen overview of a model (counts per kind, frameworks and member counts).
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "model/queries.h"
#include "render/model_counts.h"
#include "render/table.h"

namespace lattice::cli {

void register_summary(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  CLI::App* sub = app.add_subcommand("summary", "One-screen overview: entity counts and frameworks with member counts");
  add_common_options(sub, o, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    auto day = day_of(o, ctx);
    if (!day) return;
    const std::string on = core::date_of(*day).to_string();
    if (o.json) {
      nlohmann::json fw = nlohmann::json::array();
      for (const auto& f : m->frameworks())
        fw.push_back({{"id", f.id}, {"name", f.name}, {"kind", std::string(model::name(f.kind))},
                      {"members", model::members_on(*m, f.id, *day).size()}});
      ctx.out << nlohmann::json{{"model", m->data().info.name}, {"on", on}, {"counts", render::counts_json(*m)},
                                {"frameworks", fw}}.dump(2)
              << "\n";
      return;
    }
    ctx.out << (m->data().info.name.empty() ? "Lattice model" : m->data().info.name) << "\n"
            << render::counts_line(*m) << "\n\nFrameworks and their members on " << on << ":\n";
    render::Table t({"framework", "kind", "members"});
    for (const auto& f : m->frameworks())
      t.add_row({f.id, std::string(model::name(f.kind)), std::to_string(model::members_on(*m, f.id, *day).size())});
    ctx.out << t.to_text();
  });
}

}  // namespace lattice::cli
