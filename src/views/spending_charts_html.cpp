// Inline SVG line charts of military expenditure and its share of GDP for the report.
#include "views/spending_charts_html.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <vector>

#include "core/text.h"
#include "views/html.h"

namespace lattice::views {

namespace {

struct Line {
  std::string actor, name, color;
  std::map<int, double> points;  // year -> value
};

// Escaped text with `code` spans (the report words of the model's analysis.toml).
std::string text_with_code(const std::string& text) {
  std::string out;
  bool code = false;
  for (const auto& part : core::split(text, '`')) {
    if (!out.empty() || code) out += code ? "<code>" : "</code>";
    out += html_escape(part);
    code = !code;
  }
  return out;
}

// The colours of the lines, in order (the palette repeats past its end).
const std::vector<std::string>& palette() {
  static const std::vector<std::string> v = {"#1f4e9c", "#c0392b", "#27ae60", "#d68910",
                                             "#7d3c98", "#17a589", "#884ea0", "#5d6d7e"};
  return v;
}

std::string num(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// A "nice" step for about `ticks` intervals over [0, max].
double nice_step(double max, int ticks) {
  if (max <= 0) return 1;
  const double raw = max / ticks;
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (raw <= m * mag) return m * mag;
  return 10 * mag;
}

// One chart: lines over years, y from 0. scale divides values for the axis labels.
std::string chart(const std::string& title, const std::string& y_label,
                  const std::vector<Line>& lines, double scale, int decimals) {
  constexpr double W = 720, H = 360, L = 70, R = 110, T = 36, B = 44;
  int y0 = 9999, y1 = 0;
  double vmax = 0;
  for (const auto& l : lines)
    for (const auto& [y, v] : l.points) {
      y0 = std::min(y0, y);
      y1 = std::max(y1, y);
      vmax = std::max(vmax, v / scale);
    }
  if (y0 > y1) return "";
  if (y0 == y1) ++y1;
  const double step = nice_step(vmax, 5);
  const double top = std::ceil(vmax / step) * step;
  auto x = [&](int year) { return L + (W - L - R) * (year - y0) / double(y1 - y0); };
  auto y = [&](double v) { return T + (H - T - B) * (1 - v / (top > 0 ? top : 1)); };
  std::string s =
      "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
      num(W, 0) + " " + num(H, 0) + "\" width=\"" + num(W, 0) + "\" height=\"" + num(H, 0) +
      "\" role=\"img\" aria-label=\"" + html_escape(title) +
      "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  s += "<text x=\"" + num(W / 2, 0) + "\" y=\"18\" text-anchor=\"middle\" font-size=\"14\">" +
       html_escape(title) + "</text>\n";
  // Y axis, grid and labels.
  for (double v = 0; v <= top + step / 2; v += step) {
    const std::string yy = num(y(v), 1);
    s += "<line x1=\"" + num(L, 0) + "\" y1=\"" + yy + "\" x2=\"" + num(W - R, 0) + "\" y2=\"" +
         yy + "\" stroke=\"#ddd\"/>\n";
    s += "<text x=\"" + num(L - 6, 0) + "\" y=\"" + yy + "\" text-anchor=\"end\" dy=\"4\">" +
         num(v, decimals) + "</text>\n";
  }
  s += "<text transform=\"translate(16," + num((T + H - B) / 2, 0) +
       ") rotate(-90)\" text-anchor=\"middle\">" + html_escape(y_label) + "</text>\n";
  // X axis and year labels.
  s += "<line x1=\"" + num(L, 0) + "\" y1=\"" + num(H - B, 0) + "\" x2=\"" + num(W - R, 0) +
       "\" y2=\"" + num(H - B, 0) + "\" stroke=\"#333\"/>\n";
  s += "<line x1=\"" + num(L, 0) + "\" y1=\"" + num(T, 0) + "\" x2=\"" + num(L, 0) + "\" y2=\"" +
       num(H - B, 0) + "\" stroke=\"#333\"/>\n";
  const int ystep = (y1 - y0) > 40 ? 10 : 5;
  for (int yr = (y0 + ystep - 1) / ystep * ystep; yr <= y1; yr += ystep)
    s += "<text x=\"" + num(x(yr), 1) + "\" y=\"" + num(H - B + 16, 0) +
         "\" text-anchor=\"middle\">" + std::to_string(yr) + "</text>\n";
  s += "<text x=\"" + num((L + W - R) / 2, 0) + "\" y=\"" + num(H - 6, 0) +
       "\" text-anchor=\"middle\">year</text>\n";
  // Lines (broken where a year is missing) and legend.
  int legend = 0;
  for (const auto& l : lines) {
    if (l.points.empty()) continue;
    std::string path;
    int prev = -10000;
    for (const auto& [yr, v] : l.points) {
      path += (yr == prev + 1 ? " L" : " M") + num(x(yr), 1) + "," + num(y(v / scale), 1);
      prev = yr;
    }
    s += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + l.color +
         "\" stroke-width=\"1.8\"><title>" + html_escape(l.name) + "</title></path>\n";
    const double ly = T + 14 + 16 * legend++;
    s += "<line x1=\"" + num(W - R + 10, 0) + "\" y1=\"" + num(ly, 0) + "\" x2=\"" +
         num(W - R + 28, 0) + "\" y2=\"" + num(ly, 0) + "\" stroke=\"" + l.color +
         "\" stroke-width=\"3\"/>\n";
    s += "<text x=\"" + num(W - R + 32, 0) + "\" y=\"" + num(ly + 4, 0) + "\">" +
         html_escape(l.name) + "</text>\n";
  }
  s += "</svg>";
  s += "<figcaption>" + html_escape(title) + "</figcaption></figure>\n";
  return s;
}

}  // namespace

std::string spending_charts_section(const query::SpendingChartsResult& r) {
  std::vector<Line> milex, share;
  for (size_t i = 0; i < r.lines.size(); ++i) {
    const query::SpendingLine& l = r.lines[i];
    const std::string& color = l.colour.empty() ? palette()[i % palette().size()] : l.colour;
    milex.push_back({l.actor, l.name, color, l.milex});
    share.push_back({l.actor, l.name, color, l.milex_gdp});
  }
  std::string s = "<section id=\"indicators\">\n<h2>" +
                  html_escape(r.title.empty() ? "Defense spending" : r.title) + "</h2>\n";
  if (!r.any_milex) return s + "<p>The model has no military expenditure series.</p>\n</section>\n";
  if (!r.note.empty()) s += "<p>" + text_with_code(r.note) + "</p>\n";
  s += chart("Military expenditure, current US$ billions (SIPRI)", "US$ billions", milex, 1e9, 0);
  s += chart("Military expenditure, percent of GDP (SIPRI)", "percent of GDP", share, 1, 1);
  // Latest values table.
  s += "<table class=\"indicators\"><thead><tr><th>state</th><th>year</th><th>military "
       "expenditure (US$ bn)</th><th>percent of GDP</th><th>GDP (US$ bn, World Bank)</th></tr>"
       "</thead><tbody>\n";
  for (size_t i = 0; i < milex.size(); ++i) {
    const Line& l = milex[i];
    if (l.points.empty()) continue;
    const auto& [yr, v] = *l.points.rbegin();
    auto sh = share[i].points.find(yr);
    const auto& gdp = r.lines[i].gdp;
    auto g = gdp.find(yr);
    s += "<tr><td>" + html_escape(l.name) + "</td><td>" + std::to_string(yr) + "</td><td>" +
         num(v / 1e9, 1) + "</td><td>" +
         (sh != share[i].points.end() ? num(sh->second, 2) : std::string("-")) + "</td><td>" +
         (g != gdp.end() ? num(g->second / 1e9, 0) : std::string("-")) + "</td></tr>\n";
  }
  s += "</tbody></table>\n</section>\n";
  return s;
}

}  // namespace lattice::views
