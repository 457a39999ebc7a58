// The historical alliance commands as queries: the alliance network of a year with its measures
// (alliances) and the similarity of alliance portfolios (similarity), both read from the ATOP or
// COW data folder rather than the model. Each is a request (parameters declared once in visit()),
// a result, and a function of the request and the data files that calls the analyses of
// alliances/; a data folder that is missing or malformed, a year outside the data or an unknown
// state is an exception with a precise message (exit 1).
#pragma once

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "alliances/dataset.h"
#include "alliances/network_metrics.h"
#include "alliances/similarity.h"
#include "alliances/year_network.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/param.h"

namespace lattice::query {

// The alliance data folder when none is given: <repo>/../shared/data, where <repo> holds the
// embedded model's folder.
std::string default_alliance_data_dir();

// "atop" or "cow" is valid; else a kChoice error for the parameter "source".
std::vector<ParamError> check_alliance_source(const std::string& source);

struct AlliancesRequest {
  std::optional<int> year;  // required
  std::string source = "atop";
  Path graphml;  // also write the network there (a front end writes it)
  int top = 10;
  Path data;  // empty: $LATTICE_DATA, else default_alliance_data_dir()

  template <class V>
  void visit(V&& v) {
    v(year, {.name = "year", .help = "Year (ATOP: 1816-2018; COW: 1816-2012)", .required = true});
    v(source, {.name = "source", .help = "atop or cow"});
    v(graphml, {.name = "graphml", .help = "Also write the network as GraphML to FILE"});
    v(top, {.name = "top", .help = "States listed by degree and betweenness", .min = 0});
    v(data, {.name = "data",
             .help = "Folder of the ATOP/COW CSV files (default: $LATTICE_DATA, else "
                     "<repo>/../shared/data)"});
  }
  std::vector<ParamError> validate() const { return check_alliance_source(source); }
};

struct AlliancesResult {
  int year = 0;
  std::shared_ptr<const alliances::Dataset> data;
  alliances::YearNetwork net;
  alliances::NetworkMetrics metrics;
  std::array<int, 4> ties_by_code{};  // edges by their code 0..3
  // Node indices of the text's lists, best first, at most `top`, only nodes with a positive score.
  std::vector<size_t> most_allied, brokers;
  std::string graphml_path;  // as requested; "" when no file is written
};

AlliancesResult alliance_network(const Env& env, const AlliancesRequest& request);

struct SimilarityRequest {
  std::vector<std::string> states;  // two names, ISO3 or COW codes; none with `all`
  std::optional<int> year;          // required
  std::string source = "atop";
  bool all = false;
  Path data;

  template <class V>
  void visit(V&& v) {
    v(states, {.name = "states",
               .help = "Two states: names, ISO3 or COW codes (usa Japan 740)",
               .positional = true});
    v(year, {.name = "year", .help = "Year (ATOP: 1816-2018; COW: 1816-2012)", .required = true});
    v(source, {.name = "source", .help = "atop or cow"});
    v(all, {.name = "all", .help = "Every pair of states of the year (use with --csv or --json)"});
    v(data, {.name = "data",
             .help = "Folder of the ATOP/COW CSV files (default: $LATTICE_DATA, else "
                     "<repo>/../shared/data)"});
  }
  // Two states or `all`, not both; a known source.
  std::vector<ParamError> validate() const;
};

struct SimilarityPair {
  size_t i = 0, j = 0;  // indices into portfolios
  alliances::Similarity s;
};

struct SimilarityResult {
  int year = 0;
  bool all = false;
  std::shared_ptr<const alliances::Dataset> data;
  alliances::Portfolios portfolios;
  std::vector<SimilarityPair> pairs;  // the one pair asked, or every pair i < j with `all`
};

SimilarityResult similarity(const Env& env, const SimilarityRequest& request);

}  // namespace lattice::query
