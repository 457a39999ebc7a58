// Monte Carlo over cascades (rules in docs/scenarios.md, "Simulation").
#include "scenario/simulate.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "core/random.h"

namespace lattice::scenario {

namespace {

// Counts over a contiguous block of runs.
struct Tally {
  std::vector<size_t> attacker_sizes, defender_sizes;
  std::map<std::string, Involvement> actors;
  std::map<std::string, size_t> paths;
  size_t stopped_at_max_rounds = 0;

  static void bump(std::vector<size_t>& v, size_t k) {
    if (v.size() <= k) v.resize(k + 1, 0);
    ++v[k];
  }
  static void add_counts(std::vector<size_t>& v, const std::vector<size_t>& w) {
    if (v.size() < w.size()) v.resize(w.size(), 0);
    for (size_t k = 0; k < w.size(); ++k) v[k] += w[k];
  }
  void add(const CascadeResult& c) {
    bump(attacker_sizes, c.attackers.size());
    bump(defender_sizes, c.defenders.size());
    for (const auto& a : c.attackers) {
      auto& x = actors[a];
      x.actor = a;
      ++x.attacker;
    }
    for (const auto& d : c.defenders) {
      auto& x = actors[d];
      x.actor = d;
      ++x.defender;
    }
    ++paths[escalation_path(c)];
    if (c.stop == "max_rounds") ++stopped_at_max_rounds;
  }
  void merge(const Tally& t) {
    add_counts(attacker_sizes, t.attacker_sizes);
    add_counts(defender_sizes, t.defender_sizes);
    for (const auto& [id, x] : t.actors) {
      auto& y = actors[id];
      y.actor = id;
      y.attacker += x.attacker;
      y.defender += x.defender;
    }
    for (const auto& [p, n] : t.paths) paths[p] += n;
    stopped_at_max_rounds += t.stopped_at_max_rounds;
  }
};

}  // namespace

std::string escalation_path(const CascadeResult& c) {
  std::string out;
  for (const auto& r : c.rounds) {
    if (r.joiners.empty()) continue;
    if (!out.empty()) out += " -> ";
    for (size_t i = 0; i < r.joiners.size(); ++i) out += (i ? ", " : "") + r.joiners[i].actor;
  }
  return out.empty() ? "(no one joins)" : out;
}

double default_credibility(model::CommitmentType type) {
  // Pledges of every type: the share of alliance obligations honoured in Leeds, Long and Mitchell
  // (2000). Legal options promise nothing to a partner: no evidence either way, hence 0.5.
  return type == model::CommitmentType::kLegalOption ? 0.5 : 0.745;
}

double credibility_of(const model::Commitment& c, const std::map<std::string, double>& overrides) {
  if (auto it = overrides.find(c.id); it != overrides.end()) return it->second;
  if (c.credibility) return *c.credibility;
  return default_credibility(c.type);
}

SimulationResult simulate(const model::Model& m, const Event& e, const SimulationOptions& options) {
  std::unordered_map<std::string, double> cred;
  for (const auto& c : m.commitments()) cred[c.id] = credibility_of(c, options.credibility);

  const size_t runs = options.runs;
  const size_t threads = std::max<size_t>(
      1, std::min<size_t>(std::max(1u, options.threads), std::max<size_t>(runs, 1)));
  std::vector<Tally> tallies(threads);
  std::atomic<size_t> done{0};
  std::mutex progress_mutex;
  const size_t report_every = std::max<size_t>(1, runs / 100);

  auto work = [&](size_t t) {
    const size_t begin = runs * t / threads, end = runs * (t + 1) / threads;
    std::map<std::string, EvaluationResult> cache;  // per thread: evaluations do not change
    const EventEvaluator eval = [&](const Event& ev) -> const EvaluationResult& {
      const std::string key = event_key(ev);
      auto it = cache.find(key);
      if (it == cache.end()) it = cache.emplace(key, evaluate(m, ev)).first;
      return it->second;
    };
    for (size_t i = begin; i < end; ++i) {
      core::Random rng = core::Random::for_run(options.seed, i);
      std::map<std::string, bool> decided;  // (commitment, actor) -> honoured, once per run
      const HonourRule honour = [&](const Finding& f) {
        const std::string key = f.commitment + "|" + f.actor;
        if (auto it = decided.find(key); it != decided.end()) return it->second;
        double p = cred.count(f.commitment) ? cred.at(f.commitment) : 0.0;
        if (f.verdict == Verdict::kConditional) p *= options.conditional_factor;
        const bool yes = rng.uniform() < p;
        decided.emplace(key, yes);
        return yes;
      };
      tallies[t].add(cascade(m, e, options.cascade, eval, honour));
      const size_t n = ++done;
      if (options.progress && (n % report_every == 0 || n == runs)) {
        std::lock_guard<std::mutex> lock(progress_mutex);
        options.progress(n, runs);
      }
    }
  };
  if (threads == 1) {
    work(0);
  } else {
    std::vector<std::thread> pool;
    for (size_t t = 0; t < threads; ++t) pool.emplace_back(work, t);
    for (auto& th : pool) th.join();
  }

  Tally all;
  for (const auto& t : tallies) all.merge(t);
  SimulationResult res;
  res.runs = runs;
  res.seed = options.seed;
  res.attacker_sizes = all.attacker_sizes;
  res.defender_sizes = all.defender_sizes;
  res.stopped_at_max_rounds = all.stopped_at_max_rounds;
  for (const auto& [id, x] : all.actors) res.actors.push_back(x);
  std::stable_sort(res.actors.begin(), res.actors.end(),
                   [](const Involvement& a, const Involvement& b) {
                     return a.attacker + a.defender > b.attacker + b.defender;
                   });
  for (const auto& [p, n] : all.paths) res.paths.push_back({p, n});
  res.distinct_paths = res.paths.size();
  std::stable_sort(res.paths.begin(), res.paths.end(),
                   [](const PathCount& a, const PathCount& b) { return a.runs > b.runs; });
  if (res.paths.size() > 10) res.paths.resize(10);
  return res;
}

}  // namespace lattice::scenario
