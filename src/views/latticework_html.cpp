// HTML fragments of the latticework queries (see latticework_html.h).
#include "views/latticework_html.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "model/focus_names.h"
#include "views/html.h"

namespace lattice::views {
namespace {

constexpr const char* kPalette[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd",
                                    "#ff7f0e", "#8c564b", "#e377c2", "#17becf"};

}  // namespace

std::string network_html(const query::NetworkResult& r) {
  const model::Model& m = *r.model;
  const latticework::Projection& p = r.projection;
  const latticework::NetworkMetrics& metrics = r.metrics;
  const auto& pos = r.positions;
  const double w = 860, h = 620, pad = 40;
  auto x = [&](size_t i) { return pad + pos[i].first * (w - 2 * pad); };
  auto y = [&](size_t i) { return pad + pos[i].second * (h - 2 * pad); };
  double max_w = 1, max_s = 1;
  for (const auto& e : p.graph.edges) max_w = std::max(max_w, e.weight);
  for (const auto& n : metrics.nodes) max_s = std::max(max_s, n.strength);
  std::string s = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"100%\" "
      "role=\"img\" aria-label=\"Actor projection of the framework network\">\n",
      w, h);
  for (const auto& e : p.graph.edges) {
    const auto a = static_cast<size_t>(e.a), b = static_cast<size_t>(e.b);
    s += fmt::format(
        "<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#888\" "
        "stroke-opacity=\"{:.2f}\" stroke-width=\"{:.2f}\"><title>{} – {}: {}</title></line>\n",
        x(a), y(a), x(b), y(b), 0.08 + 0.6 * e.weight / max_w, 0.4 + 4 * e.weight / max_w,
        html_escape(p.graph.nodes[a]), html_escape(p.graph.nodes[b]), e.weight);
  }
  for (size_t i = 0; i < p.graph.nodes.size(); ++i) {
    const auto& nm = metrics.nodes[i];
    const double r = 3 + 9 * std::sqrt(nm.strength / max_s);
    s += fmt::format(
        "<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{:.1f}\" fill=\"{}\"><title>{} (strength {}, "
        "betweenness {:.3f})</title></circle>\n"
        "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"10\" font-family=\"sans-serif\">{}</text>\n",
        x(i), y(i), r, kPalette[static_cast<size_t>(nm.community) % 8],
        html_escape(m.display_name(p.graph.nodes[i])), nm.strength, nm.betweenness, x(i) + r + 1,
        y(i) + 3, html_escape(p.graph.nodes[i]));
  }
  return s + "</svg>\n";
}

std::string overlap_html(const query::OverlapResult& q) {
  const latticework::OverlapResult& r = q.overlap;
  const model::Model& m = *q.model;
  // Frameworks of three or more members, the ones whose overlap the reports discuss.
  std::vector<std::string> fs;
  for (const auto& id : r.frameworks) {
    size_t members = 0;
    for (const auto& p : r.pairs)
      if (p.a == id)
        members = p.members_a;
      else if (p.b == id)
        members = p.members_b;
    if (members >= 3) fs.push_back(id);
  }
  auto jac = [&](const std::string& a, const std::string& b) {
    if (a == b) return 1.0;
    for (const auto& p : r.pairs)
      if ((p.a == a && p.b == b) || (p.a == b && p.b == a)) return p.jaccard;
    return 0.0;
  };
  std::string s =
      "<table class=\"heatmap\" style=\"border-collapse:collapse;font-size:11px\">\n<tr><th></th>";
  for (const auto& f : fs)
    s += fmt::format(
        "<th style=\"writing-mode:vertical-rl;transform:rotate(180deg)\" title=\"{}\">{}</th>",
        html_escape(m.display_name(f)), html_escape(f));
  s += "</tr>\n";
  for (const auto& a : fs) {
    s += fmt::format("<tr><th style=\"text-align:right\" title=\"{}\">{}</th>",
                     html_escape(m.display_name(a)), html_escape(a));
    for (const auto& b : fs) {
      const double v = jac(a, b);
      s += fmt::format(
          "<td style=\"width:16px;height:16px;background:rgba(178,24,43,{:.2f})\" "
          "title=\"{} / {}: Jaccard {:.2f}\"></td>",
          v, html_escape(a), html_escape(b), v);
    }
    s += "</tr>\n";
  }
  s += "</table>\n";
  if (!r.clusters.empty()) {
    s += "<p>Clusters of redundant frameworks:</p>\n<ul>\n";
    for (const auto& c : r.clusters) {
      std::string list;
      for (const auto& f : c) list += (list.empty() ? "" : ", ") + html_escape(f);
      s += "<li>" + list + "</li>\n";
    }
    s += "</ul>\n";
  }
  return s;
}

std::string coverage_html(const query::CoverageResult& q) {
  const latticework::CoverageResult& c = q.coverage;
  std::string s =
      "<table class=\"coverage\" style=\"border-collapse:collapse;font-size:12px\">\n"
      "<tr><th>domain</th>";
  for (const auto& f : c.shared_frameworks)
    s += fmt::format("<th style=\"writing-mode:vertical-rl;transform:rotate(180deg)\">{}</th>",
                     html_escape(f));
  s += "</tr>\n";
  for (const auto& d : c.domains) {
    const bool gap = d.frameworks.empty();
    s += fmt::format("<tr><th style=\"text-align:left{}\">{}{}</th>", gap ? ";color:#b2182b" : "",
                     model::name(d.domain), gap ? " (gap)" : "");
    for (const auto& f : c.shared_frameworks) {
      const bool in = std::find(d.frameworks.begin(), d.frameworks.end(), f) != d.frameworks.end();
      s +=
          in ? "<td style=\"background:#2166ac;color:#fff;text-align:center\">●</td>" : "<td></td>";
    }
    s += "</tr>\n";
  }
  return s + "</table>\n";
}

std::string latticework_section(const query::NetworkResult& network,
                                const query::CentralityResult* centrality,
                                const query::OverlapResult& overlap,
                                const query::CoverageResult* coverage) {
  const model::Model& m = *network.model;
  const auto& net = network.net;
  const auto& proj = network.projection;
  const auto& metrics = network.metrics;
  const std::string a = model::focus_prose_name(m, 0), b = model::focus_prose_name(m, 1);
  const std::string date = core::date_of(network.day).to_string();

  std::string s = "<section id=\"latticework\">\n<h2>The latticework</h2>\n";
  s += fmt::format(
      "<p>On {}: {} frameworks in force, {} actors tied in the actor projection (global bodies "
      "left out), density {:.3f}, {} Louvain communities (modularity {:.3f}).",
      date, net.frameworks.size(), proj.graph.nodes.size(), metrics.density,
      metrics.community_count, metrics.modularity);
  if (centrality && centrality->nucleus.rank > 0) {
    const auto& nucleus = centrality->nucleus;
    s += fmt::format(
        " The {} tie weighs {} and ranks {} of {} ties; without {} the weighted efficiency among "
        "the other actors drops by {:.1f}%, without {} by {:.1f}%.",
        model::focus_label(m), nucleus.pair_weight, nucleus.rank, nucleus.edge_count, a,
        100 * nucleus.connectivity[1].efficiency_drop, b,
        100 * nucleus.connectivity[2].efficiency_drop);
  }
  s += " Methods: docs/latticework.md.</p>\n";
  s += "<h3>Actor projection</h3>\n<p>Node size: strength; colour: community; line width: "
       "weight of the shared frameworks.</p>\n";
  s += network_html(network);
  s += "<h3>Membership overlap (Jaccard) of frameworks with three or more members</h3>\n";
  s += overlap_html(overlap);
  if (coverage) {
    s += "<h3>Coverage: frameworks binding " + html_escape(a) + " and " + html_escape(b) +
         ", by domain</h3>\n";
    s += coverage_html(*coverage);
  }
  return s + "</section>\n";
}

}  // namespace lattice::views
