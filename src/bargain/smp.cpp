// The spatial model of politics as KTAB's smpc runs it. Sums and products are taken in KTAB's
// order so that near-ties between bargains resolve as they do in KTAB's reference runs.
#include "bargain/smp.h"

#include <algorithm>
#include <cmath>

#include "core/random.h"

namespace lattice::bargain {

namespace {

constexpr double kMinCoalition = 1e-8;        // floor of a coalition in a vote among options
constexpr double kMinChallenge = 1e-10;       // floor of a coalition in a challenge of i to j
constexpr double kMinSignificantGain = 1e-5;  // a challenge must gain more than this
constexpr double kMinInterpWeight = 1e-6;     // keeps the bargain interpolation away from 0/0
constexpr double kMinSignificantMove = 1e-4;  // added to turn one's distance in the ratio

template <typename E>
struct Named {
  E value;
  const char* name;
};

constexpr Named<SmpVoting> kVotingNames[] = {{SmpVoting::kBinary, "binary"},
                                             {SmpVoting::kPropBin, "prop-bin"},
                                             {SmpVoting::kProportional, "proportional"},
                                             {SmpVoting::kPropCubic, "prop-cubic"},
                                             {SmpVoting::kCubic, "cubic"},
                                             {SmpVoting::kAsymProspect, "asym-prospect"}};
constexpr Named<SmpVictory> kVictoryNames[] = {{SmpVictory::kLinear, "linear"},
                                               {SmpVictory::kSquare, "square"},
                                               {SmpVictory::kQuartic, "quartic"},
                                               {SmpVictory::kOctic, "octic"},
                                               {SmpVictory::kBinary, "binary"}};
constexpr Named<SmpPce> kPceNames[] = {{SmpPce::kConditional, "conditional"},
                                       {SmpPce::kMarkovIncentive, "markov-incentive"},
                                       {SmpPce::kMarkovUniform, "markov-uniform"}};
constexpr Named<SmpTransitions> kTransitionNames[] = {
    {SmpTransitions::kDeterministic, "deterministic"}, {SmpTransitions::kStochastic, "stochastic"}};

template <typename E, size_t N>
std::string name_of(const Named<E> (&table)[N], E v) {
  for (const auto& e : table)
    if (e.value == v) return e.name;
  return "";
}
template <typename E, size_t N>
std::optional<E> value_of(const Named<E> (&table)[N], std::string_view s) {
  for (const auto& e : table)
    if (s == e.name) return e.value;
  return std::nullopt;
}

using Matrix = std::vector<std::vector<double>>;

// KTAB's rounding of bargain coordinates to four decimals (on the 0-1 scale).
double round4(double x) {
  return static_cast<double>(static_cast<long long>(0.5 + x * 10000.0)) / 10000.0;
}

// Squared-salience weighted distance, accumulated as KTAB does.
double distance(const double* a, const double* b, const double* s, size_t dims) {
  double ds2 = 0, s2 = 0;
  for (size_t k = 0; k < dims; ++k) {
    const double ds = (a[k] - b[k]) * s[k];
    ds2 = ds2 + ds * ds;
    s2 = s2 + s[k] * s[k];
  }
  return s2 > 0 ? std::sqrt(ds2 / s2) : 0.0;  // an actor that cares for nothing is indifferent
}

// Option probabilities from pairwise victory probabilities, one conditional step.
std::vector<double> conditional_pce(const Matrix& pv) {
  const size_t m = pv.size();
  std::vector<double> p(m);
  for (size_t i = 0; i < m; ++i) {
    double pi = 1.0;
    for (size_t j = 0; j < m; ++j) pi = pi * pv[i][j];
    p[i] = pi;
  }
  double all = 0;
  for (double v : p) all = all + v;
  for (double& v : p) v = v / all;
  return p;
}

// Markov chain in which every option challenges the favourite with equal probability.
std::vector<double> markov_uniform_pce(const Matrix& pv) {
  const size_t m = pv.size();
  std::vector<double> p(m, 1.0 / static_cast<double>(m)), q(m);
  double change = 1;
  for (int iter = 0; change > 1e-6 && iter < 1000; ++iter) {
    change = 0;
    for (size_t i = 0; i < m; ++i) {
      double pi = 0;
      for (size_t j = 0; j < m; ++j) pi = pi + pv[i][j] * (p[i] + p[j]);
      q[i] = pi / static_cast<double>(m);
      change = std::max(change, std::abs(q[i] - p[i]));
    }
    for (size_t i = 0; i < m; ++i) p[i] = (p[i] + q[i]) / 2.0;
  }
  return p;
}

// Markov chain in which challenges come in proportion to the incentive to challenge.
std::vector<double> markov_incentive_pce(const Matrix& c, const Matrix& pv) {
  const size_t m = c.size();
  Matrix incentive(m, std::vector<double>(m)), challenge(m, std::vector<double>(m));
  for (size_t i = 0; i < m; ++i)
    for (size_t j = 0; j < m; ++j) incentive[i][j] = c[i][j] * pv[i][j] + (i == j ? 1e-10 : 0.0);
  for (size_t j = 0; j < m; ++j) {
    double sum = 0;
    for (size_t k = 0; k < m; ++k) sum = sum + incentive[k][j];
    for (size_t i = 0; i < m; ++i) challenge[i][j] = incentive[i][j] / sum;
  }
  std::vector<double> p(m, 1.0 / static_cast<double>(m)), q(m);
  double change = 1;
  for (int iter = 0; change > 1e-8 && iter < 1000; ++iter) {
    change = 0;
    for (size_t i = 0; i < m; ++i) {
      double qi = 0;
      for (size_t j = 0; j < m; ++j)
        qi = qi + pv[i][j] * (p[i] * challenge[j][i] + p[j] * challenge[i][j]);
      q[i] = qi;
      change = std::max(change, std::abs(q[i] - p[i]));
    }
    for (size_t i = 0; i < m; ++i) p[i] = (p[i] + q[i]) / 2.0;
  }
  return p;
}

// Coalition strengths of options (columns of u) among actors (rows) of weights w.
Matrix coalitions(const Matrix& u, const std::vector<double>& w, SmpVoting rule) {
  const size_t na = u.size(), m = na ? u[0].size() : 0;
  Matrix c(m, std::vector<double>(m, 0.0));
  for (size_t i = 0; i < m; ++i) {
    for (size_t j = 0; j < i; ++j) {
      double cij = kMinCoalition, cji = kMinCoalition;
      for (size_t k = 0; k < na; ++k) {
        const double v = smp_vote(rule, w[k], u[k][i], u[k][j]);
        if (v > 0) cij = cij + v;
        if (v < 0) cji = cji - v;
      }
      c[i][j] = cij;
      c[j][i] = cji;
    }
    c[i][i] = kMinCoalition;
  }
  return c;
}

// The model's state in one turn (all on the 0-1 scale).
class Turn {
 public:
  Turn(const std::vector<std::vector<double>>& x, const std::vector<std::vector<double>>& sal,
       const std::vector<double>& cap, const SmpOptions& o)
      : x_(x), sal_(sal), cap_(cap), o_(o), n_(x.size()), dims_(n_ ? x[0].size() : 0) {
    sal_sum_.resize(n_);
    for (size_t i = 0; i < n_; ++i) {
      double s = 0;
      for (double v : sal_[i]) s = s + v;
      sal_sum_[i] = s;
    }
    dist_.assign(n_, std::vector<double>(n_));
    for (size_t i = 0; i < n_; ++i)
      for (size_t j = 0; j < n_; ++j)
        dist_[i][j] = distance(x_[i].data(), x_[j].data(), sal_[i].data(), dims_);
    infer_risk();
  }

  const std::vector<double>& risk() const { return risk_; }

  // h's estimate of the utility to i of j's position.
  double util(size_t h, size_t i, size_t j) const {
    return smp_utility(dist_[i][j], ((2.0 * risk_[h]) + risk_[i]) / 3.0);
  }

  // h's estimate (utilities uh[a][b]) of the probability that i beats j and the expected gain
  // to k of i challenging j.
  std::pair<double, double> challenge(const Matrix& uh, size_t k, size_t i, size_t j) const {
    const double eu_sq = uh[k][i] + uh[k][j];
    const double u_win = uh[k][i] + uh[k][i];
    const double u_lose = uh[k][j] + uh[k][j];
    const double si = sal_sum_[i], sj = sal_sum_[j];
    const double ci = smp_vote(o_.voting, si * cap_[i], uh[i][i], uh[i][j]);
    const double cj = smp_vote(o_.voting, sj * cap_[j], uh[j][i], uh[j][j]);
    double chij = kMinChallenge, chji = kMinChallenge;
    if (ci > 0) chij = chij + ci;
    if (ci < 0) chji = chji - ci;
    if (cj > 0) chij = chij + cj;
    if (cj < 0) chji = chji - cj;
    const double base_i = chij, base_j = chji;
    for (size_t m = 0; m < n_; ++m) {
      if (m == i || m == j) continue;
      const double wm = sal_sum_[m] * cap_[m];
      const double umi = uh[m][i], umj = uh[m][j], umm = uh[m][m];
      // m's view of the little contest of i, j and itself.
      const double vm = smp_vote(o_.voting, wm, umi, umj);
      const double cmi = vm > 0 ? base_i + vm : base_i;
      const double cmj = vm < 0 ? base_j - vm : base_j;
      const double pin = cmi / (cmi + cmj), pjn = 1.0 - pin;
      // Semi-committed third party: the utilities of joining i or j, summed over three positions.
      const double u_join_i = pin * (umi + umi + umm) + pjn * (umj + umj + umj);
      const double u_join_j = pin * (umi + umi + umi) + pjn * (umj + umj + umm);
      const double v = smp_vote(o_.voting, wm, u_join_i, u_join_j);
      if (v > 0) chij = chij + v;
      if (v < 0) chji = chji - v;
    }
    const double pij = chij / (chij + chji), pji = chji / (chij + chji);
    const double eu_contest = pij * u_win + pji * u_lose;
    const double eu_challenge = (1 - sj) * u_win + sj * eu_contest;
    return {pij, eu_challenge - eu_sq};
  }

  // i's estimates of its own utilities: uh[a][b] for h = i.
  void estimates(size_t h, Matrix& uh) const {
    uh.assign(n_, std::vector<double>(n_));
    for (size_t a = 0; a < n_; ++a) {
      const double r = ((2.0 * risk_[h]) + risk_[a]) / 3.0;
      for (size_t b = 0; b < n_; ++b) uh[a][b] = smp_utility(dist_[a][b], r);
    }
  }

  // The utility to a of the position p, with a's own risk attitude.
  double pos_util(size_t a, const std::vector<double>& p) const {
    return smp_utility(distance(x_[a].data(), p.data(), sal_[a].data(), dims_), risk_[a]);
  }

 private:
  void infer_risk() {
    // Risk-neutral values; coalitions weighted by capability alone; option probabilities.
    Matrix u(n_, std::vector<double>(n_));
    for (size_t i = 0; i < n_; ++i)
      for (size_t j = 0; j < n_; ++j) u[i][j] = smp_utility(dist_[i][j], 0.0);
    const auto p = smp_option_probabilities(coalitions(u, cap_, o_.voting), o_.victory, o_.pce);
    double lo = 1.0, hi = 0.0;
    for (double v : p) {
      lo = v < lo ? v : lo;
      hi = v > hi ? v : hi;
    }
    risk_.assign(n_, 0.0);
    // KTAB's "Mid" range: the least likely position gets -1/2, the most likely +1.
    if (hi > lo)
      for (size_t i = 0; i < n_; ++i) risk_[i] = (3 * p[i] - (hi + 2 * lo)) / (2 * (hi - lo));
  }

  const std::vector<std::vector<double>>& x_;
  const std::vector<std::vector<double>>& sal_;
  const std::vector<double>& cap_;
  const SmpOptions& o_;
  size_t n_, dims_;
  std::vector<double> sal_sum_, risk_;
  Matrix dist_;
};

struct Bargain {
  size_t init = 0, rcvr = 0;
  std::vector<double> pos_init, pos_rcvr;  // 0-1 scale
};

double state_distance(const std::vector<std::vector<double>>& a,
                      const std::vector<std::vector<double>>& b) {
  double sum = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    double s = 0;
    for (size_t k = 0; k < a[i].size(); ++k) s = s + (a[i][k] - b[i][k]) * (a[i][k] - b[i][k]);
    sum = sum + std::sqrt(s);
  }
  return sum;
}

}  // namespace

std::string to_string(SmpVoting v) {
  return name_of(kVotingNames, v);
}
std::string to_string(SmpVictory v) {
  return name_of(kVictoryNames, v);
}
std::string to_string(SmpPce v) {
  return name_of(kPceNames, v);
}
std::string to_string(SmpTransitions v) {
  return name_of(kTransitionNames, v);
}
std::optional<SmpVoting> parse_smp_voting(std::string_view s) {
  return value_of(kVotingNames, s);
}
std::optional<SmpVictory> parse_smp_victory(std::string_view s) {
  return value_of(kVictoryNames, s);
}
std::optional<SmpPce> parse_smp_pce(std::string_view s) {
  return value_of(kPceNames, s);
}
std::optional<SmpTransitions> parse_smp_transitions(std::string_view s) {
  return value_of(kTransitionNames, s);
}

double smp_utility(double d, double r) {
  return d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
}

double smp_distance(const std::vector<double>& a, const std::vector<double>& b,
                    const std::vector<double>& sal) {
  return distance(a.data(), b.data(), sal.data(), std::min({a.size(), b.size(), sal.size()}));
}

double smp_vote(SmpVoting rule, double w, double u1, double u2) {
  const double du = u1 - u2;
  double bin = du / 1e-8;
  bin = bin > 1 ? 1 : (bin < -1 ? -1 : bin);
  switch (rule) {
    case SmpVoting::kBinary:
      return w * bin;
    case SmpVoting::kPropBin:
      return w * ((1 - 0.2) * du + 0.2 * bin);
    case SmpVoting::kProportional:
      return w * du;
    case SmpVoting::kPropCubic:
      return w * ((1 - 0.5) * du + 0.5 * du * du * du);
    case SmpVoting::kCubic:
      return w * (du * du * du);
    case SmpVoting::kAsymProspect:
      return du < 0 ? w * du : (2.0 * w * du) / 3.0;
  }
  return 0;
}

double smp_victory(SmpVictory model, double s1, double s2) {
  double x1 = s1, x2 = s2;
  switch (model) {
    case SmpVictory::kLinear:
      break;
    case SmpVictory::kSquare:
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case SmpVictory::kQuartic:
      x1 = s1 * s1 * s1 * s1;
      x2 = s2 * s2 * s2 * s2;
      break;
    case SmpVictory::kOctic:
      x1 = std::pow(s1, 8);
      x2 = std::pow(s2, 8);
      break;
    case SmpVictory::kBinary: {
      const double t = 1.10;  // a 10% advantage decides; linear in between
      if (s1 >= t * s2) return 1.0 / (1.0 + 1e-6);
      if (s2 >= t * s1) return 1e-6 / (1e-6 + 1.0);
      const double r = s1 / (s1 + s2);
      x1 = (r * (t + 1.0) - 1.0) / (t - 1.0);
      x2 = 1 - x1;
      break;
    }
  }
  return x1 / (x1 + x2);
}

std::vector<double> smp_option_probabilities(const Matrix& c, SmpVictory victory, SmpPce pce) {
  const size_t m = c.size();
  Matrix pv(m, std::vector<double>(m));
  for (size_t i = 0; i < m; ++i) {
    for (size_t j = 0; j < i; ++j) {
      pv[i][j] = smp_victory(victory, c[i][j], c[j][i]);
      pv[j][i] = smp_victory(victory, c[j][i], c[i][j]);
    }
    pv[i][i] = 0.5;
  }
  switch (pce) {
    case SmpPce::kConditional:
      return conditional_pce(pv);
    case SmpPce::kMarkovIncentive:
      return markov_incentive_pce(c, pv);
    case SmpPce::kMarkovUniform:
      return markov_uniform_pce(pv);
  }
  return {};
}

std::pair<double, double> smp_interpolate(double ti, double si, double pi, double tj, double sj,
                                          double pj) {
  const double wi = (si * si) * (pi * pi), wj = (sj * sj) * (pj * pj);
  const double bi = round4(((wi + kMinInterpWeight) * ti + wj * tj) / (wi + kMinInterpWeight + wj));
  const double bj = round4((wi * ti + (kMinInterpWeight + wj) * tj) / (wi + kMinInterpWeight + wj));
  return {bi, bj};
}

SmpResult smp(const Scenario& s, const SmpOptions& o) {
  SmpResult r;
  r.options = o;
  const size_t n = s.actors.size(), dims = s.dimensions.size();
  // KTAB's files are on 0-100; other files, and KTAB files whose positions leave 0-100, are mapped
  // from the span of their positions.
  if (n > 0) {
    double lo = s.actors[0].positions.empty() ? 0 : s.actors[0].positions[0], hi = lo;
    for (const auto& a : s.actors)
      for (double v : a.positions) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
    if (s.format != "ktab" || lo < 0 || hi > 100) {
      r.scale_lo = lo;
      r.scale_hi = hi > lo ? hi : lo + 1;
    }
  }
  const double lo = r.scale_lo, span = r.scale_hi - r.scale_lo;
  auto to_input = [&](const std::vector<double>& v) {
    std::vector<double> out(v.size());
    // Rounded to 1e-9 so that 0.786 prints as 78.6 rather than 78.60000000000001.
    for (size_t k = 0; k < v.size(); ++k) out[k] = std::round((lo + v[k] * span) * 1e9) / 1e9;
    return out;
  };
  auto state_to_input = [&](const std::vector<std::vector<double>>& st) {
    std::vector<std::vector<double>> out;
    for (const auto& p : st) out.push_back(to_input(p));
    return out;
  };

  std::vector<std::vector<double>> x(n), sal(n);
  std::vector<double> cap(n);
  for (size_t i = 0; i < n; ++i) {
    const Actor& a = s.actors[i];
    cap[i] = a.capability;
    for (size_t k = 0; k < dims; ++k) {
      x[i].push_back(k < a.positions.size() ? (a.positions[k] - lo) / span : 0.0);
      sal[i].push_back(k < a.saliences.size() ? a.saliences[k] : 0.0);
    }
  }
  std::vector<std::vector<std::vector<double>>> states{x};
  r.history.push_back(state_to_input(x));
  core::Random rng(o.seed);  // the one generator (core/random.h); one stream per SMP run
  auto uniform = [&rng]() { return rng.uniform(); };

  for (int iter = 1; n > 0 && dims > 0 && iter <= std::max(o.max_turns, 1); ++iter) {
    const auto& cur = states.back();
    const Turn turn(cur, sal, cap, o);
    SmpTurn out;
    out.risk = turn.risk();
    out.challenges.resize(n);
    out.accepted.resize(n);

    // Each actor's best challenge and the bargain it proposes, in actor order.
    std::vector<std::vector<size_t>> involving(n);  // indices into bargains
    std::vector<Bargain> bargains;
    Matrix uh;
    for (size_t i = 0; i < n; ++i) {
      turn.estimates(i, uh);
      int best = -1;
      double best_gain = -1.0, best_p = 0;
      for (size_t j = 0; j < n; ++j) {
        if (j == i) continue;
        const auto [p, gain] = turn.challenge(uh, i, i, j);
        if (kMinSignificantGain < gain && best_gain < gain) {
          best = static_cast<int>(j);
          best_gain = gain;
          best_p = p;
        }
      }
      if (best < 0) continue;
      const auto j = static_cast<size_t>(best);
      Bargain b{i, j, std::vector<double>(dims), std::vector<double>(dims)};
      for (size_t k = 0; k < dims; ++k) {
        const auto [bi, bj] =
            smp_interpolate(cur[i][k], sal[i][k], best_p, cur[j][k], sal[j][k], 1 - best_p);
        b.pos_init[k] = bi;
        b.pos_rcvr[k] = bj;
      }
      SmpChallenge& c = out.challenges[i];
      c.target = best;
      c.expected_gain = best_gain;
      c.win_probability = best_p;
      c.own = to_input(b.pos_init);
      c.target_position = to_input(b.pos_rcvr);
      involving[i].push_back(bargains.size());
      involving[j].push_back(bargains.size());
      bargains.push_back(std::move(b));
    }

    // Each actor takes the bargain (status quo first) most likely to win a vote of all actors.
    std::vector<double> self_sum(n);  // sum over positions m of a's utility of m
    Matrix own(n, std::vector<double>(n));
    for (size_t a = 0; a < n; ++a) {
      double sum = 0;
      for (size_t m = 0; m < n; ++m) {
        own[a][m] = turn.util(a, a, m);
        sum = sum + own[a][m];
      }
      self_sum[a] = sum;
    }
    std::vector<std::vector<double>> next(n);
    for (size_t k = 0; k < n; ++k) {
      const size_t nb = 1 + involving[k].size();
      Matrix u(n, std::vector<double>(nb));
      for (size_t a = 0; a < n; ++a) {
        u[a][0] = self_sum[a] / static_cast<double>(n);
        for (size_t m = 1; m < nb; ++m) {
          const Bargain& b = bargains[involving[k][m - 1]];
          double avg = 0.0;
          avg = avg + turn.pos_util(a, b.pos_init);
          avg = avg + turn.pos_util(a, b.pos_rcvr);
          for (size_t q = 0; q < n; ++q)
            if (q != b.init && q != b.rcvr) avg = avg + own[a][q];
          u[a][m] = avg / static_cast<double>(n);
        }
      }
      const auto p = smp_option_probabilities(coalitions(u, cap, o.voting), o.victory, o.pce);
      size_t chosen = 0;
      if (o.transitions == SmpTransitions::kDeterministic) {
        double best = -1.0;
        for (size_t m = 0; m < nb; ++m)
          if (best < std::abs(p[m])) {
            best = std::abs(p[m]);
            chosen = m;
          }
      } else {
        double total = 0;
        for (double v : p) total += v;
        const double draw = uniform() * total;
        double acc = 0;
        chosen = nb - 1;
        for (size_t m = 0; m < nb; ++m) {
          acc += p[m];
          if (draw < acc) {
            chosen = m;
            break;
          }
        }
      }
      SmpAcceptance& acc = out.accepted[k];
      acc.options = nb;
      acc.probability = p[chosen];
      if (chosen == 0) {
        acc.initiator = acc.receiver = static_cast<int>(k);
        next[k] = cur[k];
      } else {
        const Bargain& b = bargains[involving[k][chosen - 1]];
        acc.initiator = static_cast<int>(b.init);
        acc.receiver = static_cast<int>(b.rcvr);
        next[k] = b.init == k ? b.pos_init : b.pos_rcvr;
      }
      acc.position = to_input(next[k]);
    }

    states.push_back(std::move(next));
    out.distance = state_distance(states[states.size() - 2], states.back());
    const double first = state_distance(states[0], states[1]) + kMinSignificantMove;
    out.ratio = out.distance / first;
    r.turns.push_back(std::move(out));
    r.history.push_back(state_to_input(states.back()));
    if (iter >= o.min_turns && r.turns.back().ratio < o.min_delta_ratio) {
      r.converged = true;
      break;
    }
  }

  r.final_positions = r.history.back();
  r.forecast.assign(dims, 0.0);
  for (size_t k = 0; k < dims; ++k) {
    double sw = 0, swx = 0, sx = 0;
    for (size_t i = 0; i < n; ++i) {
      const double w = cap[i] * sal[i][k];
      sw += w;
      swx += w * r.final_positions[i][k];
      sx += r.final_positions[i][k];
    }
    r.forecast[k] = sw > 0 ? swx / sw : (n > 0 ? sx / static_cast<double>(n) : 0.0);
  }
  return r;
}

}  // namespace lattice::bargain
