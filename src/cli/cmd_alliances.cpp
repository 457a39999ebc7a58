// lattice alliances --year Y [--source atop|cow] [--graphml FILE] [--top N] [--json] [--data DIR]:
// the alliance network of a year from ATOP 5.1 (or COW v4.1) dyad-years over the states of the
// COW state system: size, density, components, the most connected and most between states.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <numeric>

#include "alliances/graphml.h"
#include "alliances/network_metrics.h"
#include "alliances/year_network.h"
#include "cli/alliances_common.h"
#include "render/table.h"

namespace lattice::cli {

namespace {

namespace al = lattice::alliances;
using namespace alliances_cli;

// Writes text to path through a temporary file, so that a failure leaves nothing half-written.
bool write_file_atomically(const std::string& path, const std::string& text, std::string* error) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out || !(out << text) || !out.flush()) {
      *error = "cannot write " + tmp;
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    *error = "cannot rename " + tmp + " to " + path;
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

// Node indices ordered by a score, highest first, ties by COW code.
template <typename T>
std::vector<size_t> ranked(const std::vector<T>& score) {
  std::vector<size_t> order(score.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return score[a] > score[b]; });
  return order;
}

}  // namespace

void register_alliances(CLI::App& app, Context& ctx) {
  static int year = 0;
  static std::string source, data, graphml;
  static size_t top = 10;
  static bool json = false;
  year = 0;
  source = "atop";
  data.clear();
  graphml.clear();
  top = 10;
  json = false;
  CLI::App* sub = app.add_subcommand(
      "alliances", "The alliance network of a year (ATOP 5.1 or COW v4.1, COW state system)");
  sub->add_option("--year", year, "Year (ATOP: 1816-2018; COW: 1816-2012)")->required();
  sub->add_option("--source", source, "atop (default) or cow");
  sub->add_option("--graphml", graphml, "Also write the network as GraphML to FILE");
  sub->add_option("--top", top, "States listed by degree and betweenness (default 10)");
  sub->add_option("--data", data,
                  "Folder of the ATOP/COW CSV files (default: $LATTICE_DATA, else "
                  "<repo>/../shared/data)");
  sub->add_flag("--json", json, "JSON output (keys in docs/cli.md)");
  sub->callback([&ctx]() {
    auto d = load_or_report(data, source, ctx);
    if (!d || !check_year_or_report(*d, year, ctx)) return;
    const al::YearNetwork net = al::year_network(d->alliances, d->system, year);
    const al::NetworkMetrics m = al::network_metrics(net);
    if (!graphml.empty()) {
      std::string error;
      if (!write_file_atomically(graphml, al::to_graphml(net, d->names, &d->capabilities),
                                 &error)) {
        ctx.err << "lattice: " << error << "\n";
        ctx.exit_code = kExitInvalid;
        return;
      }
    }
    int by_code[4] = {0, 0, 0, 0};
    for (const auto& e : net.edges) ++by_code[e.code];

    if (json) {
      nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array();
      for (size_t i = 0; i < net.ccodes.size(); ++i) {
        al::StateName n = d->names.of(net.ccodes[i]);
        auto cinc = d->capabilities.cinc(n.ccode, year);
        nodes.push_back({{"ccode", n.ccode},
                         {"iso3", n.iso3},
                         {"name", n.name},
                         {"degree", m.degree[i]},
                         {"degree_centrality", m.degree_centrality[i]},
                         {"betweenness", m.betweenness[i]},
                         {"betweenness_normalized", m.betweenness_normalized[i]},
                         {"component", m.component[i]},
                         {"cinc", cinc ? nlohmann::json(*cinc) : nlohmann::json(nullptr)}});
      }
      for (const auto& e : net.edges)
        edges.push_back({{"a", net.ccodes[static_cast<size_t>(e.u)]},
                         {"b", net.ccodes[static_cast<size_t>(e.v)]},
                         {"code", e.code},
                         {"type", al::code_name(e.code)}});
      nlohmann::json j = {{"year", year},
                          {"source", al::source_name(d->alliances.source())},
                          {"data", d->alliances.path()},
                          {"states", m.nodes},
                          {"ties", m.edges},
                          {"ties_by_code",
                           {{"defense", by_code[3]},
                            {"neutrality_nonaggression", by_code[2]},
                            {"consultation", by_code[1]}}},
                          {"ties_outside_system", net.ties_outside_system},
                          {"density", m.density},
                          {"components", m.components},
                          {"largest_component", m.largest_component},
                          {"isolates", m.isolates},
                          {"nodes", nodes},
                          {"edges", edges}};
      ctx.out << j.dump(2) << "\n";
      return;
    }

    ctx.out << source_title(d->alliances.source()) << " alliance network, " << year << "\n";
    render::Table summary({"measure", "value"});
    summary.add_row({"states in the COW system", std::to_string(m.nodes)});
    summary.add_row({"alliance ties", fmt::format("{} (defense {}, neutrality/non-aggression {}, "
                                                  "consultation only {})",
                                                  m.edges, by_code[3], by_code[2], by_code[1])});
    summary.add_row(
        {"ties with states outside the system", std::to_string(net.ties_outside_system)});
    summary.add_row({"density", fixed(m.density)});
    summary.add_row({"components", fmt::format("{} (largest {} states; {} isolates)", m.components,
                                               m.largest_component, m.isolates)});
    ctx.out << summary.to_text();
    auto list = [&](const char* title, const std::vector<size_t>& order, bool between) {
      ctx.out << "\n" << title << "\n";
      render::Table t({"rank", "state", "iso3", "ccode", "degree", "betweenness", "normalized"});
      for (size_t r = 0; r < order.size() && r < top; ++r) {
        size_t i = order[r];
        if (between ? m.betweenness[i] <= 0 : m.degree[i] <= 0) break;
        al::StateName n = d->names.of(net.ccodes[i]);
        t.add_row({std::to_string(r + 1), n.name, n.iso3, std::to_string(n.ccode),
                   std::to_string(m.degree[i]), fixed(m.betweenness[i], 1),
                   fixed(between ? m.betweenness_normalized[i] : m.degree_centrality[i])});
      }
      if (t.size() == 0)
        ctx.out << "(none)\n";
      else
        ctx.out << t.to_text();
    };
    list("Most allied states (degree; normalized = degree / (n - 1))", ranked(m.degree), false);
    list("Brokers (betweenness; normalized = / ((n - 1)(n - 2) / 2))", ranked(m.betweenness), true);
    if (!graphml.empty()) ctx.out << "\nwrote " << graphml << "\n";
    ctx.out << "\nData: " << d->alliances.path() << "; states: COW state system (2016)\n";
  });
}

}  // namespace lattice::cli
