// HTML agenda section: items with SVG timelines and the agreement table.
#include "views/agenda_html.h"

#include <fmt/format.h>

#include <algorithm>

#include "views/html.h"

namespace lattice::views {
namespace {

std::string esc(std::string_view s) {
  return html_escape(s);
}

std::string one_line(std::string_view s, size_t max = 220) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (c == '*') continue;
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() > max) {
    size_t cut = out.rfind(' ', max);
    if (cut == std::string::npos) cut = max;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + " …";
  }
  return out;
}

// A bar from first to last year on the axis [lo, hi], one dot per year raised.
std::string timeline(const agenda::AgendaItem& it, const std::vector<agenda::AgendaInput>& in,
                     int lo, int hi) {
  const int w = 240, h = 18;
  if (!it.first_year || hi < lo) return "<span class=\"muted\">undated</span>";
  auto x = [&](int year) {
    return hi == lo ? w / 2.0 : 8.0 + (w - 16.0) * (year - lo) / static_cast<double>(hi - lo);
  };
  std::string s = fmt::format(
      "<svg width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"raised {}-{}\">"
      "<line x1=\"8\" y1=\"9\" x2=\"{}\" y2=\"9\" stroke=\"#dde\" stroke-width=\"2\"/>"
      "<line x1=\"{:.1f}\" y1=\"9\" x2=\"{:.1f}\" y2=\"9\" stroke=\"#456\" stroke-width=\"6\" "
      "stroke-linecap=\"round\"/>",
      w, h, *it.first_year, *it.last_year, w - 8, x(*it.first_year), x(*it.last_year));
  for (size_t i : it.members)
    if (in[i].year)
      s += fmt::format("<circle cx=\"{:.1f}\" cy=\"9\" r=\"4\" fill=\"#c63\"/>", x(*in[i].year));
  return s + "</svg>";
}

}  // namespace

std::string agenda_html(const query::AgendaResult& r, size_t collapse_below) {
  const agenda::Agenda& a = r.agenda;
  const agenda::AgreementTable& table = r.agreement;
  const model::Model& m = *r.model;
  const std::string note =
      r.db.empty() ? std::string("The recommendations of the model's documents.")
                   : "The recommendations of the model's documents and of " + r.db + ".";
  int lo = 9999, hi = 0;
  for (const auto& in : a.inputs)
    if (in.year) {
      lo = std::min(lo, *in.year);
      hi = std::max(hi, *in.year);
    }
  std::string h = "<h2 id=\"agenda\">Agenda (" + std::to_string(a.items.size()) + " items)</h2>\n";
  h += "<p class=\"muted\">" + esc(note) +
       fmt::format(
           " {} recommendations grouped by TF-IDF and entity similarity with "
           "average-linkage clustering (alpha={}, adjacency={}, threshold={}); see "
           "docs/agenda.md. Timeline axis {}&ndash;{}.",
           a.inputs.size(), a.params.alpha, a.params.adjacency, a.params.threshold,
           lo <= hi ? std::to_string(lo) : "?", lo <= hi ? std::to_string(hi) : "?") +
       "</p>\n";
  h += "<table><tr><th>item</th><th>label</th><th>status</th><th>timeline</th><th>years</th>"
       "<th>organisations</th><th>asked</th><th>recommendations</th></tr>\n";
  std::vector<const agenda::AgendaItem*> small;
  for (const auto& it : a.items) {
    if (it.members.size() < collapse_below) {
      small.push_back(&it);
      continue;
    }
    std::string status = esc(it.status.status);
    if (!it.status.date.empty()) status += " (" + esc(it.status.date) + ")";
    if (!it.status.evidence.empty())
      status += "<br><span class=\"muted\">" + esc(it.status.evidence) + "</span>";
    std::string years = it.first_year ? std::to_string(*it.first_year) : "undated";
    if (it.first_year && *it.last_year != *it.first_year)
      years += "&ndash;" + std::to_string(*it.last_year);
    std::string orgs, asked, recs;
    for (const auto& o : it.organisations) orgs += (orgs.empty() ? "" : "<br>") + esc(o);
    for (const auto& [id, n] : it.actors)
      asked += (asked.empty() ? "" : ", ") + esc(m.display_name(id)) +
               (n > 1 ? " &times;" + std::to_string(n) : "");
    for (size_t i : it.members) {
      const auto& in = a.inputs[i];
      const std::string anchor = in.model_id.empty() ? "" : "#rec-" + in.model_id;
      std::string where =
          esc(in.doc) + " @" + std::to_string(in.start) + "-" + std::to_string(in.end);
      if (!anchor.empty()) where = "<a href=\"" + esc(anchor) + "\">" + where + "</a>";
      recs += "<li>" + where + " <span class=\"muted\">(" +
              esc(in.date.empty() ? "undated" : in.date) + ", " + esc(in.modality) + ")</span> " +
              esc(one_line(in.text)) + "</li>";
    }
    h += "<tr><td>" + esc(it.key) + "</td><td><b>" + esc(it.label.text) + "</b></td><td>" + status +
         "</td><td>" + timeline(it, a.inputs, lo, hi) + "</td><td>" + years + "</td><td>" + orgs +
         "</td><td>" + asked + "</td><td><details><summary>" + std::to_string(it.members.size()) +
         " recommendations</summary><ul>" + recs + "</ul></details></td></tr>\n";
  }
  h += "</table>\n";
  if (!small.empty()) {
    h += "<details><summary>" + std::to_string(small.size()) + " items raised once</summary><ul>";
    for (const auto* it : small) {
      const auto& in = a.inputs[it->members.front()];
      h += "<li>" + esc(it->key) + " <b>" + esc(it->label.text) + "</b> <span class=\"muted\">" +
           esc(in.doc) + " @" + std::to_string(in.start) + "-" + std::to_string(in.end) + ", " +
           esc(it->status.status) + "</span></li>";
    }
    h += "</ul></details>\n";
  }
  h += "<h3>Agreement between documents</h3>\n<p class=\"muted\">Each cell: the share of the "
       "agenda items raised by either document that both raise (both / either).</p>\n"
       "<table><tr><th>document</th><th>items</th>";
  for (const auto& d : table.documents) h += "<th>" + esc(d) + "</th>";
  h += "</tr>\n";
  for (size_t i = 0; i < table.documents.size(); ++i) {
    h += "<tr><td>" + esc(table.documents[i]) + " <span class=\"muted\">" +
         esc(table.organisations[i]) + "</span></td><td>" + std::to_string(table.items[i]) +
         "</td>";
    for (size_t j = 0; j < table.documents.size(); ++j) {
      if (i == j) {
        h += "<td>&ndash;</td>";
        continue;
      }
      const size_t e = table.either[i][j], b = table.both[i][j];
      const double share = e == 0 ? 0 : static_cast<double>(b) / static_cast<double>(e);
      h += fmt::format("<td style=\"background:rgba(51,85,119,{:.2f})\">{:.0f}% ({}/{})</td>",
                       std::min(0.6, share * 2), 100 * share, b, e);
    }
    h += "</tr>\n";
  }
  h += "</table>\n";
  return h;
}

}  // namespace lattice::views
