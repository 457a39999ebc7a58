// The latticework network analytics as queries (see latticework_queries.h).
#include "query/latticework_queries.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "latticework/layout.h"
#include "query/binder.h"

namespace lattice::query {

namespace {

// The id of an entity reference: the one binding found, or the text resolved now (a request built
// in code, such as the report's, holds names only). Throws with the resolver's message.
template <model::EntityKind K>
std::string id_of(const Env& env, const EntityRef<K>& ref) {
  if (!ref.id.empty()) return ref.id;
  std::string id;
  if (auto error = resolve_entity(*env.model, ref.text, K, &id))
    throw std::invalid_argument(*error);
  return id;
}

// The entity a request names, or else the one the model's analysis.toml names for it (focus_id);
// throws when neither does.
template <model::EntityKind K>
std::string id_or_focus(const Env& env, const EntityRef<K>& ref, const std::string& focus_id,
                        const char* flag, const char* focus_key) {
  if (!ref.id.empty() || !ref.text.empty()) return id_of(env, ref);
  if (focus_id.empty())
    throw std::invalid_argument(std::string("give ") + flag + ": the model names no default (" +
                                focus_key + " of [focus] in analysis.toml)");
  return focus_id;
}

}  // namespace

std::string two_mode_path(const std::string& path) {
  std::filesystem::path p(path);
  const std::string ext = p.has_extension() ? p.extension().string() : ".graphml";
  p.replace_extension();
  return p.string() + "-two-mode" + ext;
}

NetworkResult network(const Env& env, const NetworkRequest& request) {
  NetworkResult r;
  r.model = env.model;
  r.day = request.on.value_or(env.today);
  r.include_global = request.include_global;
  r.top = static_cast<size_t>(std::max(0, request.top));
  r.net = latticework::two_mode_network(*env.model, r.day);
  r.projection = latticework::project(r.net, {request.include_global});
  r.metrics = latticework::compute_metrics(r.projection.graph);
  const auto& edges = r.projection.graph.edges;
  r.edge_order.resize(edges.size());
  for (size_t k = 0; k < r.edge_order.size(); ++k) r.edge_order[k] = k;
  std::stable_sort(r.edge_order.begin(), r.edge_order.end(),
                   [&](size_t x, size_t y) { return edges[x].weight > edges[y].weight; });
  r.positions = latticework::layout(r.projection.graph);
  r.graphml = request.graphml.text;
  if (!r.graphml.empty()) r.graphml_two_mode = two_mode_path(r.graphml);
  r.csv_dir = request.csv_dir.text;
  return r;
}

OverlapResult overlap(const Env& env, const OverlapRequest& request) {
  OverlapResult r;
  r.model = env.model;
  r.options.top = static_cast<size_t>(std::max(0, request.top));
  r.all = request.all;
  r.overlap = latticework::overlap(*env.model, request.on.value_or(env.today), r.options);
  return r;
}

CoverageResult coverage(const Env& env, const CoverageRequest& request) {
  const model::AnalysisFocus& focus = env.model->analysis().focus;
  std::vector<std::string> ids;
  for (const auto& a : request.actors) ids.push_back(id_of(env, a));
  if (ids.empty()) {
    if (focus.empty())
      throw std::invalid_argument(
          "give --actors: the model names no default (the pair of [focus] in analysis.toml)");
    ids = {focus.a, focus.b};
  }
  CoverageResult r;
  r.model = env.model;
  r.coverage = latticework::coverage(*env.model, request.on.value_or(env.today), ids);
  return r;
}

CentralityResult centrality(const Env& env, const CentralityRequest& request) {
  const model::AnalysisFocus& focus = env.model->analysis().focus;
  const std::string a = id_or_focus(env, request.pair, focus.a, "--pair", "pair");
  const std::string b = id_or_focus(env, request.with, focus.b, "--with", "pair");
  CentralityResult r;
  r.model = env.model;
  r.day = request.on.value_or(env.today);
  r.include_global = request.include_global;
  const auto net = latticework::two_mode_network(*env.model, r.day);
  r.projection = latticework::project(net, {request.include_global});
  r.metrics = latticework::compute_metrics(r.projection.graph);
  r.nucleus = latticework::nucleus_test(r.projection, a, b);
  const auto& m = r.metrics.nodes;
  r.order.resize(r.projection.graph.nodes.size());
  for (size_t i = 0; i < r.order.size(); ++i) r.order[i] = i;
  std::stable_sort(r.order.begin(), r.order.end(), [&](size_t x, size_t y) {
    if (m[x].betweenness != m[y].betweenness) return m[x].betweenness > m[y].betweenness;
    return m[x].strength > m[y].strength;
  });
  r.communities.resize(static_cast<size_t>(std::max(0L, r.metrics.community_count)));
  for (size_t i = 0; i < m.size(); ++i) {
    const long c = m[i].community;
    if (c >= 0 && c < r.metrics.community_count)
      r.communities[static_cast<size_t>(c)].push_back(r.projection.graph.nodes[i]);
  }
  return r;
}

InclusivityResult inclusivity(const Env& env, const InclusivityRequest& request) {
  InclusivityResult r;
  r.model = env.model;
  r.inclusivity = latticework::inclusivity(
      *env.model, request.on.value_or(env.today), id_of(env, request.framework),
      id_or_focus(env, request.region, env.model->analysis().focus.region, "--region", "region"));
  const auto& included = r.inclusivity.included;
  for (const auto& c : r.inclusivity.counts)
    r.member.push_back(std::find(included.begin(), included.end(), c.actor) != included.end());
  return r;
}

}  // namespace lattice::query
