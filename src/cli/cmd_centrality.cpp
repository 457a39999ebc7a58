// lattice centrality [--on DATE] [--json]: per actor of the weighted actor projection, degree,
// strength, betweenness, eigenvector centrality, Burt's constraint, coreness and Louvain
// community; the network's density and modularity; and the nucleus test of the U.S.-Japan pair.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "cli/command.h"
#include "cli/latticework_output.h"
#include "latticework/metrics.h"
#include "latticework/networks.h"
#include "latticework/nucleus.h"
#include "render/table.h"

namespace lattice::cli {

void register_centrality(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static bool include_global = false;
  static std::string pair_a, pair_b;
  o = {};
  include_global = false;
  pair_a.clear();  // the model's [focus] pair (analysis.toml) unless given
  pair_b.clear();
  CLI::App* sub = app.add_subcommand(
      "centrality", "Centrality of actors in the framework network, communities, nucleus test");
  sub->add_option("--pair", pair_a,
                  "First actor of the nucleus pair (default: the model's focus pair)");
  sub->add_option("--with", pair_b,
                  "Second actor of the nucleus pair (default: the model's focus pair)");
  sub->add_flag("--include-global", include_global,
                "Keep global bodies (UN, WTO, ITU, development banks, near-universal frameworks) "
                "in the actor projection");
  add_common_options(sub, o, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    auto day = day_of(o, ctx);
    if (!day) return;
    const auto& focus = m->analysis().focus;
    const std::string a =
        resolve_or_report(*m, pair_a.empty() ? focus.a : pair_a, model::EntityKind::kActor, ctx);
    if (a.empty()) return;
    const std::string b =
        resolve_or_report(*m, pair_b.empty() ? focus.b : pair_b, model::EntityKind::kActor, ctx);
    if (b.empty()) return;
    const auto net = latticework::two_mode_network(*m, *day);
    const auto proj = latticework::project(net, {include_global});
    const auto metrics = latticework::compute_metrics(proj.graph);
    const auto nucleus = latticework::nucleus_test(proj, a, b);
    const auto& nodes = proj.graph.nodes;

    std::vector<size_t> order(nodes.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      if (metrics.nodes[x].betweenness != metrics.nodes[y].betweenness)
        return metrics.nodes[x].betweenness > metrics.nodes[y].betweenness;
      return metrics.nodes[x].strength > metrics.nodes[y].strength;
    });
    const std::string date = core::date_of(*day).to_string();

    if (o.json) {
      using nlohmann::json;
      json actors = json::array();
      for (size_t i : order) {
        const auto& nm = metrics.nodes[i];
        actors.push_back({{"id", nodes[i]},
                          {"name", m->display_name(nodes[i])},
                          {"degree", nm.degree},
                          {"strength", nm.strength},
                          {"betweenness", nm.betweenness},
                          {"betweenness_raw", nm.betweenness_raw},
                          {"eigenvector", json_number(nm.eigenvector)},
                          {"constraint", json_number(nm.constraint)},
                          {"coreness", nm.coreness},
                          {"community", nm.community}});
      }
      json communities = json::array();
      for (long c = 0; c < metrics.community_count; ++c) {
        json members = json::array();
        for (size_t i = 0; i < nodes.size(); ++i)
          if (metrics.nodes[i].community == c) members.push_back(nodes[i]);
        communities.push_back(members);
      }
      json conn = json::array();
      for (const auto& c : nucleus.connectivity)
        conn.push_back({{"removed", c.removed},
                        {"connected_share", c.connected_share},
                        {"efficiency", c.efficiency},
                        {"connected_drop", c.connected_drop},
                        {"efficiency_drop", c.efficiency_drop}});
      json j = {{"date", date},
                {"nodes", nodes.size()},
                {"include_global", include_global},
                {"isolated", proj.isolated},
                {"edges", proj.graph.edges.size()},
                {"density", metrics.density},
                {"modularity", metrics.modularity},
                {"communities", communities},
                {"actors", actors},
                {"nucleus",
                 {{"a", nucleus.a},
                  {"b", nucleus.b},
                  {"present", nucleus.present},
                  {"pair_weight", nucleus.pair_weight},
                  {"frameworks", nucleus.shared},
                  {"rank", nucleus.rank},
                  {"tied", nucleus.tied},
                  {"pairs", nucleus.edge_count},
                  {"others", nucleus.other_count},
                  {"connectivity", conn}}}};
      ctx.out << j.dump(2) << "\n";
      return;
    }

    ctx.out << "Centrality in the actor projection on " << date << "\n";
    ctx.out << fmt::format(
        "  {} actors, {} ties, density {}; {} Louvain communities, modularity {}\n\n", nodes.size(),
        proj.graph.edges.size(), fixed(metrics.density), metrics.community_count,
        fixed(metrics.modularity));
    if (!proj.isolated.empty())
      ctx.out << fmt::format("Actors with no tie (left out): {}\n\n",
                             fmt::join(proj.isolated, ", "));
    render::Table t({"actor", "name", "degree", "strength", "betweenness", "eigenvector",
                     "constraint", "coreness", "community"});
    for (size_t i : order) {
      const auto& nm = metrics.nodes[i];
      t.add_row({nodes[i], m->display_name(nodes[i]), std::to_string(nm.degree),
                 fmt::format("{}", nm.strength), fixed(nm.betweenness, 4), fixed(nm.eigenvector),
                 fixed(nm.constraint), std::to_string(nm.coreness),
                 std::to_string(nm.community + 1)});
    }
    ctx.out << t.to_text() << "\n";
    ctx.out << "Communities (Louvain, weighted)\n";
    for (long c = 0; c < metrics.community_count; ++c) {
      std::string list;
      for (size_t i = 0; i < nodes.size(); ++i)
        if (metrics.nodes[i].community == c) list += (list.empty() ? "" : ", ") + nodes[i];
      ctx.out << "  " << c + 1 << ": " << list << "\n";
    }
    ctx.out << "\nNucleus test: " << m->display_name(a) << " – " << m->display_name(b) << "\n";
    if (!nucleus.present) {
      ctx.out << "  one of the two actors has no membership in force on " << date << "\n";
      return;
    }
    if (nucleus.rank == 0) {
      ctx.out << "  the two actors share no framework of positive weight\n";
    } else {
      ctx.out << fmt::format(
          "  tie weight {} over {} framework(s); rank {} of {} ties{}\n", nucleus.pair_weight,
          nucleus.shared.size(), nucleus.rank, nucleus.edge_count,
          nucleus.tied ? fmt::format(" (tied with {} other tie(s))", nucleus.tied) : "");
    }
    ctx.out << fmt::format("  connectivity among the {} other actors:\n", nucleus.other_count);
    render::Table ct(
        {"removed", "pairs connected", "efficiency", "connected drop", "efficiency drop"});
    for (const auto& c : nucleus.connectivity)
      ct.add_row({c.removed.empty() ? "(none)" : c.removed, fixed(c.connected_share),
                  fixed(c.efficiency, 4), c.removed.empty() ? "" : fixed(c.connected_drop),
                  c.removed.empty() ? "" : fixed(c.efficiency_drop * 100, 1) + "%"});
    ctx.out << ct.to_text();
  });
}

}  // namespace lattice::cli
