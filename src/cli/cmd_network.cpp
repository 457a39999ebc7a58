// lattice network [--on DATE] [--graphml FILE] [--csv DIR] [--json]: the actor-framework two-mode
// network of the memberships in force on a date and its actor projection weighted by how binding
// the shared frameworks are (docs/latticework.md), with GraphML and CSV exports.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <filesystem>

#include "cli/command.h"
#include "cli/latticework_output.h"
#include "latticework/export.h"
#include "latticework/layout.h"
#include "latticework/metrics.h"
#include "latticework/networks.h"
#include "render/table.h"

namespace lattice::cli {
namespace {

using nlohmann::json;

// The two-mode file beside FILE: "net.graphml" -> "net-two-mode.graphml".
std::string two_mode_path(const std::string& path) {
  std::filesystem::path p(path);
  const std::string ext = p.has_extension() ? p.extension().string() : ".graphml";
  p.replace_extension();
  return p.string() + "-two-mode" + ext;
}

}  // namespace

void register_network(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static bool include_global = false;
  static std::string graphml, csv_dir;
  static size_t top = 15;
  o = {};
  include_global = false;
  graphml.clear();
  csv_dir.clear();
  top = 15;
  CLI::App* sub = app.add_subcommand(
      "network", "The actor-framework network on a date and its weighted actor projection");
  sub->add_option("--graphml", graphml,
                  "Write the actor projection to FILE and the two-mode network beside it "
                  "(FILE-two-mode.graphml)");
  sub->add_option("--csv", csv_dir, "Write nodes.csv and edges.csv of both networks into DIR");
  sub->add_option("--top", top, "Strongest ties to list (default 15)");
  sub->add_flag("--include-global", include_global,
                "Keep global bodies (UN, WTO, ITU, development banks, near-universal frameworks) "
                "in the actor projection");
  add_common_options(sub, o, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    auto day = day_of(o, ctx);
    if (!day) return;
    const auto net = latticework::two_mode_network(*m, *day);
    const auto proj = latticework::project(net, {include_global});
    const auto metrics = latticework::compute_metrics(proj.graph);

    if (!graphml.empty()) {
      if (!write_file_whole(graphml, latticework::projection_graphml(*m, proj), ctx)) return;
      if (!write_file_whole(two_mode_path(graphml), latticework::two_mode_graphml(net), ctx))
        return;
      ctx.err << "lattice: wrote " << graphml << " and " << two_mode_path(graphml) << "\n";
    }
    if (!csv_dir.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(csv_dir, ec);
      if (ec) {
        ctx.err << "lattice: cannot create " << csv_dir << ": " << ec.message() << "\n";
        ctx.exit_code = kExitInvalid;
        return;
      }
      const std::string nodes = (std::filesystem::path(csv_dir) / "nodes.csv").string();
      const std::string edges = (std::filesystem::path(csv_dir) / "edges.csv").string();
      if (!write_file_whole(nodes, latticework::nodes_csv(net), ctx)) return;
      if (!write_file_whole(edges, latticework::edges_csv(net, proj), ctx)) return;
      ctx.err << "lattice: wrote " << nodes << " and " << edges << "\n";
    }

    std::vector<size_t> order(proj.graph.edges.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      return proj.graph.edges[x].weight > proj.graph.edges[y].weight;
    });
    const std::string date = core::date_of(*day).to_string();

    if (o.json) {
      json j;
      j["date"] = date;
      json actors = json::array(), frameworks = json::array(), ties = json::array(),
           edges = json::array();
      for (const auto* a : net.actors)
        actors.push_back({{"id", a->id}, {"name", a->name}, {"kind", model::name(a->kind)}});
      for (const auto& af : net.frameworks)
        frameworks.push_back({{"id", af.framework->id},
                              {"name", af.framework->name},
                              {"kind", model::name(af.framework->kind)},
                              {"weight", af.weight},
                              {"weight_rule", af.weight_rule},
                              {"global", af.global},
                              {"in_projection", af.weight > 0 && (!af.global || include_global)},
                              {"members", af.members}});
      for (const auto& t : net.ties)
        ties.push_back(
            {{"actor", net.actors[static_cast<size_t>(t.actor)]->id},
             {"framework", net.frameworks[static_cast<size_t>(t.framework)].framework->id}});
      for (size_t k : order) {
        const auto& e = proj.graph.edges[k];
        edges.push_back({{"source", proj.graph.nodes[static_cast<size_t>(e.a)]},
                         {"target", proj.graph.nodes[static_cast<size_t>(e.b)]},
                         {"weight", e.weight},
                         {"frameworks", proj.shared[k]}});
      }
      j["two_mode"] = {{"actors", actors}, {"frameworks", frameworks}, {"ties", ties}};
      json positions = json::object();
      const auto pos = latticework::layout(proj.graph);
      for (size_t i = 0; i < pos.size(); ++i)
        positions[proj.graph.nodes[i]] = {pos[i].first, pos[i].second};
      j["projection"] = {
          {"include_global", include_global}, {"layout", positions}, {"nodes", proj.graph.nodes},
          {"isolated", proj.isolated},        {"edges", edges},      {"density", metrics.density}};
      ctx.out << j.dump(2) << "\n";
      return;
    }

    ctx.out << "Latticework network on " << date << "\n";
    ctx.out << fmt::format(
        "  two-mode network: {} actors, {} frameworks in force, {} memberships\n",
        net.actors.size(), net.frameworks.size(), net.ties.size());
    ctx.out << fmt::format("  actor projection: {} actors, {} ties, density {}{}\n",
                           proj.graph.nodes.size(), proj.graph.edges.size(), fixed(metrics.density),
                           include_global ? "" : " (global bodies left out)");
    if (!proj.isolated.empty())
      ctx.out << fmt::format("  actors with no tie in the projection: {}\n",
                             fmt::join(proj.isolated, ", "));
    ctx.out << "\n";
    ctx.out << "Frameworks and their weights (bindingness; see docs/latticework.md)\n\n";
    render::Table ft({"framework", "kind", "members", "weight", "rule", "in projection"});
    for (const auto& af : net.frameworks)
      ft.add_row({af.framework->id, std::string(model::name(af.framework->kind)),
                  std::to_string(af.members.size()), fmt::format("{}", af.weight), af.weight_rule,
                  af.weight <= 0                   ? "no"
                  : (af.global && !include_global) ? "no (global body)"
                                                   : "yes"});
    ctx.out << ft.to_text() << "\n";
    ctx.out << "Strongest ties (weight = sum of the weights of the shared frameworks)\n\n";
    render::Table et({"actor", "actor", "weight", "shared", "frameworks"});
    for (size_t i = 0; i < order.size() && i < top; ++i) {
      const size_t k = order[i];
      const auto& e = proj.graph.edges[k];
      std::string list;
      for (size_t f = 0; f < proj.shared[k].size() && f < 4; ++f)
        list += (f ? ", " : "") + proj.shared[k][f];
      if (proj.shared[k].size() > 4) list += fmt::format(" … (+{})", proj.shared[k].size() - 4);
      et.add_row({proj.graph.nodes[static_cast<size_t>(e.a)],
                  proj.graph.nodes[static_cast<size_t>(e.b)], fmt::format("{}", e.weight),
                  std::to_string(proj.shared[k].size()), list});
    }
    ctx.out << et.to_text();
  });
}

}  // namespace lattice::cli
