// The report's bargaining section: stakeholder tables, forecasts and SVG charts of the rounds.
#include "views/html_bargain.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "views/html.h"

namespace lattice::views {
namespace {

const std::vector<std::string>& palette() {
  static const std::vector<std::string> v = {"#1f4e9c", "#c0392b", "#27ae60", "#d68910", "#7d3c98",
                                             "#17a2b8", "#8d6e63", "#e91e63", "#607d8b", "#9e9d24"};
  return v;
}

std::string num(double v) {
  return fmt::format("{:.2f}", v);
}

// Spreads label positions (any order) so that neighbours, taken in order of height, are at
// least gap apart, keeping them within [top, bottom] where possible.
void spread_labels(std::vector<double>& ys, double gap, double top, double bottom) {
  std::vector<size_t> order(ys.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ys[a] < ys[b]; });
  for (size_t k = 1; k < order.size(); ++k)
    ys[order[k]] = std::max(ys[order[k]], ys[order[k - 1]] + gap);
  if (!order.empty() && ys[order.back()] > bottom) {
    ys[order.back()] = bottom;
    for (size_t k = order.size() - 1; k-- > 0;)
      ys[order[k]] = std::min(ys[order[k]], ys[order[k + 1]] - gap);
  }
  for (double& y : ys) y = std::max(y, top);
}

// The chart of one dimension: steps[k][a] is actor a's position at step k.
std::string rounds_svg(const bargain::Scenario& s, size_t dim, const std::string& model,
                       const std::vector<std::vector<double>>& steps,
                       const std::vector<double>& step_forecast,
                       const std::vector<std::pair<std::string, double>>& finals) {
  constexpr double W = 900, H = 380, L = 64, R = 360, T = 34, B = 44;
  double lo = INFINITY, hi = -INFINITY;
  auto widen = [&](double v) {
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  };
  for (const auto& st : steps)
    for (double v : st) widen(v);
  for (double v : step_forecast) widen(v);
  for (const auto& f : finals) widen(f.second);
  if (!(lo <= hi)) lo = 0, hi = 1;
  if (hi - lo < 1e-9) lo -= 1, hi += 1;
  const double pad = (hi - lo) * 0.05;
  lo -= pad;
  hi += pad;
  const size_t n = steps.size();
  auto x = [&](size_t k) { return L + (W - L - R) * (n > 1 ? double(k) / double(n - 1) : 0.5); };
  auto y = [&](double v) { return T + (H - T - B) * (1 - (v - lo) / (hi - lo)); };
  std::string title = s.dimensions[dim];
  title.append(": positions round by round (").append(model).append(")");
  const std::string etitle = html_escape(title);
  std::string o = fmt::format(
      "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" role=\"img\" aria-label=\"{2}\" font-family=\"sans-serif\" "
      "font-size=\"11\">\n<text x=\"{3:.1f}\" y=\"18\" text-anchor=\"middle\" "
      "font-size=\"13\">{2}</text>\n",
      W, H, etitle, (L + W - R) / 2);
  // Y grid at round values (steps of 1, 2 or 5 times a power of ten, about five of them),
  // labelled on the input scale.
  const double raw = (hi - lo) / 5, mag = std::pow(10.0, std::floor(std::log10(raw)));
  const double step = raw / mag < 1.5   ? mag
                      : raw / mag < 3.5 ? 2 * mag
                      : raw / mag < 7.5 ? 5 * mag
                                        : 10 * mag;
  const int dec = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
  for (double k = std::ceil(lo / step); k * step <= hi + step * 1e-9; k += 1) {
    const double v = k * step + 0.0;  // k * step, not a running sum: no drift, no "-0"
    o += fmt::format(
        "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{1:.1f}\" stroke=\"#ddd\"/>\n"
        "<text x=\"{3}\" y=\"{1:.1f}\" dy=\"4\" text-anchor=\"end\">{4:.{5}f}</text>\n",
        L, y(v), W - R, L - 6, v, dec);
  }
  o += fmt::format(
      "<text transform=\"translate(14,{:.1f}) rotate(-90)\" text-anchor=\"middle\">{}</text>\n",
      (T + H - B) / 2, html_escape(s.dimensions[dim]));
  // X axis: steps 0 (initial positions) to n-1.
  o += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#333\"/>\n", L,
                   H - B, W - R);
  const size_t every = n > 12 ? (n + 9) / 10 : 1;
  for (size_t k = 0; k < n; k += every)
    o += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x(k),
                     H - B + 15, k);
  o += fmt::format(
      "<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">round (0 = initial positions)</text>\n",
      (L + W - R) / 2, H - 6);
  // Every model's final forecast as a dashed line.
  for (size_t f = 0; f < finals.size(); ++f)
    o += fmt::format(
        "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{1:.1f}\" stroke=\"#000\" "
        "stroke-dasharray=\"{3}\"><title>{4} forecast {5}</title></line>\n",
        L, y(finals[f].second), W - R, f % 2 ? "2,3" : "6,4", html_escape(finals[f].first),
        num(finals[f].second));
  // The model's forecast at each step.
  if (!step_forecast.empty()) {
    std::string pts;
    for (size_t k = 0; k < step_forecast.size() && k < n; ++k)
      pts += fmt::format("{}{:.1f},{:.1f}", k ? " " : "", x(k), y(step_forecast[k]));
    o += fmt::format(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#000\" stroke-width=\"3\" "
        "opacity=\"0.35\"><title>{} forecast by round</title></polyline>\n",
        pts, html_escape(model));
  }
  // One polyline per actor, labelled at its last step; then the labels of the forecasts.
  std::vector<double> label_y;
  std::vector<std::string> labels, colors;
  for (size_t a = 0; a < s.actors.size(); ++a) {
    const std::string& color = palette()[a % palette().size()];
    std::string pts;
    for (size_t k = 0; k < n; ++k)
      pts += fmt::format("{}{:.1f},{:.1f}", k ? " " : "", x(k), y(steps[k][a]));
    o += fmt::format(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.8\"><title>{}"
        "</title></polyline>\n",
        pts, color, html_escape(s.actors[a].name));
    label_y.push_back(y(steps[n - 1][a]));
    labels.push_back(fmt::format("{} ({})", s.actors[a].name, num(steps[n - 1][a])));
    colors.push_back(color);
  }
  for (const auto& f : finals) {
    label_y.push_back(y(f.second));
    labels.push_back(fmt::format("{} forecast {}", f.first, num(f.second)));
    colors.push_back("#000");
  }
  std::vector<double> spread = label_y;
  spread_labels(spread, 12, T, H - B);
  for (size_t i = 0; i < labels.size(); ++i)
    o += fmt::format(
        "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{3:.1f}\" stroke=\"{4}\"/>\n"
        "<text x=\"{5}\" y=\"{6:.1f}\" fill=\"{4}\">{7}</text>\n",
        W - R + 2, label_y[i], W - R + 10, spread[i] - 4, colors[i], W - R + 12, spread[i],
        html_escape(labels[i]));
  o += fmt::format("</svg><figcaption>{}</figcaption></figure>\n", etitle);
  return o;
}

std::string stakeholders_table(const bargain::Scenario& s) {
  std::string o =
      "<table class=\"bargain-actors\"><thead><tr><th>stakeholder</th><th>role</th>"
      "<th>capability</th>";
  for (const auto& d : s.dimensions)
    o += fmt::format("<th>{}: position</th><th>salience</th>", html_escape(d));
  o += "</tr></thead><tbody>\n";
  for (const auto& a : s.actors) {
    o += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td>", html_escape(a.name),
                     html_escape(a.description), num(a.capability));
    for (size_t d = 0; d < s.dimensions.size(); ++d)
      o += fmt::format("<td>{}</td><td>{}</td>", num(d < a.positions.size() ? a.positions[d] : 0),
                       num(d < a.saliences.size() ? a.saliences[d] : 0));
    o += "</tr>\n";
  }
  o += "</tbody></table>\n";
  return o;
}

std::string case_html(const BargainCase& c) {
  const bargain::Scenario& s = c.scenario;
  const std::string id = html_escape(c.id);
  std::string o = fmt::format("<h3 id=\"bargaining-{}\">{}</h3>\n", id,
                              html_escape(s.name.empty() ? c.id : s.name));
  if (!s.description.empty()) o += fmt::format("<p>{}</p>\n", html_escape(s.description));
  o += fmt::format(
      "<p>Input: <code>examples/{0}/stakeholders.csv</code>; sources and coding in "
      "<code>examples/{0}/README.md</code>.</p>\n",
      id);
  o += stakeholders_table(s);
  std::vector<std::string> names;
  std::vector<BargainForecast> results;
  for (const auto& [name, forecast] : c.forecasts) {
    names.push_back(name);
    results.push_back(forecast);
  }
  o += "<table class=\"bargain-forecasts\"><thead><tr><th>model</th>";
  for (const auto& d : s.dimensions) o += fmt::format("<th>{}: forecast</th>", html_escape(d));
  o += "<th>note</th></tr></thead><tbody>\n";
  for (size_t m = 0; m < names.size(); ++m) {
    o += fmt::format("<tr><td>{}</td>", html_escape(names[m]));
    for (size_t d = 0; d < s.dimensions.size(); ++d)
      o += fmt::format("<td>{}</td>", d < results[m].forecast.size() ? num(results[m].forecast[d])
                                                                     : std::string("-"));
    o += fmt::format("<td>{}</td></tr>\n", html_escape(results[m].note));
  }
  o += "</tbody></table>\n";
  // Charts: one per model that has rounds, per dimension.
  for (size_t m = 0; m < names.size(); ++m) {
    const BargainForecast& r = results[m];
    if (r.steps.empty()) continue;
    for (size_t d = 0; d < s.dimensions.size() && d < r.steps.size(); ++d) {
      bool ok = !r.steps[d].empty();
      for (const auto& st : r.steps[d]) ok = ok && st.size() == s.actors.size();
      if (!ok) continue;
      std::vector<std::pair<std::string, double>> finals;
      for (size_t k = 0; k < names.size(); ++k)
        if (d < results[k].forecast.size()) finals.push_back({names[k], results[k].forecast[d]});
      o += rounds_svg(s, d, names[m], r.steps[d],
                      d < r.step_forecast.size() ? r.step_forecast[d] : std::vector<double>{},
                      finals);
    }
  }
  return o;
}

// The examples left out, with their input errors ("" when none).
std::string left_out_list(const std::vector<std::string>& errors) {
  if (errors.empty()) return "";
  std::string list = "<p>Examples left out (input errors):</p><ul>";
  for (const auto& e : errors) list += fmt::format("<li>{}</li>", html_escape(e));
  return list + "</ul>\n";
}

}  // namespace

std::string bargain_section(const std::vector<BargainCase>& cases,
                            const std::vector<std::string>& left_out) {
  std::string o = "<section id=\"bargaining\">\n<h2>Bargaining examples</h2>\n";
  o += "<p>Illustrative stakeholder scenarios of the alliance, not forecasts of record. Positions, "
       "saliences (0-1) and capabilities were coded by hand from the sources listed in each "
       "example's README; <code>lattice bargain FILE --method compromise|bdm|smp</code> reproduces "
       "the figures.</p>\n";
  if (cases.empty()) {
    o += "<p>No examples were embedded in this build.</p>\n" + left_out_list(left_out) +
         "</section>\n";
    return o;
  }
  o += "<ul>";
  for (const auto& c : cases)
    o += fmt::format("<li><a href=\"#bargaining-{}\">{}</a></li>", html_escape(c.id),
                     html_escape(c.scenario.name.empty() ? c.id : c.scenario.name));
  o += "</ul>\n";
  for (const auto& c : cases) o += case_html(c);
  o += left_out_list(left_out) + "</section>\n";
  return o;
}

}  // namespace lattice::views
