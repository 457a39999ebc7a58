// The latticework network analytics as queries: the actor-framework network and its weighted
// actor projection (network), the overlap of frameworks (overlap), the frameworks binding a set
// of actors (coverage), centrality with the nucleus test (centrality) and a framework's
// inclusivity toward a region (inclusivity). Each is a request (its parameters declared once in
// visit()), a result, and a function of the environment and the request that runs the analyses
// of src/latticework. network and centrality use igraph's random generator: not safe to run from
// two threads at once.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "latticework/coverage.h"
#include "latticework/inclusivity.h"
#include "latticework/metrics.h"
#include "latticework/networks.h"
#include "latticework/nucleus.h"
#include "latticework/overlap.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/param.h"

namespace lattice::query {

struct NetworkRequest {
  std::optional<core::Day> on;  // absent: today
  bool include_global = false;
  int top = 15;
  Path graphml;  // the projection there, the two-mode network beside it
  Path csv_dir;  // nodes.csv and edges.csv of both networks

  template <class V>
  void visit(V&& v) {
    v(on, {.name = "on", .help = "Date YYYY-MM-DD (default: today)"});
    v(include_global,
      {.name = "include_global",
       .help = "Keep global bodies (UN, WTO, ITU, development banks, near-universal frameworks) "
               "in the actor projection"});
    v(top, {.name = "top", .help = "Strongest ties to list (text output)", .min = 0});
    v(graphml, {.name = "graphml",
                .help = "Write the actor projection to FILE and the two-mode network beside it "
                        "(FILE-two-mode.graphml)"});
    v(csv_dir, {.name = "csv_dir",
                .help = "Write nodes.csv and edges.csv of both networks into DIR",
                .old_cli_name = "csv"});
  }
};

struct NetworkResult {
  core::Day day;
  bool include_global = false;
  size_t top = 15;
  latticework::TwoModeNetwork net;
  latticework::Projection projection;
  latticework::NetworkMetrics metrics;               // of the projection
  std::vector<size_t> edge_order;                    // projection edges, heaviest first
  std::vector<std::pair<double, double>> positions;  // layout of the projection's nodes
  std::string graphml, graphml_two_mode, csv_dir;    // export paths; empty: none asked
  std::shared_ptr<const model::Model> model;         // keeps the network's pointers alive
};

NetworkResult network(const Env& env, const NetworkRequest& request);

// The two-mode file beside FILE: "net.graphml" -> "net-two-mode.graphml".
std::string two_mode_path(const std::string& path);

struct OverlapRequest {
  std::optional<core::Day> on;
  bool all = false;
  int top = 10;

  template <class V>
  void visit(V&& v) {
    v(on, {.name = "on", .help = "Date YYYY-MM-DD (default: today)"});
    v(all, {.name = "all", .help = "List every pair sharing a member (text output)"});
    v(top, {.name = "top", .help = "Length of the most-redundant list", .min = 0});
  }
};

struct OverlapResult {
  latticework::OverlapOptions options;
  bool all = false;
  latticework::OverlapResult overlap;
  std::shared_ptr<const model::Model> model;
};

OverlapResult overlap(const Env& env, const OverlapRequest& request);

struct CoverageRequest {
  std::optional<core::Day> on;
  std::vector<EntityRef<model::EntityKind::kActor>> actors;  // none: the model's focus pair

  template <class V>
  void visit(V&& v) {
    v(on, {.name = "on", .help = "Date YYYY-MM-DD (default: today)"});
    v(actors,
      {.name = "actors",
       .help = "Comma-separated actors (id, name or alias; default: the model's focus pair)",
       .separator = ','});
  }
};

struct CoverageResult {
  latticework::CoverageResult coverage;
  std::shared_ptr<const model::Model> model;
};

CoverageResult coverage(const Env& env, const CoverageRequest& request);

struct CentralityRequest {
  std::optional<core::Day> on;
  // Not given: the model's focus pair (analysis.toml [focus]).
  EntityRef<model::EntityKind::kActor> pair;
  EntityRef<model::EntityKind::kActor> with;
  bool include_global = false;

  template <class V>
  void visit(V&& v) {
    v(on, {.name = "on", .help = "Date YYYY-MM-DD (default: today)"});
    v(pair, {.name = "pair",
             .help = "First actor of the nucleus pair (default: the model's focus pair)"});
    v(with, {.name = "with",
             .help = "Second actor of the nucleus pair (default: the model's focus pair)"});
    v(include_global,
      {.name = "include_global",
       .help = "Keep global bodies (UN, WTO, ITU, development banks, near-universal frameworks) "
               "in the actor projection"});
  }
};

struct CentralityResult {
  core::Day day;
  bool include_global = false;
  latticework::Projection projection;
  latticework::NetworkMetrics metrics;
  latticework::NucleusTest nucleus;
  std::vector<size_t> order;  // node indexes by betweenness, then strength, descending
  std::vector<std::vector<std::string>> communities;  // actor ids per Louvain community
  std::shared_ptr<const model::Model> model;
};

CentralityResult centrality(const Env& env, const CentralityRequest& request);

struct InclusivityRequest {
  EntityRef<model::EntityKind::kFramework> framework;
  EntityRef<model::EntityKind::kRegion> region;  // not given: the model's focus region
  std::optional<core::Day> on;

  template <class V>
  void visit(V&& v) {
    v(framework, {.name = "framework",
                  .help = "Framework id, name or alias",
                  .required = true,
                  .positional = true});
    v(region,
      {.name = "region", .help = "Region id, name or alias (default: the model's focus region)"});
    v(on, {.name = "on", .help = "Date YYYY-MM-DD (default: today)"});
  }
};

struct InclusivityResult {
  latticework::InclusivityResult inclusivity;
  std::vector<bool> member;  // per state of counts: a member of the framework
  std::shared_ptr<const model::Model> model;
};

InclusivityResult inclusivity(const Env& env, const InclusivityRequest& request);

}  // namespace lattice::query
