// lattice summary: a one-screen overview of a model (counts per kind, frameworks and member
// counts).
#include <nlohmann/json.hpp>

#include <algorithm>
#include "cli/command.h"
#include "model/queries.h"
#include "render/model_counts.h"

namespace lattice::cli {

void register_summary(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  CLI::App* sub = app.add_subcommand(
      "summary", "One-screen overview: entity counts and frameworks with member counts");
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
        fw.push_back({{"id", f.id},
                      {"name", f.name},
                      {"kind", std::string(model::name(f.kind))},
                      {"members", model::members_on(*m, f.id, *day).size()}});
      ctx.out << nlohmann::json{{"model", m->data().info.name},
                                {"on", on},
                                {"counts", render::counts_json(*m)},
                                {"frameworks", fw}}
                     .dump(2)
              << "\n";
      return;
    }
    ctx.out << (m->data().info.name.empty() ? "Lattice model" : m->data().info.name) << "\n"
            << render::counts_line(*m) << "\n\nFrameworks and their members on " << on << ":\n";
    // Compact columns so the whole model fits on one screen.
    std::vector<std::string> cells;
    size_t width = 0;
    for (const auto& f : m->frameworks()) {
      cells.push_back(f.id + " " + std::to_string(model::members_on(*m, f.id, *day).size()));
      width = std::max(width, cells.back().size());
    }
    const size_t columns = std::max<size_t>(1, 110 / (width + 2));
    const size_t rows = (cells.size() + columns - 1) / columns;
    for (size_t r = 0; r < rows; ++r) {
      std::string line;
      for (size_t c = 0; c < columns; ++c) {
        const size_t i = c * rows + r;
        if (i >= cells.size()) break;
        line += cells[i] + std::string(width + 2 - cells[i].size(), ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      ctx.out << "  " << line << "\n";
    }
  });
}

}  // namespace lattice::cli
