// The historical alliance commands as queries (see alliance_queries.h).
#include "query/alliance_queries.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "alliances/data_files.h"
#include "model/embedded_model.h"

namespace lattice::query {

namespace al = lattice::alliances;

namespace {

// Loads the dataset of the request's folder and source; throws with the data's errors (at most
// 20, then a count) when it cannot be used.
std::shared_ptr<const al::Dataset> load(const Path& data, const std::string& source_text) {
  const auto source = al::parse_source(source_text);
  if (!source) throw std::runtime_error(check_alliance_source(source_text).at(0).message);
  core::Diagnostics diags;
  const std::string dir = al::data_dir(data.text, default_alliance_data_dir());
  auto d = al::load_dataset(dir, *source, diags);
  if (diags.has_errors() || !d) {
    std::string message =
        fmt::format("the alliance data in {} has {} error(s):", dir, diags.error_count());
    size_t shown = 0;
    for (const auto& x : diags.items()) {
      if (x.severity != core::Severity::kError) continue;
      if (++shown > 20) break;
      message += '\n';
      message += x.to_string();
    }
    if (diags.error_count() > 20)
      message += fmt::format("\n... and {} more error(s)", diags.error_count() - 20);
    throw std::runtime_error(message);
  }
  return std::make_shared<const al::Dataset>(std::move(*d));
}

void check_year(const al::Dataset& d, int year) {
  const std::string why = d.check_year(year);
  if (!why.empty()) throw std::runtime_error(why);
}

// Node indices ordered by a score, highest first, ties by COW code; at most top of them, and
// only while the score is positive.
template <typename T>
std::vector<size_t> leaders(const std::vector<T>& score, size_t top) {
  std::vector<size_t> order(score.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return score[a] > score[b]; });
  std::vector<size_t> out;
  for (size_t i : order) {
    if (out.size() >= top || score[i] <= 0) break;
    out.push_back(i);
  }
  return out;
}

// The node index of a state named by text in the year's network; throws when the name is unknown
// or the state is not in the network.
size_t state_index(const al::Dataset& d, const al::YearNetwork& net, const std::string& text) {
  std::string error;
  const auto c = d.names.resolve(text, &error);
  if (!c) throw std::runtime_error(error);
  const int index = net.index_of(*c);
  if (index >= 0) return static_cast<size_t>(index);
  const al::StateName n = d.names.of(*c);
  std::string periods;
  for (const auto& p : d.system.periods_of(*c))
    periods += fmt::format("{}{}-{}", periods.empty() ? "" : ", ", p.start_year, p.end_year);
  throw std::runtime_error(
      fmt::format("{} (COW {}) is not among the states of the {} network", n.name, *c, net.year) +
      (periods.empty() ? std::string(": it is not in the COW state system")
                       : fmt::format(" (COW state system member {})", periods)) +
      (d.alliances.source() == al::Source::kCow ? "; the COW file covers 34 states" : ""));
}

}  // namespace

std::string default_alliance_data_dir() {
  namespace fs = std::filesystem;
  const fs::path model_dir(std::string(model::embedded_model_dir()));
  return (model_dir.parent_path().parent_path() / ".." / "shared" / "data")
      .lexically_normal()
      .string();
}

std::vector<ParamError> check_alliance_source(const std::string& source) {
  if (al::parse_source(source)) return {};
  return {{"source", ParamError::Kind::kChoice, "must be atop or cow, not '" + source + "'"}};
}

AlliancesResult alliance_network(const Env&, const AlliancesRequest& request) {
  AlliancesResult r;
  r.year = *request.year;
  r.data = load(request.data, request.source);
  check_year(*r.data, r.year);
  r.net = al::year_network(r.data->alliances, r.data->system, r.year);
  r.metrics = al::network_metrics(r.net);
  for (const auto& e : r.net.edges) ++r.ties_by_code[static_cast<size_t>(e.code)];
  const size_t top = static_cast<size_t>(request.top);
  r.most_allied = leaders(r.metrics.degree, top);
  r.brokers = leaders(r.metrics.betweenness, top);
  r.graphml_path = request.graphml.text;
  return r;
}

std::vector<ParamError> SimilarityRequest::validate() const {
  if (all ? !states.empty() : states.size() != 2)
    return {{"states", ParamError::Kind::kMissing,
             "give two states (lattice similarity usa japan --year 1960) or --all, not both"}};
  return check_alliance_source(source);
}

SimilarityResult similarity(const Env&, const SimilarityRequest& request) {
  SimilarityResult r;
  r.year = *request.year;
  r.all = request.all;
  r.data = load(request.data, request.source);
  check_year(*r.data, r.year);
  const al::YearNetwork net = al::year_network(r.data->alliances, r.data->system, r.year);
  r.portfolios = al::portfolios(net, &r.data->capabilities);
  const al::Portfolios& p = r.portfolios;
  if (r.all) {
    for (size_t i = 0; i < p.size(); ++i)
      for (size_t j = i + 1; j < p.size(); ++j) r.pairs.push_back({i, j, al::similarity(p, i, j)});
    return r;
  }
  const size_t i = state_index(*r.data, net, request.states[0]);
  const size_t j = state_index(*r.data, net, request.states[1]);
  r.pairs.push_back({i, j, al::similarity(p, i, j)});
  return r;
}

}  // namespace lattice::query
