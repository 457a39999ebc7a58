// Views of the latticework queries (see latticework_views.h).
#include "views/latticework_views.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <filesystem>

#include "core/text.h"
#include "latticework/export.h"
#include "views/latticework_html.h"
#include "views/number_format.h"
#include "views/table.h"

namespace lattice::views {

namespace {

using nlohmann::json;

std::string date_text(core::Day day) {
  return core::date_of(day).to_string();
}

// A framework counts in the projection when it has a positive weight and is not a global body
// left out.
bool in_projection(const latticework::ActiveFramework& af, bool include_global) {
  return af.weight > 0 && (!af.global || include_global);
}

// ---- network

json network_json(const query::NetworkResult& r) {
  const auto& net = r.net;
  const auto& proj = r.projection;
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
                          {"in_projection", in_projection(af, r.include_global)},
                          {"members", af.members}});
  for (const auto& t : net.ties)
    ties.push_back({{"actor", net.actors[static_cast<size_t>(t.actor)]->id},
                    {"framework", net.frameworks[static_cast<size_t>(t.framework)].framework->id}});
  for (size_t k : r.edge_order) {
    const auto& e = proj.graph.edges[k];
    edges.push_back({{"source", proj.graph.nodes[static_cast<size_t>(e.a)]},
                     {"target", proj.graph.nodes[static_cast<size_t>(e.b)]},
                     {"weight", e.weight},
                     {"frameworks", proj.shared[k]}});
  }
  json positions = json::object();
  for (size_t i = 0; i < r.positions.size(); ++i)
    positions[proj.graph.nodes[i]] = {r.positions[i].first, r.positions[i].second};
  json j;
  j["date"] = date_text(r.day);
  j["two_mode"] = {{"actors", actors}, {"frameworks", frameworks}, {"ties", ties}};
  j["projection"] = {
      {"include_global", r.include_global}, {"layout", positions}, {"nodes", proj.graph.nodes},
      {"isolated", proj.isolated},          {"edges", edges},      {"density", r.metrics.density}};
  return j;
}

std::string network_text(const query::NetworkResult& r) {
  const auto& net = r.net;
  const auto& proj = r.projection;
  std::string s = "Latticework network on " + date_text(r.day) + "\n";
  s += fmt::format("  two-mode network: {} actors, {} frameworks in force, {} memberships\n",
                   net.actors.size(), net.frameworks.size(), net.ties.size());
  s += fmt::format("  actor projection: {} actors, {} ties, density {}{}\n",
                   proj.graph.nodes.size(), proj.graph.edges.size(), fixed(r.metrics.density),
                   r.include_global ? "" : " (global bodies left out)");
  if (!proj.isolated.empty())
    s +=
        fmt::format("  actors with no tie in the projection: {}\n", fmt::join(proj.isolated, ", "));
  s += "\n";
  s += "Frameworks and their weights (bindingness; see docs/latticework.md)\n\n";
  views::Table ft({"framework", "kind", "members", "weight", "rule", "in projection"});
  for (const auto& af : net.frameworks)
    ft.add_row({af.framework->id, std::string(model::name(af.framework->kind)),
                std::to_string(af.members.size()), fmt::format("{}", af.weight), af.weight_rule,
                af.weight <= 0                     ? "no"
                : (af.global && !r.include_global) ? "no (global body)"
                                                   : "yes"});
  s += ft.to_text() + "\n";
  s += "Strongest ties (weight = sum of the weights of the shared frameworks)\n\n";
  views::Table et({"actor", "actor", "weight", "shared", "frameworks"});
  for (size_t i = 0; i < r.edge_order.size() && i < r.top; ++i) {
    const size_t k = r.edge_order[i];
    const auto& e = proj.graph.edges[k];
    const auto& shared = proj.shared[k];
    std::string list;
    for (size_t f = 0; f < shared.size() && f < 4; ++f) list += (f ? ", " : "") + shared[f];
    if (shared.size() > 4) list += fmt::format(" … (+{})", shared.size() - 4);
    et.add_row({proj.graph.nodes[static_cast<size_t>(e.a)],
                proj.graph.nodes[static_cast<size_t>(e.b)], fmt::format("{}", e.weight),
                std::to_string(shared.size()), list});
  }
  return s + et.to_text();
}

std::vector<query::Export> network_exports(const query::NetworkResult& r) {
  std::vector<query::Export> out;
  if (!r.graphml.empty())
    out.push_back({"",
                   {{r.graphml, latticework::projection_graphml(*r.model, r.projection)},
                    {r.graphml_two_mode, latticework::two_mode_graphml(r.net)}}});
  if (!r.csv_dir.empty()) {
    const std::filesystem::path dir(r.csv_dir);
    out.push_back({r.csv_dir,
                   {{(dir / "nodes.csv").string(), latticework::nodes_csv(r.net)},
                    {(dir / "edges.csv").string(), latticework::edges_csv(r.net, r.projection)}}});
  }
  return out;
}

// ---- overlap

json overlap_json(const query::OverlapResult& q) {
  const auto& r = q.overlap;
  const auto& options = q.options;
  json pairs = json::array();
  for (const auto& p : r.pairs)
    pairs.push_back({{"a", p.a},
                     {"b", p.b},
                     {"members_a", p.members_a},
                     {"members_b", p.members_b},
                     {"shared", p.shared},
                     {"shared_members", p.shared_members},
                     {"jaccard", p.jaccard},
                     {"overlap_coefficient", p.overlap_coefficient},
                     {"domain_similarity", p.domain_similarity},
                     {"directed_ab", p.directed_ab},
                     {"directed_ba", p.directed_ba},
                     {"redundancy", p.redundancy},
                     {"nested", p.nested}});
  json most = json::array();
  for (size_t k : r.most_redundant)
    most.push_back(
        {{"a", r.pairs[k].a}, {"b", r.pairs[k].b}, {"redundancy", r.pairs[k].redundancy}});
  return {{"date", date_text(r.day)},
          {"frameworks", r.frameworks},
          {"pairs", pairs},
          {"most_redundant", most},
          {"clusters", r.clusters},
          {"parameters",
           {{"min_members", options.min_members},
            {"cluster_jaccard", options.cluster_jaccard},
            {"cluster_domains", options.cluster_domains},
            {"top_min_members", options.top_min_members}}}};
}

std::vector<std::string> overlap_row(const latticework::FrameworkOverlap& p) {
  return {p.a,
          p.b,
          fmt::format("{}/{}/{}", p.shared, p.members_a, p.members_b),
          fixed(p.jaccard),
          fixed(p.overlap_coefficient),
          fixed(p.domain_similarity),
          fixed(p.directed_ab),
          fixed(p.directed_ba),
          fixed(p.redundancy),
          p.nested ? "nested" : ""};
}

std::string overlap_text(const query::OverlapResult& q) {
  const auto& r = q.overlap;
  const std::vector<std::string> headers = {
      "A", "B", "shared/|A|/|B|", "jaccard", "overlap", "domains", "A→B", "B→A", "redundancy", ""};
  std::string s = fmt::format(
      "Framework overlap on {}: {} frameworks with two or more members, {} pairs sharing a "
      "member\n\n",
      date_text(r.day), r.frameworks.size(), r.pairs.size());
  s += fmt::format(
      "Most redundant pairs (redundancy = jaccard × domain similarity; frameworks of {}+ "
      "members)\n\n",
      q.options.top_min_members);
  views::Table t(headers);
  for (size_t k : r.most_redundant) t.add_row(overlap_row(r.pairs[k]));
  s += t.to_text() + "\n";
  s += fmt::format("Clusters of redundant frameworks (jaccard ≥ {}, domain similarity ≥ {})\n",
                   q.options.cluster_jaccard, q.options.cluster_domains);
  if (r.clusters.empty()) s += "  none\n";
  for (const auto& c : r.clusters) s += "  " + core::join(c, ", ") + "\n";
  if (q.all) {
    s += "\nEvery pair sharing a member\n\n";
    views::Table a(headers);
    for (const auto& p : r.pairs) a.add_row(overlap_row(p));
    s += a.to_text();
  }
  return s;
}

// ---- coverage

json coverage_json(const query::CoverageResult& q) {
  const auto& r = q.coverage;
  json domains = json::object();
  for (const auto& d : r.domains) domains[std::string(model::name(d.domain))] = d.frameworks;
  json gaps = json::array();
  for (auto g : r.gaps) gaps.push_back(model::name(g));
  return {{"date", date_text(r.day)},
          {"actors", r.actors},
          {"frameworks", r.shared_frameworks},
          {"domains", domains},
          {"gaps", gaps}};
}

std::string coverage_text(const query::CoverageResult& q) {
  const auto& r = q.coverage;
  std::vector<std::string> names;
  for (const auto& id : r.actors) names.push_back(q.model->display_name(id));
  std::string s =
      fmt::format("Coverage of {} on {}: {} framework(s) in force hold them all\n\n",
                  core::join(names, ", "), date_text(r.day), r.shared_frameworks.size());
  views::Table t({"domain", "frameworks", "binding them all"});
  for (const auto& d : r.domains)
    t.add_row({std::string(model::name(d.domain)), std::to_string(d.frameworks.size()),
               d.frameworks.empty() ? "— gap" : core::join(d.frameworks, ", ")});
  s += t.to_text();
  std::vector<std::string> gaps;
  for (auto g : r.gaps) gaps.emplace_back(model::name(g));
  s += "\nGaps: " + (gaps.empty() ? std::string("none") : core::join(gaps, ", ")) + "\n";
  return s;
}

// ---- centrality

json centrality_json(const query::CentralityResult& r) {
  const auto& nodes = r.projection.graph.nodes;
  const auto& nucleus = r.nucleus;
  json actors = json::array();
  for (size_t i : r.order) {
    const auto& nm = r.metrics.nodes[i];
    actors.push_back({{"id", nodes[i]},
                      {"name", r.model->display_name(nodes[i])},
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
  for (const auto& members : r.communities) communities.push_back(members);
  json conn = json::array();
  for (const auto& c : nucleus.connectivity)
    conn.push_back({{"removed", c.removed},
                    {"connected_share", c.connected_share},
                    {"efficiency", c.efficiency},
                    {"connected_drop", c.connected_drop},
                    {"efficiency_drop", c.efficiency_drop}});
  return {{"date", date_text(r.day)},
          {"nodes", nodes.size()},
          {"include_global", r.include_global},
          {"isolated", r.projection.isolated},
          {"edges", r.projection.graph.edges.size()},
          {"density", r.metrics.density},
          {"modularity", r.metrics.modularity},
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
}

std::string centrality_text(const query::CentralityResult& r) {
  const auto& nodes = r.projection.graph.nodes;
  const auto& nucleus = r.nucleus;
  const model::Model& m = *r.model;
  std::string s = "Centrality in the actor projection on " + date_text(r.day) + "\n";
  s += fmt::format("  {} actors, {} ties, density {}; {} Louvain communities, modularity {}\n\n",
                   nodes.size(), r.projection.graph.edges.size(), fixed(r.metrics.density),
                   r.metrics.community_count, fixed(r.metrics.modularity));
  if (!r.projection.isolated.empty())
    s += fmt::format("Actors with no tie (left out): {}\n\n",
                     fmt::join(r.projection.isolated, ", "));
  views::Table t({"actor", "name", "degree", "strength", "betweenness", "eigenvector", "constraint",
                  "coreness", "community"});
  for (size_t i : r.order) {
    const auto& nm = r.metrics.nodes[i];
    t.add_row({nodes[i], m.display_name(nodes[i]), std::to_string(nm.degree),
               fmt::format("{}", nm.strength), fixed(nm.betweenness, 4), fixed(nm.eigenvector),
               fixed(nm.constraint), std::to_string(nm.coreness),
               std::to_string(nm.community + 1)});
  }
  s += t.to_text() + "\n";
  s += "Communities (Louvain, weighted)\n";
  for (size_t c = 0; c < r.communities.size(); ++c)
    s += fmt::format("  {}: {}\n", c + 1, core::join(r.communities[c], ", "));
  s += "\nNucleus test: " + m.display_name(nucleus.a) + " – " + m.display_name(nucleus.b) + "\n";
  if (!nucleus.present)
    return s + "  one of the two actors has no membership in force on " + date_text(r.day) + "\n";
  if (nucleus.rank == 0) {
    s += "  the two actors share no framework of positive weight\n";
  } else {
    s += fmt::format("  tie weight {} over {} framework(s); rank {} of {} ties{}\n",
                     nucleus.pair_weight, nucleus.shared.size(), nucleus.rank, nucleus.edge_count,
                     nucleus.tied ? fmt::format(" (tied with {} other tie(s))", nucleus.tied) : "");
  }
  s += fmt::format("  connectivity among the {} other actors:\n", nucleus.other_count);
  views::Table ct(
      {"removed", "pairs connected", "efficiency", "connected drop", "efficiency drop"});
  for (const auto& c : nucleus.connectivity)
    ct.add_row({c.removed.empty() ? "(none)" : c.removed, fixed(c.connected_share),
                fixed(c.efficiency, 4), c.removed.empty() ? "" : fixed(c.connected_drop),
                c.removed.empty() ? "" : fixed(c.efficiency_drop * 100, 1) + "%"});
  return s + ct.to_text();
}

// ---- inclusivity

json inclusivity_json(const query::InclusivityResult& q) {
  const auto& r = q.inclusivity;
  json counts = json::object();
  for (const auto& c : r.counts) counts[c.actor] = c.frameworks;
  return {{"date", date_text(r.day)},   {"framework", r.framework},
          {"region", r.region},         {"states", r.states.size()},
          {"included", r.included},     {"left_out", r.left_out},
          {"share", r.share},           {"framework_counts", counts},
          {"mean_count", r.mean_count}, {"gini", r.gini}};
}

std::string inclusivity_text(const query::InclusivityResult& q) {
  const auto& r = q.inclusivity;
  const model::Model& m = *q.model;
  std::string s = m.display_name(r.framework) + " in " + m.display_name(r.region) + " on " +
                  date_text(r.day) + "\n";
  s += fmt::format("  includes {} of the region's {} states ({}%)\n", r.included.size(),
                   r.states.size(), fixed(r.share * 100, 1));
  std::vector<std::string> left;
  for (const auto& id : r.left_out) left.push_back(m.display_name(id));
  s += "  left out: " + (left.empty() ? std::string("none") : core::join(left, ", ")) + "\n";
  s += fmt::format(
      "  frameworks per state: mean {}, Gini {} (0 = every state in as many frameworks, "
      "1 = one state in all)\n\n",
      fixed(r.mean_count, 2), fixed(r.gini));
  views::Table t({"state", "name", "member", "frameworks"});
  for (size_t i = 0; i < r.counts.size(); ++i) {
    const auto& c = r.counts[i];
    t.add_row({c.actor, m.display_name(c.actor), q.member[i] ? "yes" : "no",
               std::to_string(c.frameworks)});
  }
  return s + t.to_text();
}

}  // namespace

query::Views<query::NetworkResult> network_views() {
  query::Views<query::NetworkResult> v;
  v.json = network_json;
  v.text = network_text;
  v.html = network_html;
  v.exports = network_exports;
  return v;
}

query::Views<query::OverlapResult> overlap_views() {
  query::Views<query::OverlapResult> v;
  v.json = overlap_json;
  v.text = overlap_text;
  v.html = overlap_html;
  return v;
}

query::Views<query::CoverageResult> coverage_views() {
  query::Views<query::CoverageResult> v;
  v.json = coverage_json;
  v.text = coverage_text;
  v.html = coverage_html;
  return v;
}

query::Views<query::CentralityResult> centrality_views() {
  query::Views<query::CentralityResult> v;
  v.json = centrality_json;
  v.text = centrality_text;
  return v;
}

query::Views<query::InclusivityResult> inclusivity_views() {
  query::Views<query::InclusivityResult> v;
  v.json = inclusivity_json;
  v.text = inclusivity_text;
  return v;
}

}  // namespace lattice::views
