// Views of the historical alliance queries (see alliance_views.h).
#include "views/alliance_views.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "alliances/graphml.h"
#include "views/table.h"

namespace lattice::views {

namespace {

namespace al = lattice::alliances;
using nlohmann::json;

// A number for tables ("-" for NaN).
std::string fixed(double x, int digits = 4) {
  if (x != x) return "-";
  return fmt::format("{:.{}f}", x, digits);
}
// A number for CSV (shortest exact form; empty for NaN).
std::string csv_number(double x) {
  if (x != x) return "";
  return fmt::format("{}", x);
}
// A number for JSON (null for NaN).
json json_number(double x) {
  if (x != x) return nullptr;
  return x;
}

const char* source_title(al::Source s) {
  return s == al::Source::kAtop ? "ATOP 5.1" : "COW v4.1 (34-state Indo-Pacific subset)";
}

json alliances_json(const query::AlliancesResult& r) {
  const al::Dataset& d = *r.data;
  const al::YearNetwork& net = r.net;
  const al::NetworkMetrics& m = r.metrics;
  json nodes = json::array(), edges = json::array();
  for (size_t i = 0; i < net.ccodes.size(); ++i) {
    const al::StateName n = d.names.of(net.ccodes[i]);
    const auto cinc = d.capabilities.cinc(n.ccode, r.year);
    nodes.push_back({{"ccode", n.ccode},
                     {"iso3", n.iso3},
                     {"name", n.name},
                     {"degree", m.degree[i]},
                     {"degree_centrality", m.degree_centrality[i]},
                     {"betweenness", m.betweenness[i]},
                     {"betweenness_normalized", m.betweenness_normalized[i]},
                     {"component", m.component[i]},
                     {"cinc", cinc ? json(*cinc) : json(nullptr)}});
  }
  for (const auto& e : net.edges)
    edges.push_back({{"a", net.ccodes[static_cast<size_t>(e.u)]},
                     {"b", net.ccodes[static_cast<size_t>(e.v)]},
                     {"code", e.code},
                     {"type", al::code_name(e.code)}});
  return {{"year", r.year},
          {"source", al::source_name(d.alliances.source())},
          {"data", d.alliances.path()},
          {"states", m.nodes},
          {"ties", m.edges},
          {"ties_by_code",
           {{"defense", r.ties_by_code[3]},
            {"neutrality_nonaggression", r.ties_by_code[2]},
            {"consultation", r.ties_by_code[1]}}},
          {"ties_outside_system", net.ties_outside_system},
          {"density", m.density},
          {"components", m.components},
          {"largest_component", m.largest_component},
          {"isolates", m.isolates},
          {"nodes", nodes},
          {"edges", edges}};
}

std::string alliances_text(const query::AlliancesResult& r) {
  const al::Dataset& d = *r.data;
  const al::NetworkMetrics& m = r.metrics;
  std::string out = std::string(source_title(d.alliances.source())) + " alliance network, " +
                    std::to_string(r.year) + "\n";
  views::Table summary({"measure", "value"});
  summary.add_row({"states in the COW system", std::to_string(m.nodes)});
  summary.add_row({"alliance ties",
                   fmt::format("{} (defense {}, neutrality/non-aggression {}, "
                               "consultation only {})",
                               m.edges, r.ties_by_code[3], r.ties_by_code[2], r.ties_by_code[1])});
  summary.add_row(
      {"ties with states outside the system", std::to_string(r.net.ties_outside_system)});
  summary.add_row({"density", fixed(m.density)});
  summary.add_row({"components", fmt::format("{} (largest {} states; {} isolates)", m.components,
                                             m.largest_component, m.isolates)});
  out += summary.to_text();
  auto list = [&](const char* title, const std::vector<size_t>& order, bool between) {
    out += std::string("\n") + title + "\n";
    views::Table t({"rank", "state", "iso3", "ccode", "degree", "betweenness", "normalized"});
    for (size_t rank = 0; rank < order.size(); ++rank) {
      const size_t i = order[rank];
      const al::StateName n = d.names.of(r.net.ccodes[i]);
      t.add_row({std::to_string(rank + 1), n.name, n.iso3, std::to_string(n.ccode),
                 std::to_string(m.degree[i]), fixed(m.betweenness[i], 1),
                 fixed(between ? m.betweenness_normalized[i] : m.degree_centrality[i])});
    }
    out += t.size() == 0 ? std::string("(none)\n") : t.to_text();
  };
  list("Most allied states (degree; normalized = degree / (n - 1))", r.most_allied, false);
  list("Brokers (betweenness; normalized = / ((n - 1)(n - 2) / 2))", r.brokers, true);
  out += "\nData: " + d.alliances.path() + "; states: COW state system (2016)\n";
  return out;
}

const std::vector<std::string> kSimilarityCsvHeader = {
    "year",   "ccode_a", "iso3_a",       "name_a",     "ccode_b", "iso3_b",
    "name_b", "tie",     "s_unweighted", "s_weighted", "kappa",   "tau_b"};

std::vector<std::string> similarity_row(const query::SimilarityResult& r,
                                        const query::SimilarityPair& pair) {
  const al::Portfolios& p = r.portfolios;
  const al::StateName a = r.data->names.of(p.ccodes[pair.i]),
                      b = r.data->names.of(p.ccodes[pair.j]);
  const al::Similarity& s = pair.s;
  return {std::to_string(p.year),
          std::to_string(a.ccode),
          a.iso3,
          a.name,
          std::to_string(b.ccode),
          b.iso3,
          b.name,
          std::to_string(s.code),
          csv_number(s.s_unweighted),
          csv_number(s.s_weighted),
          csv_number(s.kappa),
          csv_number(s.tau_b)};
}

views::Table similarity_table(const query::SimilarityResult& r) {
  views::Table t(kSimilarityCsvHeader);
  for (const auto& pair : r.pairs) t.add_row(similarity_row(r, pair));
  return t;
}

json state_json(const al::StateName& n) {
  return {{"ccode", n.ccode}, {"iso3", n.iso3}, {"name", n.name}};
}

json similarity_json(const query::SimilarityResult& r) {
  const al::Dataset& d = *r.data;
  const al::Portfolios& p = r.portfolios;
  const char* source = al::source_name(d.alliances.source());
  if (r.all) {
    json pairs = json::array();
    for (const auto& pair : r.pairs) {
      const al::Similarity& s = pair.s;
      pairs.push_back({{"a", p.ccodes[pair.i]},
                       {"b", p.ccodes[pair.j]},
                       {"tie", s.code},
                       {"s_unweighted", json_number(s.s_unweighted)},
                       {"s_weighted", json_number(s.s_weighted)},
                       {"kappa", json_number(s.kappa)},
                       {"tau_b", json_number(s.tau_b)}});
    }
    json states = json::array();
    for (int c : p.ccodes) states.push_back(state_json(d.names.of(c)));
    return {{"year", r.year}, {"source", source}, {"states", states}, {"pairs", pairs}};
  }
  const query::SimilarityPair& pair = r.pairs.at(0);
  const al::Similarity& s = pair.s;
  json table = json::array();
  for (const auto& row : s.table) table.push_back(row);
  return {{"year", r.year},
          {"source", source},
          {"a", state_json(d.names.of(p.ccodes[pair.i]))},
          {"b", state_json(d.names.of(p.ccodes[pair.j]))},
          {"states", p.size()},
          {"tie", s.code},
          {"tie_type", al::code_name(s.code)},
          {"s_unweighted", json_number(s.s_unweighted)},
          {"s_weighted", json_number(s.s_weighted)},
          {"kappa", json_number(s.kappa)},
          {"tau_b", json_number(s.tau_b)},
          {"table", table},
          {"states_without_cinc", p.missing_cinc}};
}

std::string similarity_text(const query::SimilarityResult& r) {
  // Every pair: the CSV table aligned.
  if (r.all) return similarity_table(r).to_text();
  const al::Dataset& d = *r.data;
  const al::Portfolios& p = r.portfolios;
  const query::SimilarityPair& pair = r.pairs.at(0);
  const al::Similarity& s = pair.s;
  const al::StateName na = d.names.of(p.ccodes[pair.i]), nb = d.names.of(p.ccodes[pair.j]);
  std::string out = fmt::format(
      "Alliance portfolios of {} (COW {}) and {} (COW {}), {}, {}, over the {} states of the COW "
      "system\n",
      na.name, na.ccode, nb.name, nb.ccode, r.year, source_title(d.alliances.source()), p.size());
  views::Table t({"measure", "value"});
  t.add_row({"tie between them", fmt::format("{} ({})", al::code_name(s.code), s.code)});
  t.add_row({"S, unweighted (Signorino & Ritter)", fixed(s.s_unweighted)});
  t.add_row({"S, weighted by CINC share", fixed(s.s_weighted)});
  t.add_row({"Cohen's kappa (Häge)", fixed(s.kappa)});
  t.add_row({"Kendall's tau-b (Bueno de Mesquita)", fixed(s.tau_b)});
  out += t.to_text();
  out += "\nStates by code of each (rows: " + na.name + ", columns: " + nb.name +
         "; 3 defense, 2 neutrality/non-aggression, 1 consultation, 0 none)\n";
  views::Table ct({"A \\ B", "0", "1", "2", "3"});
  for (size_t u = 0; u < 4; ++u)
    ct.add_row({std::to_string(u), std::to_string(s.table[u][0]), std::to_string(s.table[u][1]),
                std::to_string(s.table[u][2]), std::to_string(s.table[u][3])});
  out += ct.to_text();
  if (p.missing_cinc > 0)
    out +=
        fmt::format("\nnote: {} state(s) have no CINC score in {} and weigh 0 in the weighted S\n",
                    p.missing_cinc, r.year);
  return out;
}

}  // namespace

query::Views<query::AlliancesResult> alliances_views() {
  query::Views<query::AlliancesResult> v;
  v.json = alliances_json;
  v.text = alliances_text;
  v.exports = [](const query::AlliancesResult& r) {
    std::vector<query::Export> e;
    if (!r.graphml_path.empty())
      e.push_back(
          {"", {{r.graphml_path, al::to_graphml(r.net, r.data->names, &r.data->capabilities)}}});
    return e;
  };
  return v;
}

query::Views<query::SimilarityResult> similarity_views() {
  query::Views<query::SimilarityResult> v;
  v.json = similarity_json;
  v.text = similarity_text;
  v.csv = [](const query::SimilarityResult& r) { return similarity_table(r).to_csv(); };
  return v;
}

}  // namespace lattice::views
