// The BDM expected-utility model (Scholz, Calbert and Smith 2011), one dimension at a time.
#include "bargain/bdm.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "bargain/compromise.h"

namespace lattice::bargain {

std::string to_string(OfferType t) {
  switch (t) {
    case OfferType::kConflict:
      return "conflict";
    case OfferType::kCompromise:
      return "compromise";
    case OfferType::kCapitulation:
      return "capitulation";
  }
  return "";
}

std::string to_string(BdmStop s) {
  switch (s) {
    case BdmStop::kPositionsSettled:
      return "positions-settled";
    case BdmStop::kMedianStable:
      return "median-stable";
    case BdmStop::kMaxRounds:
      return "max-rounds";
  }
  return "";
}

double condorcet_median(const std::vector<double>& xs, const std::vector<double>& ws) {
  for (size_t a = 0; a < xs.size(); ++a) {
    bool beats_all = true;
    for (size_t b = 0; b < xs.size() && beats_all; ++b) {
      double margin = 0;
      for (size_t k = 0; k < xs.size(); ++k)
        margin += ws[k] * (std::abs(xs[k] - xs[b]) - std::abs(xs[k] - xs[a]));
      if (margin < -1e-12) beats_all = false;
    }
    if (beats_all) return xs[a];
  }
  return weighted_median(xs, ws);
}

namespace {

// One dimension's state on the 0-1 scale.
struct Dim {
  std::vector<double> x;  // positions
  std::vector<double> s;  // saliences
  std::vector<double> w;  // capability x salience
};

double utility(double base, double r) {
  return 2 - 4 * std::pow(std::max(base, 0.0), r);
}

// P^i(ij): the share of the votes in the contest of i and j that go to i.
double prob_success(const Dim& d, size_t i, size_t j) {
  double pro = 0, all = 0;
  for (size_t k = 0; k < d.x.size(); ++k) {
    const double v = d.w[k] * (std::abs(d.x[k] - d.x[j]) - std::abs(d.x[k] - d.x[i]));
    if (v > 0) pro += v;
    all += std::abs(v);
  }
  return all > 0 ? pro / all : 0.5;
}

// The values of i challenging j with risk exponent r and median mu.
BdmPair challenge(const Dim& d, size_t i, size_t j, double r, double mu, const BdmOptions& o) {
  BdmPair p;
  p.i = i;
  p.j = j;
  const double dij = std::abs(d.x[i] - d.x[j]), dmu = std::abs(d.x[i] - mu);
  p.p = prob_success(d, i, j);
  p.u_success = utility(0.5 - 0.5 * dij, r);
  p.u_failure = utility(0.5 + 0.5 * dij, r);
  p.u_sq = utility(0.5, r);
  p.u_better = utility(0.5 - 0.25 * (dmu + dij), r);
  p.u_worse = utility(0.5 + 0.25 * (dmu + dij), r);
  p.eu_i = d.s[j] * (p.p * p.u_success + (1 - p.p) * p.u_failure) + (1 - d.s[j]) * p.u_success -
           o.q * p.u_sq - (1 - o.q) * (o.t * p.u_better + (1 - o.t) * p.u_worse);
  return p;
}

// The security level of i (risk-neutral utilities, r = 1).
double security(const Dim& d, size_t i, double mu, const BdmOptions& o) {
  double sum = 0;
  for (size_t j = 0; j < d.x.size(); ++j) {
    if (j == i) continue;
    sum += o.security == SecurityLevel::kOthersChallenging ? challenge(d, j, i, 1, mu, o).eu_i
                                                           : challenge(d, i, j, 1, mu, o).eu_i;
  }
  return sum;
}

double risk_exponent(double level, double lo, double hi) {
  const double big_r = hi - lo > 1e-12 ? (2 * level - hi - lo) / (hi - lo) : 0;
  return (1 - big_r / 3) / (1 + big_r / 3);
}

}  // namespace

BdmResult bdm(const Scenario& sc, const BdmOptions& o) {
  BdmResult result;
  result.options = o;
  const size_t n = sc.actors.size();
  for (size_t dim = 0; dim < sc.dimensions.size(); ++dim) {
    BdmDimension out;
    out.name = sc.dimensions[dim];
    Dim d;
    double lo = n > 0 ? sc.actors[0].positions[dim] : 0, hi = lo;
    for (const auto& a : sc.actors) {
      lo = std::min(lo, a.positions[dim]);
      hi = std::max(hi, a.positions[dim]);
    }
    const double span = hi - lo > 0 ? hi - lo : 1;
    for (const auto& a : sc.actors) {
      d.x.push_back((a.positions[dim] - lo) / span);
      d.s.push_back(a.saliences[dim]);
      d.w.push_back(a.capability * a.saliences[dim]);
    }
    auto scale = [&](double v) { return lo + v * span; };
    auto scaled = [&](const std::vector<double>& v) {
      std::vector<double> r;
      for (double x : v) r.push_back(scale(x));
      return r;
    };
    int stable = 0;  // consecutive rounds in which the median stayed put
    if (n == 0) {
      out.settled = true;
      out.stop = BdmStop::kPositionsSettled;
    }
    for (int round = 0; round < o.max_rounds && n > 0; ++round) {
      BdmRound br;
      br.positions = scaled(d.x);
      const double mu = condorcet_median(d.x, d.w);
      br.median = scale(mu);
      br.mean = scale(weighted_mean(d.x, d.w));
      // Security levels and risk exponents.
      br.security.resize(n);
      for (size_t i = 0; i < n; ++i) br.security[i] = security(d, i, mu, o);
      br.risk.resize(n);
      const auto [mn, mx] = std::minmax_element(br.security.begin(), br.security.end());
      for (size_t i = 0; i < n; ++i) {
        double a = *mn, b = *mx;
        if (o.risk_range == RiskRange::kAlternativePositions) {
          a = std::numeric_limits<double>::max();
          b = std::numeric_limits<double>::lowest();
          Dim alt = d;
          for (size_t k = 0; k < n; ++k) {
            alt.x[i] = d.x[k];
            const double v = security(alt, i, mu, o);
            a = std::min(a, v);
            b = std::max(b, v);
          }
        }
        br.risk[i] = risk_exponent(br.security[i], a, b);
      }
      // Offers: i's view of each contest with j (perfect information).
      std::vector<double> next = d.x;
      std::vector<int> best(n, -1);
      std::vector<double> targets;  // per offer, on the 0-1 scale
      for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < n; ++j) {
          if (i == j || std::abs(d.x[i] - d.x[j]) < 1e-12) continue;
          BdmPair p = challenge(d, i, j, br.risk[i], mu, o);
          p.eu_j = challenge(d, j, i, br.risk[j], mu, o).eu_i;
          if (round == 0) out.round_one.push_back(p);
          BdmOffer offer;
          offer.from = i;
          offer.to = j;
          offer.eu_from = p.eu_i;
          offer.eu_to = p.eu_j;
          double target = d.x[i];
          if (p.eu_i > 0 && p.eu_j > 0) {
            if (p.eu_i <= p.eu_j) continue;  // j expects to win: no offer from i
            offer.type = OfferType::kConflict;
          } else if (p.eu_i > 0 && p.eu_j < 0) {
            if (p.eu_i > -p.eu_j) {
              offer.type = OfferType::kCompromise;
              target = d.x[j] + (d.x[i] - d.x[j]) * (-p.eu_j / p.eu_i);
            } else {
              offer.type = OfferType::kCapitulation;
            }
          } else {
            continue;
          }
          offer.position = scale(target);
          br.offers.push_back(offer);
          targets.push_back(target);
          const int k = static_cast<int>(br.offers.size()) - 1;
          if (best[j] < 0) {
            best[j] = k;
          } else {
            const BdmOffer& b = br.offers[best[j]];
            const bool better =
                o.choice == OfferChoice::kSmallestMove
                    ? std::abs(target - d.x[j]) < std::abs(targets[best[j]] - d.x[j])
                    : offer.eu_from > b.eu_from;
            if (better) best[j] = k;
          }
        }
      }
      double moved = 0;
      for (size_t j = 0; j < n; ++j) {
        if (best[j] < 0) continue;
        BdmOffer& b = br.offers[best[j]];
        b.accepted = true;
        next[j] = targets[best[j]];
        moved = std::max(moved, std::abs(next[j] - d.x[j]));
      }
      out.rounds.push_back(std::move(br));
      d.x = next;
      stable = std::abs(condorcet_median(d.x, d.w) - mu) <= o.tolerance ? stable + 1 : 0;
      if (moved <= o.tolerance) {
        out.settled = true;
        out.stop = BdmStop::kPositionsSettled;
        break;
      }
      if (o.stable_rounds > 0 && stable >= o.stable_rounds) {
        out.settled = true;
        out.stop = BdmStop::kMedianStable;
        break;
      }
    }
    out.final_positions = scaled(d.x);
    out.forecast = scale(condorcet_median(d.x, d.w));
    result.dimensions.push_back(std::move(out));
  }
  return result;
}

}  // namespace lattice::bargain
