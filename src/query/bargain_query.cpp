// The bargaining forecast as a query (see bargain_query.h).
#include "query/bargain_query.h"

#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <stdexcept>

#include "bargain/embedded_examples.h"
#include "bargain/forecaster.h"
#include "core/text.h"

namespace lattice::model {

namespace {
// The spellings of an enum whose values 0..N-1 the analysis names with to_string().
template <class E, size_t N>
std::span<const std::string_view> spelled_by_to_string() {
  static const std::array<std::string, N> owned = [] {
    std::array<std::string, N> a;
    for (size_t i = 0; i < N; ++i) a[i] = bargain::to_string(static_cast<E>(i));
    return a;
  }();
  static const std::array<std::string_view, N> views = [] {
    std::array<std::string_view, N> a;
    for (size_t i = 0; i < N; ++i) a[i] = owned[i];
    return a;
  }();
  return views;
}
}  // namespace

template <>
std::span<const std::string_view> names_of<query::BargainMethod>() {
  static constexpr std::string_view kNames[] = {"compromise", "bdm", "smp"};
  return kNames;
}
template <>
std::span<const std::string_view> names_of<bargain::SecurityLevel>() {
  static constexpr std::string_view kNames[] = {"others", "own"};
  return kNames;
}
template <>
std::span<const std::string_view> names_of<bargain::RiskRange>() {
  static constexpr std::string_view kNames[] = {"actors", "positions"};
  return kNames;
}
template <>
std::span<const std::string_view> names_of<bargain::OfferChoice>() {
  static constexpr std::string_view kNames[] = {"smallest-move", "largest-gain"};
  return kNames;
}
template <>
std::span<const std::string_view> names_of<bargain::SmpVoting>() {
  return spelled_by_to_string<bargain::SmpVoting, 6>();
}
template <>
std::span<const std::string_view> names_of<bargain::SmpVictory>() {
  return spelled_by_to_string<bargain::SmpVictory, 5>();
}
template <>
std::span<const std::string_view> names_of<bargain::SmpPce>() {
  return spelled_by_to_string<bargain::SmpPce, 3>();
}
template <>
std::span<const std::string_view> names_of<bargain::SmpTransitions>() {
  return spelled_by_to_string<bargain::SmpTransitions, 2>();
}

}  // namespace lattice::model

namespace lattice::query {

std::vector<ParamError> BargainRequest::validate() const {
  std::vector<ParamError> errors;
  if (simulate) return errors;
  const auto needs = [&errors](const char* name) {
    errors.push_back({name, ParamError::Kind::kMissing, "needs --simulate"});
  };
  if (perturb) needs("perturb");
  if (monte_carlo.seed) needs("seed");
  if (monte_carlo.threads) needs("threads");
  return errors;
}

namespace {

// The stakeholder file: from disk, else (for a path of examples/ that is not on disk) the copy
// built into the binary, so the examples run from any folder.
bargain::Scenario read_stakeholders(const std::string& path) {
  core::Diagnostics diags;
  bargain::Scenario s;
  std::error_code ec;
  const bool on_disk = std::filesystem::exists(path, ec);
  const bargain::EmbeddedExample* embedded = nullptr;
  if (!on_disk) {
    for (const auto& e : bargain::embedded_examples()) {
      const std::string name = "examples/" + std::string(e.path);
      if (path == name || (path.size() > name.size() && path.ends_with("/" + name))) embedded = &e;
    }
  }
  s = embedded ? bargain::parse_scenario(embedded->content, path, diags)
               : bargain::load_scenario(path, diags);
  if (diags.has_errors()) {
    std::vector<std::string> lines;
    for (const auto& d : diags.items()) lines.push_back(d.to_string());
    throw std::runtime_error(core::join(lines, "\n"));
  }
  return s;
}

bargain::BdmOptions bdm_options(const BargainRequest& r) {
  bargain::BdmOptions o;
  o.q = r.q;
  o.t = r.t;
  o.security = r.security;
  o.risk_range = r.risk_range;
  o.choice = r.offer_choice;
  o.max_rounds = r.max_rounds;
  o.tolerance = r.tolerance;
  o.stable_rounds = r.stable_rounds;
  return o;
}

bargain::SmpOptions smp_options(const BargainRequest& r) {
  bargain::SmpOptions o;
  o.voting = r.voting;
  o.victory = r.victory;
  o.pce = r.pce;
  o.transitions = r.transitions;
  o.max_turns = r.max_turns;
  o.seed = r.transition_seed;
  return o;
}

}  // namespace

BargainResult bargain(const Env& env, const BargainRequest& request) {
  BargainResult r;
  r.scenario = read_stakeholders(request.file.text);
  r.method = request.method;
  const bargain::Scenario& s = r.scenario;
  if (request.method == BargainMethod::kSmp && s.actors.size() > bargain::kSmpMaxActors)
    throw std::runtime_error(
        fmt::format("{}: error: smp takes at most {} actors (KTAB's limit); the file has {}",
                    request.file.text, bargain::kSmpMaxActors, s.actors.size()));
  if (request.simulate) {
    bargain::Forecaster f;
    switch (request.method) {
      case BargainMethod::kCompromise:
        f = bargain::compromise_forecaster();
        break;
      case BargainMethod::kBdm:
        f = bargain::bdm_forecaster(bdm_options(request));
        break;
      case BargainMethod::kSmp:
        f = [o = smp_options(request)](const bargain::Scenario& sc) {
          return bargain::smp(sc, o).forecast;
        };
        break;
    }
    bargain::SimulateOptions o;
    o.runs = static_cast<std::size_t>(*request.simulate);
    o.perturb = request.perturb.value_or(BargainRequest::kDefaultPerturb);
    o.seed = request.monte_carlo.seed_or();
    o.threads = request.monte_carlo.thread_count();
    o.progress = runs_progress(env);
    r.simulation = bargain::simulate(s, f, o);
    return r;
  }
  switch (request.method) {
    case BargainMethod::kCompromise:
      r.compromise = bargain::compromise(s);
      break;
    case BargainMethod::kBdm:
      r.compromise = bargain::compromise(s);
      r.bdm = bargain::bdm(s, bdm_options(request));
      break;
    case BargainMethod::kSmp:
      r.smp = bargain::smp(s, smp_options(request));
      break;
  }
  return r;
}

BargainExamplesResult bargain_examples(const Env& env) {
  BargainExamplesResult out;
  const std::vector<std::string>& shown = env.model->analysis().report.bargain_examples;
  for (const auto& e : bargain::embedded_examples()) {
    if (std::find(shown.begin(), shown.end(), e.id) == shown.end()) continue;
    core::Diagnostics diags;
    const std::string path = "examples/" + std::string(e.path);
    bargain::Scenario s = bargain::parse_scenario(e.content, path, diags);
    if (diags.has_errors()) {
      for (const auto& d : diags.items()) out.left_out.push_back(d.to_string());
      continue;
    }
    out.examples.push_back(bargain_example(std::string(e.id), std::move(s)));
  }
  return out;
}

BargainExampleResult bargain_example(std::string id, bargain::Scenario s) {
  BargainExampleResult x;
  x.id = std::move(id);
  x.compromise = bargain::compromise(s);
  x.bdm = bargain::bdm(s);
  x.smp = bargain::smp(s);
  for (size_t d = 0; d < s.dimensions.size(); ++d) {
    std::vector<double> means;
    for (const auto& turn : x.smp.history) {
      std::vector<double> xs, ws;
      for (size_t a = 0; a < s.actors.size() && a < turn.size(); ++a) {
        xs.push_back(turn[a][d]);
        ws.push_back(s.actors[a].capability * s.actors[a].saliences[d]);
      }
      means.push_back(bargain::weighted_mean(xs, ws));
    }
    x.smp_step_forecast.push_back(std::move(means));
  }
  x.scenario = std::move(s);
  return x;
}

}  // namespace lattice::query
