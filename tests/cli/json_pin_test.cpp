// JSON pins: the --json (or --jsonl) output of every command of the CLI, run in-process on the
// embedded model with fixed dates, seeds and inputs, compared byte for byte with a golden file
// tests/fixtures/json_pins/<case>.json. This is the guard for moving the commands into the query
// layer (issue 17): a pin that changes must be listed in docs/cli.md with the reason.
//
// Three kinds of pin (the `pin` field of each case says which; `why` says why when not exact):
//   exact       the output's bytes, unchanged.
//   normalised  the output's bytes after (1) machine paths are replaced: the repository by <repo>,
//               ../shared by <shared>, the test's scratch folder by <tmp>; and (2) the string value
//               of each key listed in `hashed` is replaced by "sha256:<hex of the string> (<N>
//               bytes)". (2) keeps sentences of third-party documents out of the repository
//               (../shared/tools/check-copied-text) while still pinning them exactly. Every other
//               byte (key order, spacing, number format) is kept.
//   shape       for outputs over 300 KB: the output's size and sha256 (so the pin is still byte
//               exact), every key path with its JSON types (arrays summarised by the union of
//               their elements; "optional" when a key is missing from some of the objects at that
//               path) and the values at a few JSON pointers, so that a failure shows what changed.
//
// LATTICE_UPDATE_PINS=1 writes the golden files (and passes); without it, a missing golden is a
// failure that says how to create it, and a mismatch prints the first differing lines and the
// command line to re-run.
//
// Commands without JSON output get no case; they are listed in kNoJson with the reason, and
// JsonPinCoverage checks that every subcommand of `lattice --help` is in one of the two lists.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "core/sha256.h"
#include "test_support.h"

namespace lattice::cli {
namespace {

namespace fs = std::filesystem;
using lattice::testing::run_cli;
using nlohmann::json;

enum class Pin { kExact, kNormalised, kShape };

struct PinCase {
  std::string name;     // the golden file is json_pins/<name>.json; also the gtest parameter name
  std::string command;  // the subcommand
  // Arguments after the command. "@repo/", "@fixtures/", "@shared/" and "@tmp/" at the start of
  // an argument stand for the repository, tests/fixtures, ../shared and the scratch folder.
  std::vector<std::string> args;
  Pin pin = Pin::kExact;
  std::vector<std::string> hashed = {};  // normalised: keys whose string values are hashed
  std::vector<std::string> values = {};  // shape: JSON pointers whose values are pinned
  int status = 0;                        // expected exit status
  std::string why = {};                  // why the pin is normalised or a shape
  // Floating-point numbers rounded to 10 significant digits before comparing: for values that
  // igraph's iterative solvers (eigenvector centrality) give with last-digit differences between
  // builds (seen between a sanitized Debug build and another); every other byte stays pinned.
  bool rounded = false;
};

void PrintTo(const PinCase& c, std::ostream* os) {
  *os << c.name;
}

const std::string kSeed000 = "@shared/corpus/seeds/000_2ae9e3bf7cc11558.txt";
const std::string kSeed002 = "@shared/corpus/seeds/002_f1f0c03fea09e362.txt";
const std::string kDocText =
    "document text (sentences of ../shared/corpus) hashed: it may not be copied into the repo";

// Subcommands that print no JSON, with the reason. Every other subcommand needs a case.
const std::map<std::string, std::string> kNoJson = {
    {"ingest",
     "writes a database; its --json (counts and one object per file, with this machine's paths) "
     "is checked by ingest_cli_test. What it stores is pinned through search_* and agenda_db_* "
     "(they read a database this test ingests)"},
};

const std::vector<PinCase>& cases() {
  static const std::vector<PinCase> kCases = {
      // validate
      {.name = "validate_embedded", .command = "validate", .args = {"--json"}},
      // report: the file written and the page's size (the page itself is checked by cli_test)
      {.name = "report_mini",
       .command = "report",
       .args = {"--model", "@fixtures/models/mini", "--on", "2020-01-01", "--out",
                "@tmp/report_mini.html", "--json"},
       .pin = Pin::kNormalised,
       .why = "the file written is named by a path of this machine"},
      {.name = "validate_mini",
       .command = "validate",
       .args = {"--model", "@fixtures/models/mini", "--json"},
       .pin = Pin::kNormalised,
       .why = "the model folder is echoed as given: an absolute path"},
      {.name = "validate_bad_overlap",
       .command = "validate",
       .args = {"--model", "@fixtures/bad/overlapping_memberships", "--json"},
       .pin = Pin::kNormalised,
       .status = 1,
       .why = "diagnostics name files by absolute path"},
      // members
      {.name = "members_quad",
       .command = "members",
       .args = {"quad", "--on", "2024-06-01", "--json"}},
      {.name = "members_quad_history",
       .command = "members",
       .args = {"the Quad", "--history", "--on", "2024-06-01", "--json"}},
      {.name = "members_g7_all_roles",
       .command = "members",
       .args = {"g7", "--on", "2015-01-01", "--all-roles", "--json"}},
      // memberships
      {.name = "memberships_jpn",
       .command = "memberships",
       .args = {"jpn", "--on", "2024-06-01", "--json"}},
      {.name = "memberships_rus_all_roles",
       .command = "memberships",
       .args = {"Russia", "--on", "2015-01-01", "--all-roles", "--json"}},
      // actors, frameworks, places
      {.name = "actors_all", .command = "actors", .args = {"--json"}},
      {.name = "actors_armed_forces",
       .command = "actors",
       .args = {"--kind", "armed_forces", "--json"}},
      {.name = "frameworks_2016",
       .command = "frameworks",
       .args = {"--on", "2016-06-01", "--json"}},
      {.name = "frameworks_trade_2016",
       .command = "frameworks",
       .args = {"--kind", "trade_agreement", "--domain", "economic_trade", "--on", "2016-06-01",
                "--json"}},
      {.name = "places_2024", .command = "places", .args = {"--on", "2024-06-01", "--json"}},
      // show: one case per entity kind (the keys of `related` depend on it)
      {.name = "show_actor_jpn", .command = "show", .args = {"jpn", "--json"}},
      {.name = "show_framework_quad", .command = "show", .args = {"quad", "--json"}},
      {.name = "show_place_senkaku", .command = "show", .args = {"Senkaku Islands", "--json"}},
      {.name = "show_region_indo_pacific", .command = "show", .args = {"indo_pacific", "--json"}},
      {.name = "show_commitment_art5",
       .command = "show",
       .args = {"us_japan_1960_art5_usa", "--json"}},
      {.name = "show_document_csis_2020", .command = "show", .args = {"csis_2020", "--json"}},
      {.name = "show_recommendation", .command = "show", .args = {"csis_2020_r25", "--json"}},
      {.name = "show_claim", .command = "show", .args = {"csis_2020_c01", "--json"}},
      {.name = "show_reference", .command = "show", .args = {"sec_abc_quad_2008", "--json"}},
      {.name = "show_dataset", .command = "show", .args = {"worldbank_gdp", "--json"}},
      {.name = "show_indicator", .command = "show", .args = {"gdp", "--json"}},
      // resolve
      {.name = "resolve_the_quad", .command = "resolve", .args = {"the Quad", "--json"}},
      {.name = "resolve_two_matches", .command = "resolve", .args = {"futenma", "--json"}},
      {.name = "resolve_no_match",
       .command = "resolve",
       .args = {"Austrlia", "--json"},
       .status = 1},
      // summary
      {.name = "summary_2024", .command = "summary", .args = {"--on", "2024-06-01", "--json"}},
      // queries: the catalog itself, a snapshot so that renaming a parameter or changing a
      // default is a visible, deliberate diff
      {.name = "queries_catalog", .command = "queries", .args = {"--json"}},
      // text
      {.name = "text_units_seed000",
       .command = "text",
       .args = {kSeed000, "--units", "--json"},
       .pin = Pin::kNormalised,
       .hashed = {"text"},
       .why = kDocText},
      {.name = "text_units_article_html",
       .command = "text",
       .args = {"@fixtures/text/article.html", "--units", "--json"}},
      // extract (JSON Lines)
      {.name = "extract_seed000",
       .command = "extract",
       .args = {kSeed000, "--jsonl"},
       .pin = Pin::kNormalised,
       .hashed = {"text"},
       .why = kDocText},
      {.name = "extract_seed002_claims",
       .command = "extract",
       .args = {kSeed002, "--jsonl", "--kinds", "claim"},
       .pin = Pin::kNormalised,
       .hashed = {"text"},
       .why = kDocText},
      // score: @tmp/extracted_000.jsonl is `extract --jsonl` of seed 000, and
      // @tmp/extracted_000_claims.jsonl its claim lines only (so every gold recommendation is
      // missed); the annotations are the repo's own (tests/fixtures/annotations).
      {.name = "score_seed000",
       .command = "score",
       .args = {"@tmp/extracted_000.jsonl", "@fixtures/annotations/000_2ae9e3bf7cc11558.recs.jsonl",
                "@fixtures/annotations/000_2ae9e3bf7cc11558.claims.jsonl", "--json"},
       .pin = Pin::kNormalised,
       .hashed = {"text"},
       .why = kDocText},
      {.name = "score_seed000_claims_only",
       .command = "score",
       .args = {"@tmp/extracted_000_claims.jsonl",
                "@fixtures/annotations/000_2ae9e3bf7cc11558.recs.jsonl",
                "@fixtures/annotations/000_2ae9e3bf7cc11558.claims.jsonl", "--json"},
       .pin = Pin::kNormalised,
       .hashed = {"text"},
       .why = kDocText},
      // search: @tmp/corpus.db holds seeds 000 and 003, ingested by this test
      {.name = "search_alliance",
       .command = "search",
       .args = {"alliance", "--db", "@tmp/corpus.db", "--limit", "5", "--json"},
       .pin = Pin::kNormalised,
       .hashed = {"text", "marked"},
       .why = kDocText},
      {.name = "search_no_hits",
       .command = "search",
       .args = {"zyzzyva", "--db", "@tmp/corpus.db", "--json"}},
      // agenda
      {.name = "agenda_model",
       .command = "agenda",
       .args = {"--json"},
       .pin = Pin::kNormalised,
       .hashed = {"text"},
       .why = kDocText},
      {.name = "agenda_db_breadth",
       .command = "agenda",
       .args = {"--db", "@tmp/corpus.db", "--sort", "breadth", "--min-size", "2", "--json"},
       .pin = Pin::kNormalised,
       .hashed = {"text"},
       .why = kDocText + "; the database path is echoed"},
      {.name = "agenda_diff",
       .command = "agenda",
       .args = {"--diff", "@fixtures/agenda/diff_doc.md", "--json"},
       .pin = Pin::kNormalised,
       .hashed = {"text"},
       .why = kDocText + "; the --diff file is echoed"},
      // latticework
      {.name = "network_2024", .command = "network", .args = {"--on", "2024-06-01", "--json"}},
      {.name = "network_1980_global",
       .command = "network",
       .args = {"--on", "1980-01-01", "--include-global", "--json"}},
      {.name = "overlap_2024",
       .command = "overlap",
       .args = {"--on", "2024-06-01", "--json"},
       .pin = Pin::kShape,
       .values = {"/date", "/frameworks", "/clusters", "/most_redundant", "/parameters", "/pairs/0",
                  "/pairs/752"},
       .why = "333 KB (753 pairs)"},
      {.name = "overlap_2000_top3",
       .command = "overlap",
       .args = {"--on", "2000-01-01", "--top", "3", "--json"}},
      {.name = "coverage_default", .command = "coverage", .args = {"--on", "2024-06-01", "--json"}},
      {.name = "coverage_usa_jpn_kor",
       .command = "coverage",
       .args = {"--on", "2024-06-01", "--actors", "usa,Japan,ROK", "--json"}},
      {.name = "centrality_2024",
       .command = "centrality",
       .args = {"--on", "2024-06-01", "--json"},
       .why = "eigenvector centrality differs in the last digit between builds",
       .rounded = true},
      {.name = "centrality_aus_ind_global",
       .command = "centrality",
       .args = {"--on", "2020-01-01", "--pair", "aus", "--with", "India", "--include-global",
                "--json"},
       .why = "eigenvector centrality differs in the last digit between builds",
       .rounded = true},
      {.name = "inclusivity_quad",
       .command = "inclusivity",
       .args = {"quad", "--on", "2024-06-01", "--json"}},
      {.name = "inclusivity_rcep_southeast_asia",
       .command = "inclusivity",
       .args = {"rcep", "--region", "southeast_asia", "--on", "2023-01-01", "--json"}},
      // historical alliances (../shared/data)
      {.name = "alliances_atop_1960",
       .command = "alliances",
       .args = {"--year", "1960", "--data", "@shared/data", "--json"},
       .pin = Pin::kNormalised,
       .why = "the data file is echoed by absolute path"},
      {.name = "alliances_cow_1960",
       .command = "alliances",
       .args = {"--year", "1960", "--source", "cow", "--data", "@shared/data", "--json"},
       .pin = Pin::kNormalised,
       .why = "the data file is echoed by absolute path"},
      {.name = "similarity_usa_jpn_2018",
       .command = "similarity",
       .args = {"usa", "Japan", "--year", "2018", "--data", "@shared/data", "--json"}},
      {.name = "similarity_cow_usa_kor_1990",
       .command = "similarity",
       .args = {"usa", "ROK", "--year", "1990", "--source", "cow", "--data", "@shared/data",
                "--json"}},
      {.name = "similarity_all_1816",
       .command = "similarity",
       .args = {"--year", "1816", "--all", "--data", "@shared/data", "--json"}},
      // indicators
      {.name = "series_milex_gdp_jpn",
       .command = "series",
       .args = {"milex_gdp", "jpn", "--from", "2022", "--json"}},
      {.name = "series_gdp_world_2000_2005",
       .command = "series",
       .args = {"gdp", "world", "--from", "2000", "--to", "2005", "--json"}},
      {.name = "bloc_cptpp_2019_add_usa",
       .command = "bloc",
       .args = {"cptpp", "--year", "2019", "--add", "usa", "--json"}},
      {.name = "bloc_quad_milex_remove_ind",
       .command = "bloc",
       .args = {"quad", "--year", "2020", "--indicator", "milex", "--remove", "ind", "--on",
                "2020-06-01", "--json"}},
      {.name = "burden_quad_2023",
       .command = "burden",
       .args = {"quad", "--year", "2023", "--on", "2023-12-31", "--json"}},
      {.name = "burden_quad_2015_2020",
       .command = "burden",
       .args = {"quad", "--from", "2015", "--to", "2020", "--json"}},
      // claim checks
      {.name = "check_seed002",
       .command = "check",
       .args = {kSeed002, "--json"},
       .pin = Pin::kNormalised,
       .hashed = {"text"},
       .why = kDocText},
      // bargain (examples/ and ../shared/bargaining)
      {.name = "bargain_bdm_japan_defense",
       .command = "bargain",
       .args = {"@repo/examples/japan-defense-spending/stakeholders.csv", "--json"}},
      {.name = "bargain_bdm_futenma",
       .command = "bargain",
       .args = {"@repo/examples/futenma-relocation/stakeholders.csv", "--json"},
       .pin = Pin::kShape,
       .values = {"/model", "/options", "/scenario/name", "/dimensions/0/forecast",
                  "/dimensions/0/stop", "/dimensions/0/settled", "/dimensions/0/final_positions",
                  "/dimensions/0/round_one/0"},
       .why = "328 KB (38 rounds)"},
      {.name = "bargain_bdm_options",
       .command = "bargain",
       .args = {"@repo/examples/futenma-relocation/stakeholders.csv", "--q", "0.5", "--t", "0.5",
                "--security", "own", "--risk-range", "positions", "--offer-choice", "largest-gain",
                "--max-rounds", "20", "--tolerance", "0.01", "--stable-rounds", "3", "--json"}},
      {.name = "bargain_compromise_futenma",
       .command = "bargain",
       .args = {"@repo/examples/futenma-relocation/stakeholders.csv", "--model", "compromise",
                "--json"}},
      {.name = "bargain_compromise_ec_simple_csv",
       .command = "bargain",
       .args = {"@shared/bargaining/ec_emissions_1994.csv", "--model", "compromise", "--json"}},
      {.name = "bargain_smp_futenma",
       .command = "bargain",
       .args = {"@repo/examples/futenma-relocation/stakeholders.csv", "--model", "smp", "--json"}},
      {.name = "bargain_smp_stochastic",
       .command = "bargain",
       .args = {"@repo/examples/japan-defense-spending/stakeholders.csv", "--model", "smp",
                "--voting", "proportional", "--victory", "square", "--pce", "markov-incentive",
                "--transitions", "stochastic", "--transition-seed", "3", "--max-turns", "30",
                "--json"}},
      {.name = "bargain_simulate_bdm",
       .command = "bargain",
       .args = {"@repo/examples/futenma-relocation/stakeholders.csv", "--simulate", "200",
                "--perturb", "0.2", "--seed", "7", "--threads", "2", "--json"}},
      {.name = "bargain_simulate_smp",
       .command = "bargain",
       .args = {"@repo/examples/japan-defense-spending/stakeholders.csv", "--model", "smp",
                "--simulate", "50", "--seed", "11", "--threads", "1", "--json"}},
      // scenario
      {.name = "scenario_event",
       .command = "scenario",
       .args = {"--by", "chn", "--against", "jpn", "--at", "senkaku_islands", "--on", "2026-01-01",
                "--json"}},
      {.name = "scenario_blockade_vessels",
       .command = "scenario",
       .args = {"--by", "China", "--against", "Taiwan", "--kind", "blockade", "--target", "vessels",
                "--on", "2027-03-01", "--json"}},
      {.name = "scenario_cascade",
       .command = "scenario",
       .args = {"--by", "prk", "--against", "kor", "--on", "2025-06-01", "--cascade",
                "--include-conditional", "--max-rounds", "4", "--response", "territory", "--json"}},
      {.name = "scenario_simulate",
       .command = "scenario",
       .args = {"--by", "chn", "--against", "jpn", "--at", "senkaku_islands", "--on", "2026-01-01",
                "--cascade", "--simulate", "200", "--seed", "7", "--threads", "2",
                "--conditional-factor", "0.3", "--include-conditional", "--json"}},
      {.name = "scenario_file_senkaku",
       .command = "scenario",
       .args = {"@fixtures/scenarios/senkaku_2026.toml", "--simulate", "100", "--json"},
       .pin = Pin::kNormalised,
       .why = "the scenario file is echoed by absolute path (its own simulate = 10000 is "
              "overridden by --simulate 100 to keep the test fast)"},
  };
  return kCases;
}

// ---------------------------------------------------------------------------------------------
// Paths

std::string repo_dir() {
  return LATTICE_SOURCE_DIR;
}
fs::path scratch_dir() {
  return fs::temp_directory_path() / ("lattice_json_pins_" + std::to_string(::getpid()));
}
fs::path golden_path(const std::string& name) {
  return fs::path(lattice::testing::fixture("json_pins")) / (name + ".json");
}

std::string expand(const std::string& arg) {
  const std::pair<const char*, std::string> roots[] = {
      {"@repo/", repo_dir() + "/"},
      {"@fixtures/", lattice::testing::fixture("")},
      {"@shared/", lattice::testing::shared_dir() + "/"},
      {"@tmp/", scratch_dir().string() + "/"},
  };
  for (const auto& [token, dir] : roots)
    if (arg.rfind(token, 0) == 0) return dir + arg.substr(std::string(token).size());
  return arg;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
}

// The machine-dependent paths, most specific first, with what replaces them.
std::vector<std::pair<std::string, std::string>> machine_paths() {
  std::vector<std::pair<std::string, std::string>> out;
  auto add = [&out](const std::string& path, const std::string& token) {
    out.emplace_back(path, token);
    std::error_code ec;
    const std::string canonical = fs::weakly_canonical(path, ec).string();
    if (!ec && canonical != path) out.emplace_back(canonical, token);
  };
  add(scratch_dir().string(), "<tmp>");
  add(lattice::testing::shared_dir(), "<shared>");
  add(repo_dir(), "<repo>");
  return out;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

// Replaces the string value of every object member whose key is in `keys`, at any depth, by
// "sha256:<hex> (<N> bytes)" of the decoded string. Everything else is copied byte for byte.
// Works on JSON Lines too (it only tracks strings and the ':' after keys).
std::string hash_string_fields(const std::string& in, const std::set<std::string>& keys) {
  std::string out;
  out.reserve(in.size());
  auto string_end = [&in](size_t open) {  // index one past the closing quote
    size_t i = open + 1;
    while (i < in.size() && in[i] != '"') i += in[i] == '\\' ? 2 : 1;
    return std::min(i + 1, in.size());
  };
  auto skip_space = [&in](size_t i) {
    while (i < in.size() && (in[i] == ' ' || in[i] == '\n' || in[i] == '\t' || in[i] == '\r')) ++i;
    return i;
  };
  size_t i = 0;
  while (i < in.size()) {
    if (in[i] != '"') {
      out += in[i++];
      continue;
    }
    const size_t end = string_end(i);
    const std::string literal = in.substr(i, end - i);
    out += literal;
    i = end;
    const size_t colon = skip_space(i);
    if (colon >= in.size() || in[colon] != ':') continue;  // a value, not a key
    if (!keys.count(json::parse(literal).get<std::string>())) continue;
    const size_t value = skip_space(colon + 1);
    if (value >= in.size() || in[value] != '"') continue;  // null or another type: kept
    out.append(in, i, value - i);
    const size_t value_end = string_end(value);
    const std::string text = json::parse(in.substr(value, value_end - value)).get<std::string>();
    out += "\"sha256:" + core::sha256_hex(text) + " (" + std::to_string(text.size()) + " bytes)\"";
    i = value_end;
  }
  return out;
}

// The shape of a JSON value: every key path with its types ("$" is the root, ".key" a member,
// "[]" the elements of an array, whose shapes are merged).
struct Shape {
  std::map<std::string, std::set<std::string>> types;
  std::map<std::string, size_t> objects;                          // object path -> times seen
  std::map<std::string, std::pair<std::string, size_t>> members;  // path -> (object, times seen)

  static std::string type_of(const json& v) {
    switch (v.type()) {
      case json::value_t::null:
        return "null";
      case json::value_t::boolean:
        return "boolean";
      case json::value_t::number_integer:
      case json::value_t::number_unsigned:
        return "integer";
      case json::value_t::number_float:
        return "number";
      case json::value_t::string:
        return "string";
      case json::value_t::array:
        return "array";
      case json::value_t::object:
        return "object";
      default:
        return "other";
    }
  }
  void add(const json& v, const std::string& path) {
    types[path].insert(type_of(v));
    if (v.is_object()) {
      ++objects[path];
      for (const auto& [k, x] : v.items()) {
        const std::string p = path + "." + k;
        auto& m = members[p];
        m.first = path;
        ++m.second;
        add(x, p);
      }
    } else if (v.is_array()) {
      for (const auto& x : v) add(x, path + "[]");
    }
  }
  json to_json() const {
    json out = json::object();
    for (const auto& [path, ts] : types) {
      std::string s;
      for (const auto& t : ts) s += (s.empty() ? "" : "|") + t;
      const auto m = members.find(path);
      if (m != members.end() && m->second.second < objects.at(m->second.first)) s += " (optional)";
      out[path] = s;
    }
    return out;
  }
};

// Rounds every floating-point number of v to 10 significant digits.
void round_floats(json& v) {
  if (v.is_number_float()) {
    const double x = v.get<double>();
    v = x == 0 ? 0.0 : std::stod(fmt::format("{:.10g}", x));
  } else if (v.is_structured()) {
    for (auto& child : v) round_floats(child);
  }
}

// The golden text of a case from the command's output.
std::string golden_text(const PinCase& c, const std::string& output, std::string* error) {
  if (c.rounded) {
    try {
      json doc = json::parse(output);
      round_floats(doc);
      return doc.dump(2) + "\n";
    } catch (const json::exception& e) {
      *error = std::string("the output is not JSON: ") + e.what();
      return "";
    }
  }
  if (c.pin == Pin::kExact) {
    for (const auto& [path, token] : machine_paths())
      if (output.find(path) != std::string::npos)
        *error = "the output contains the machine path " + path + ": make the case normalised";
    return output;
  }
  if (c.pin == Pin::kNormalised) {
    std::string s = output;
    for (const auto& [path, token] : machine_paths()) replace_all(s, path, token);
    return hash_string_fields(s, {c.hashed.begin(), c.hashed.end()});
  }
  json doc;
  try {
    doc = json::parse(output);
  } catch (const json::exception& e) {
    *error = std::string("the output is not JSON: ") + e.what();
    return "";
  }
  Shape shape;
  shape.add(doc, "$");
  json values = json::object();
  for (const auto& pointer : c.values) {
    const json::json_pointer p(pointer);
    values[pointer] = doc.contains(p) ? doc.at(p) : json("<missing>");
  }
  json pin = {{"bytes", output.size()},
              {"sha256", core::sha256_hex(output)},
              {"shape", shape.to_json()},
              {"values", values}};
  return pin.dump(2) + "\n";
}

// ---------------------------------------------------------------------------------------------
// Scratch inputs: a corpus database and extraction files, made once per run.

struct Scratch {
  bool ready = false;
  std::string error;
};

const Scratch& scratch() {
  static const Scratch s = [] {
    Scratch r;
    const fs::path dir = scratch_dir();
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto ingest = run_cli({"ingest", "--db", (dir / "corpus.db").string(), expand(kSeed000),
                                 expand("@shared/corpus/seeds/003_3fcb446b247180fc.txt")});
    if (ingest.status != 0) {
      r.error = "lattice ingest failed (" + std::to_string(ingest.status) + "): " + ingest.err;
      return r;
    }
    const auto extracted = run_cli({"extract", "--jsonl", expand(kSeed000)});
    if (extracted.status != 0) {
      r.error = "lattice extract failed: " + extracted.err;
      return r;
    }
    std::ofstream(dir / "extracted_000.jsonl", std::ios::binary) << extracted.out;
    std::istringstream lines(extracted.out);
    std::ofstream claims(dir / "extracted_000_claims.jsonl", std::ios::binary);
    for (std::string line; std::getline(lines, line);)
      if (line.find("\"kind\":\"claim\"") != std::string::npos) claims << line << "\n";
    r.ready = true;
    return r;
  }();
  return s;
}

bool uses_scratch(const PinCase& c) {
  return std::any_of(c.args.begin(), c.args.end(),
                     [](const std::string& a) { return a.rfind("@tmp/", 0) == 0; });
}

// ---------------------------------------------------------------------------------------------
// Comparison

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// A short unified-style diff: the lines between the common beginning and the common end of the
// two texts (at most eight of each side), with two lines of context before and after; long lines
// are cut at 160 bytes.
std::string short_diff(const std::string& want, const std::string& got) {
  const auto a = split_lines(want), b = split_lines(got);
  size_t first = 0;
  while (first < a.size() && first < b.size() && a[first] == b[first]) ++first;
  size_t end_a = a.size(), end_b = b.size();
  while (end_a > first && end_b > first && a[end_a - 1] == b[end_b - 1]) --end_a, --end_b;
  auto cut = [](const std::string& line) {
    return line.size() > 160 ? line.substr(0, 160) + " ..." : line;
  };
  std::ostringstream out;
  out << "first difference at line " << first + 1 << " (golden: " << a.size() << " lines, "
      << want.size() << " bytes; output: " << b.size() << " lines, " << got.size() << " bytes)\n";
  const size_t from = first >= 2 ? first - 2 : 0;
  out << "--- golden\n+++ output\n@@ -" << from + 1 << " +" << from + 1 << " @@\n";
  for (size_t i = from; i < first; ++i) out << " " << cut(a[i]) << "\n";
  auto side = [&](const std::vector<std::string>& lines, size_t end, char sign) {
    for (size_t i = first; i < end && i < first + 8; ++i) out << sign << cut(lines[i]) << "\n";
    if (end > first + 8) out << sign << "... (" << end - first - 8 << " more lines)\n";
  };
  side(a, end_a, '-');
  side(b, end_b, '+');
  for (size_t i = end_a; i < a.size() && i < end_a + 2; ++i) out << " " << cut(a[i]) << "\n";
  return out.str();
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool updating() {
  const char* v = std::getenv("LATTICE_UPDATE_PINS");
  return v != nullptr && std::string(v) == "1";
}

class JsonPinTest : public ::testing::TestWithParam<PinCase> {
 protected:
  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(scratch_dir(), ec);
  }
};

TEST_P(JsonPinTest, Matches) {
  const PinCase& c = GetParam();
  if (uses_scratch(c)) {
    ASSERT_TRUE(scratch().ready) << scratch().error;
  }
  std::vector<std::string> args = {c.command};
  for (const auto& a : c.args) args.push_back(expand(a));
  std::string command_line = "lattice";
  for (const auto& a : args) command_line += " '" + a + "'";
  const std::string rerun =
      "to re-run: cd build/test && ./tests/lattice_cli_tests "
      "--gtest_filter='JsonPin/JsonPinTest.Matches/" +
      c.name + "' (the command: " + command_line + ")";

  const auto r = run_cli(args);
  ASSERT_EQ(r.status, c.status) << "stderr: " << r.err << "\n" << rerun;
  ASSERT_FALSE(r.out.empty()) << rerun;
  std::string error;
  const std::string got = golden_text(c, r.out, &error);
  ASSERT_TRUE(error.empty()) << error << "\n" << rerun;

  const fs::path golden = golden_path(c.name);
  if (updating()) {
    const bool same = fs::exists(golden) && read_file(golden) == got;
    if (!same) {
      fs::create_directories(golden.parent_path());
      std::ofstream(golden, std::ios::binary) << got;
    }
    std::cout << (same ? "unchanged " : "wrote ") << golden.string() << "\n";
    return;
  }
  ASSERT_TRUE(fs::exists(golden))
      << "missing golden file " << golden.string()
      << ": create it with LATTICE_UPDATE_PINS=1 "
         "./tests/lattice_cli_tests --gtest_filter='JsonPin/JsonPinTest.Matches/"
      << c.name << "', look at it, and commit it\n"
      << rerun;
  const std::string want = read_file(golden);
  if (want == got) return;
  ADD_FAILURE() << "the JSON of `" << command_line << "` differs from its pin " << golden.string()
                << "\n"
                << short_diff(want, got)
                << "A change of a command's JSON must be listed in docs/cli.md with the reason; "
                   "then update the pin with LATTICE_UPDATE_PINS=1.\n"
                << rerun;
}

INSTANTIATE_TEST_SUITE_P(JsonPin, JsonPinTest, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<PinCase>& info) {
                           return info.param.name;
                         });

// The subcommands listed by `lattice --help`.
std::set<std::string> subcommands() {
  const auto r = run_cli({"--help"});
  std::set<std::string> out;
  bool in_list = false;
  for (const auto& line : split_lines(r.out)) {
    if (line.rfind("Subcommands:", 0) == 0) {
      in_list = true;
      continue;
    }
    if (!in_list || line.size() < 3 || line.rfind("  ", 0) != 0 || line[2] == ' ') continue;
    out.insert(line.substr(2, line.find(' ', 2) - 2));
  }
  return out;
}

TEST(JsonPinCoverage, EverySubcommandIsPinnedOrListedWithoutJson) {
  const auto commands = subcommands();
  ASSERT_TRUE(commands.count("validate") && commands.count("scenario"))
      << "could not read the subcommands from `lattice --help`";
  std::set<std::string> pinned;
  for (const auto& c : cases()) pinned.insert(c.command);
  for (const auto& name : commands)
    EXPECT_TRUE(pinned.count(name) || kNoJson.count(name))
        << "subcommand '" << name
        << "' has no JSON pin: add a case to tests/cli/json_pin_test.cpp (or, if it prints no "
           "JSON, add it to kNoJson with the reason)";
  for (const auto& name : pinned)
    EXPECT_TRUE(commands.count(name)) << "pinned command '" << name << "' is not a subcommand";
  for (const auto& [name, why] : kNoJson) {
    EXPECT_TRUE(commands.count(name)) << "kNoJson lists '" << name << "', not a subcommand";
    EXPECT_FALSE(pinned.count(name)) << "'" << name << "' is both pinned and listed without JSON";
  }
}

TEST(JsonPinCoverage, CaseNamesAreUniqueAndEveryGoldenFileHasACase) {
  std::set<std::string> names;
  for (const auto& c : cases()) {
    EXPECT_TRUE(names.insert(c.name).second) << "two cases named " << c.name;
    EXPECT_EQ(c.pin == Pin::kExact && !c.rounded, c.why.empty())
        << c.name << ": say why (only) when not exact or rounded";
    EXPECT_EQ(c.pin == Pin::kShape, !c.values.empty()) << c.name << ": shape pins need values";
  }
  const fs::path dir = lattice::testing::fixture("json_pins");
  if (updating() && !fs::is_directory(dir)) return;  // the pins are being written
  ASSERT_TRUE(fs::is_directory(dir)) << dir << " is missing: run with LATTICE_UPDATE_PINS=1";
  for (const auto& e : fs::directory_iterator(dir))
    EXPECT_TRUE(names.count(e.path().stem().string()))
        << e.path() << " is the pin of no case: remove it";
}

TEST(JsonPinCoverage, HashingKeepsEveryOtherByte) {
  const std::string in =
      "{\n  \"n\": 1.50,\n  \"text\": \"a \\\"b\\\"\",\n  \"t\": {\"text\" : null},\n"
      "  \"list\": [\"text\", \"x\"]\n}\n{\"text\":\"\"}\n";
  const std::string out = hash_string_fields(in, {"text"});
  EXPECT_EQ(out, "{\n  \"n\": 1.50,\n  \"text\": \"sha256:" + core::sha256_hex("a \"b\"") +
                     " (5 bytes)\",\n  \"t\": {\"text\" : null},\n  \"list\": [\"text\", \"x\"]\n}"
                     "\n{\"text\":\"sha256:" +
                     core::sha256_hex("") + " (0 bytes)\"}\n");
}

TEST(JsonPinCoverage, ShapeMergesArrayElementsAndMarksOptionalKeys) {
  Shape s;
  s.add(json::parse(R"({"a": [{"x": 1, "y": null}, {"x": 2.5}], "b": "s"})"), "$");
  const json want = {{"$", "object"},
                     {"$.a", "array"},
                     {"$.a[]", "object"},
                     {"$.a[].x", "integer|number"},
                     {"$.a[].y", "null (optional)"},
                     {"$.b", "string"}};
  EXPECT_EQ(s.to_json(), want);
}

}  // namespace
}  // namespace lattice::cli
