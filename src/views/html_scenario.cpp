// HTML and SVG rendering of illustrative scenario cascades for the report.
#include "views/html_scenario.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "model/vocabulary.h"
#include "views/html.h"

namespace lattice::views {
namespace {

constexpr const char* kDefenderColour = "#1f77b4";
constexpr const char* kAttackerColour = "#d62728";
constexpr const char* kMaybeColour = "#999999";

struct Node {
  std::string actor;
  const char* colour = kMaybeColour;
  double x = 0, y = 0;
};

// An arrow from (x1, y1) to (x2, y2), stopping short of the node circles, with a label midway.
std::string arrow(double x1, double y1, double x2, double y2, const char* colour, bool dashed,
                  const std::string& label, const std::string& title) {
  const double dx = x2 - x1, dy = y2 - y1, len = std::max(1.0, std::hypot(dx, dy));
  const double r = 22;
  const double ax = x1 + dx * r / len, ay = y1 + dy * r / len;
  const double bx = x2 - dx * (r + 4) / len, by = y2 - dy * (r + 4) / len;
  return fmt::format(
      "<g><title>{}</title><line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" "
      "stroke=\"{}\" stroke-width=\"1.6\"{} marker-end=\"url(#arrow)\"/>"
      "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"10\" font-family=\"sans-serif\" "
      "text-anchor=\"middle\" fill=\"{}\">{}</text></g>\n",
      html_escape(title), ax, ay, bx, by, colour, dashed ? " stroke-dasharray=\"5 3\"" : "",
      (ax + bx) / 2, (ay + by) / 2 - 4, colour, html_escape(label));
}

}  // namespace

std::string cascade_svg(const model::Model& m, const scenario::CascadeResult& c) {
  // Columns: the round an actor entered (the two original parties in column 0); rows: defenders
  // above, attackers below; parties that may join (conditional) in grey.
  std::vector<Node> nodes;
  std::map<std::string, size_t> index;
  std::map<int, int> rows_def, rows_att;
  auto place = [&](const std::string& actor, int column, bool attacker, const char* colour) {
    if (index.count(actor)) return;
    int& row = attacker ? rows_att[column] : rows_def[column];
    Node n;
    n.actor = actor;
    n.colour = colour;
    n.x = 90 + 190.0 * column;
    // Attackers are offset by 1000 until the number of defender rows is known (below).
    n.y = attacker ? 1000 + 80.0 * row : 80.0 * row;
    ++row;
    index[actor] = nodes.size();
    nodes.push_back(n);
  };
  place(c.event.against, 0, false, kDefenderColour);
  place(c.event.by, 0, true, kAttackerColour);
  for (const auto& r : c.rounds)
    for (const auto& j : r.joiners)
      place(j.actor, r.number + 1, j.side == scenario::Side::kAttacker,
            j.side == scenario::Side::kAttacker ? kAttackerColour : kDefenderColour);
  for (const auto& r : c.rounds)
    for (const auto& j : r.may_join)
      place(j.actor, r.number + 1, j.side == scenario::Side::kAttacker, kMaybeColour);
  int def_rows = 1, columns = 1;
  for (const auto& [col, n] : rows_def) def_rows = std::max(def_rows, n);
  int att_rows = 1;
  for (const auto& [col, n] : rows_att) att_rows = std::max(att_rows, n);
  for (const auto& n : nodes) columns = std::max(columns, static_cast<int>((n.x - 90) / 190) + 1);
  const double top = 50, gap = 70;
  for (auto& n : nodes) n.y = n.y >= 1000 ? top + 80.0 * def_rows + gap + (n.y - 1000) : top + n.y;
  const double width = 180 + 190.0 * columns, height = top + 80.0 * (def_rows + att_rows) + gap;

  std::string s = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {:.0f} {:.0f}\" width=\"{:.0f}\" "
      "role=\"img\" aria-label=\"Cascade of {} by {} on {}\">\n"
      "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
      "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
      "fill=\"#555\"/></marker></defs>\n"
      "<text x=\"10\" y=\"18\" font-size=\"11\" font-family=\"sans-serif\" fill=\"{}\">defender "
      "side</text><text x=\"10\" y=\"{:.0f}\" font-size=\"11\" font-family=\"sans-serif\" "
      "fill=\"{}\">attacker side</text>\n",
      width, height, width, html_escape(std::string(model::name(c.event.kind))),
      html_escape(m.display_name(c.event.by)), html_escape(m.display_name(c.event.against)),
      kDefenderColour, top + 80.0 * def_rows + gap - 30, kAttackerColour);
  auto at = [&](const std::string& id) -> const Node& { return nodes[index.at(id)]; };
  {
    const Node &a = at(c.event.by), &b = at(c.event.against);
    s += arrow(a.x, a.y, b.x, b.y, kAttackerColour, false,
               fmt::format("R0 {}", model::name(c.event.kind)),
               m.display_name(c.event.by) + " attacks " + m.display_name(c.event.against));
  }
  for (const auto& r : c.rounds) {
    for (const auto& j : r.joiners) {
      const Node &a = at(j.actor), &b = at(j.protects);
      s += arrow(a.x, a.y, b.x, b.y, a.colour, false, fmt::format("R{} {}", r.number, j.commitment),
                 m.display_name(j.actor) + " joins under " + j.commitment + ": " + j.reason);
    }
    for (const auto& j : r.may_join) {
      if (!index.count(j.protects)) continue;
      const Node &a = at(j.actor), &b = at(j.protects);
      if (a.colour != kMaybeColour) continue;  // the party joined under another pledge
      s += arrow(a.x, a.y, b.x, b.y, kMaybeColour, true,
                 fmt::format("R{} {} (conditional)", r.number, j.commitment),
                 m.display_name(j.actor) + " may join under " + j.commitment + ": " + j.reason);
    }
  }
  for (const auto& n : nodes)
    s += fmt::format(
        "<g><title>{}</title><circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"20\" fill=\"{}\"/>"
        "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" font-family=\"sans-serif\" "
        "text-anchor=\"middle\" fill=\"#fff\">{}</text>"
        "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" font-family=\"sans-serif\" "
        "text-anchor=\"middle\">{}</text></g>\n",
        html_escape(n.actor), n.x, n.y, n.colour, n.x, n.y + 4, html_escape(n.actor), n.x, n.y + 34,
        html_escape(m.display_name(n.actor)));
  return s + "</svg>\n";
}

std::string scenario_section(const model::Model& m, core::Day day,
                             const std::vector<CascadeIllustration>& shown) {
  const std::string date = core::date_of(day).to_string();
  std::string s = "<section id=\"scenarios\">\n<h2>Scenarios</h2>\n";
  s += fmt::format(
      "<p>Cascades as of {}: round 0 is the event; a party whose defense pledge the event "
      "triggers joins the side it protects and acts against the attacker's armed forces, which "
      "may engage the attacker's own allies' pledges, and so on until no one new joins. Grey "
      "dashed arrows are conditional pledges, which do not draw a party in by default. Rules: "
      "docs/scenarios.md; try <code>lattice scenario --cascade</code>.</p>\n",
      date);
  for (const auto& ill : shown) {
    const scenario::CascadeResult& c = ill.cascade;
    std::string sides;
    for (const auto* list : {&c.defenders, &c.attackers}) {
      std::string names;
      for (const auto& a : *list) {
        if (!names.empty()) names += ", ";
        names += m.display_name(a);
      }
      sides += (sides.empty() ? "Defender side: " : "; attacker side: ") + names;
    }
    s += fmt::format("<h3>{}</h3>\n<p>{}.</p>\n", html_escape(ill.caption), html_escape(sides));
    s += cascade_svg(m, c);
  }
  if (shown.empty())
    s += "<p>The model lacks the actors or places of the illustrative events.</p>\n";
  return s + "</section>\n";
}

}  // namespace lattice::views
