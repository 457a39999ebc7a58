// lattice similarity A B --year Y [--source atop|cow] [--json|--csv] [--data DIR]: how alike two
// states' alliance portfolios are (Signorino-Ritter S unweighted and CINC-weighted, Cohen's kappa,
// Kendall's tau-b) over the states of the COW system that year; `--all --csv` gives every pair.
#include <string>
#include <vector>

#include "alliances/similarity.h"
#include "alliances/year_network.h"
#include "cli/alliances_common.h"
#include "render/table.h"

namespace lattice::cli {

namespace {

namespace al = lattice::alliances;
using namespace alliances_cli;

const std::vector<std::string> kCsvHeader = {"year",         "ccode_a",    "iso3_a", "name_a",
                                             "ccode_b",      "iso3_b",     "name_b", "tie",
                                             "s_unweighted", "s_weighted", "kappa",  "tau_b"};

std::vector<std::string> csv_row(const al::Dataset& d, const al::Portfolios& p, size_t i, size_t j,
                                 const al::Similarity& s) {
  al::StateName a = d.names.of(p.ccodes[i]), b = d.names.of(p.ccodes[j]);
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

nlohmann::json state_json(const al::StateName& n) {
  return {{"ccode", n.ccode}, {"iso3", n.iso3}, {"name", n.name}};
}

// Resolves a state and checks it is in the system that year; prints the error (exit 1) if not.
std::optional<int> state_or_report(const al::Dataset& d, const al::YearNetwork& net,
                                   const std::string& text, Context& ctx) {
  std::string error;
  auto c = d.names.resolve(text, &error);
  if (!c) {
    ctx.err << "lattice: " << error << "\n";
    ctx.exit_code = kExitInvalid;
    return std::nullopt;
  }
  if (net.index_of(*c) < 0) {
    al::StateName n = d.names.of(*c);
    std::string periods;
    for (const auto& p : d.system.periods_of(*c))
      periods += fmt::format("{}{}-{}", periods.empty() ? "" : ", ", p.start_year, p.end_year);
    ctx.err << "lattice: " << n.name << " (COW " << *c << ") is not among the states of the "
            << net.year << " network"
            << (periods.empty() ? std::string(": it is not in the COW state system")
                                : fmt::format(" (COW state system member {})", periods))
            << (d.alliances.source() == al::Source::kCow ? "; the COW file covers 34 states" : "")
            << "\n";
    ctx.exit_code = kExitInvalid;
    return std::nullopt;
  }
  return c;
}

}  // namespace

void register_similarity(CLI::App& app, Context& ctx) {
  static std::vector<std::string> states;
  static int year = 0;
  static std::string source, data;
  static bool json = false, csv = false, all = false;
  states.clear();
  year = 0;
  source = "atop";
  data.clear();
  json = csv = all = false;
  CLI::App* sub = app.add_subcommand(
      "similarity", "Similarity of two states' alliance portfolios (S-scores, kappa, tau-b)");
  sub->add_option("STATES", states, "Two states: names, ISO3 or COW codes (usa Japan 740)");
  sub->add_option("--year", year, "Year (ATOP: 1816-2018; COW: 1816-2012)")->required();
  sub->add_option("--source", source, "atop (default) or cow");
  sub->add_flag("--all", all, "Every pair of states of the year (use with --csv or --json)");
  sub->add_option("--data", data,
                  "Folder of the ATOP/COW CSV files (default: $LATTICE_DATA, else "
                  "<repo>/../shared/data)");
  sub->add_flag("--json", json, "JSON output (keys in docs/cli.md)");
  sub->add_flag("--csv", csv, "CSV output (columns in docs/cli.md)");
  sub->callback([&ctx]() {
    if (json && csv) {
      ctx.err << "lattice: similarity: give --json or --csv, not both\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    if (all ? !states.empty() : states.size() != 2) {
      ctx.err << "lattice: similarity: give two states (lattice similarity usa japan --year "
                 "1960) or --all, not both\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    auto d = load_or_report(data, source, ctx);
    if (!d || !check_year_or_report(*d, year, ctx)) return;
    const al::YearNetwork net = al::year_network(d->alliances, d->system, year);
    const al::Portfolios p = al::portfolios(net, &d->capabilities);

    if (all) {
      if (json) {
        nlohmann::json pairs = nlohmann::json::array();
        for (size_t i = 0; i < p.size(); ++i)
          for (size_t j = i + 1; j < p.size(); ++j) {
            al::Similarity s = al::similarity(p, i, j);
            pairs.push_back({{"a", p.ccodes[i]},
                             {"b", p.ccodes[j]},
                             {"tie", s.code},
                             {"s_unweighted", json_number(s.s_unweighted)},
                             {"s_weighted", json_number(s.s_weighted)},
                             {"kappa", json_number(s.kappa)},
                             {"tau_b", json_number(s.tau_b)}});
          }
        nlohmann::json st = nlohmann::json::array();
        for (int c : p.ccodes) st.push_back(state_json(d->names.of(c)));
        ctx.out << nlohmann::json{{"year", year},
                                  {"source", al::source_name(d->alliances.source())},
                                  {"states", st},
                                  {"pairs", pairs}}
                       .dump(2)
                << "\n";
        return;
      }
      // Text or CSV: one row per pair; the text form is the same table aligned.
      render::Table t(kCsvHeader);
      for (size_t i = 0; i < p.size(); ++i)
        for (size_t j = i + 1; j < p.size(); ++j)
          t.add_row(csv_row(*d, p, i, j, al::similarity(p, i, j)));
      ctx.out << (csv ? t.to_csv() : t.to_text());
      return;
    }

    auto a = state_or_report(*d, net, states[0], ctx);
    if (!a) return;
    auto b = state_or_report(*d, net, states[1], ctx);
    if (!b) return;
    size_t i = static_cast<size_t>(net.index_of(*a)), j = static_cast<size_t>(net.index_of(*b));
    const al::Similarity s = al::similarity(p, i, j);
    al::StateName na = d->names.of(*a), nb = d->names.of(*b);
    if (csv) {
      render::Table t(kCsvHeader);
      t.add_row(csv_row(*d, p, i, j, s));
      ctx.out << t.to_csv();
      return;
    }
    if (json) {
      nlohmann::json table = nlohmann::json::array();
      for (const auto& row : s.table) table.push_back(row);
      ctx.out << nlohmann::json{{"year", year},
                                {"source", al::source_name(d->alliances.source())},
                                {"a", state_json(na)},
                                {"b", state_json(nb)},
                                {"states", p.size()},
                                {"tie", s.code},
                                {"tie_type", al::code_name(s.code)},
                                {"s_unweighted", json_number(s.s_unweighted)},
                                {"s_weighted", json_number(s.s_weighted)},
                                {"kappa", json_number(s.kappa)},
                                {"tau_b", json_number(s.tau_b)},
                                {"table", table},
                                {"states_without_cinc", p.missing_cinc}}
                     .dump(2)
              << "\n";
      return;
    }
    ctx.out << "Alliance portfolios of " << na.name << " (COW " << na.ccode << ") and " << nb.name
            << " (COW " << nb.ccode << "), " << year << ", " << source_title(d->alliances.source())
            << ", over the " << p.size() << " states of the COW system\n";
    render::Table t({"measure", "value"});
    t.add_row({"tie between them", fmt::format("{} ({})", al::code_name(s.code), s.code)});
    t.add_row({"S, unweighted (Signorino & Ritter)", fixed(s.s_unweighted)});
    t.add_row({"S, weighted by CINC share", fixed(s.s_weighted)});
    t.add_row({"Cohen's kappa (Häge)", fixed(s.kappa)});
    t.add_row({"Kendall's tau-b (Bueno de Mesquita)", fixed(s.tau_b)});
    ctx.out << t.to_text();
    ctx.out << "\nStates by code of each (rows: " << na.name << ", columns: " << nb.name
            << "; 3 defense, 2 neutrality/non-aggression, 1 consultation, 0 none)\n";
    render::Table ct({"A \\ B", "0", "1", "2", "3"});
    for (int u = 0; u < 4; ++u)
      ct.add_row({std::to_string(u), std::to_string(s.table[u][0]), std::to_string(s.table[u][1]),
                  std::to_string(s.table[u][2]), std::to_string(s.table[u][3])});
    ctx.out << ct.to_text();
    if (p.missing_cinc > 0)
      ctx.out << "\nnote: " << p.missing_cinc << " state(s) have no CINC score in " << year
              << " and weigh 0 in the weighted S\n";
  });
}

}  // namespace lattice::cli
