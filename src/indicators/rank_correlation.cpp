// Spearman rank correlation (average ranks for ties) and its p-value.
#include "indicators/rank_correlation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lattice::indicators {

std::vector<double> average_ranks(const std::vector<double>& values) {
  const size_t n = values.size();
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(n);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j + 1 < n && values[order[j + 1]] == values[order[i]]) ++j;
    const double avg = (static_cast<double>(i + 1) + static_cast<double>(j + 1)) / 2.0;
    for (size_t k = i; k <= j; ++k) ranks[order[k]] = avg;
    i = j + 1;
  }
  return ranks;
}

std::optional<double> pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const size_t n = x.size();
  if (n < 2 || y.size() != n) return std::nullopt;
  const double mx = std::accumulate(x.begin(), x.end(), 0.0) / static_cast<double>(n);
  const double my = std::accumulate(y.begin(), y.end(), 0.0) / static_cast<double>(n);
  double sxy = 0, sxx = 0, syy = 0;
  for (size_t i = 0; i < n; ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  if (sxx <= 0 || syy <= 0) return std::nullopt;
  return sxy / std::sqrt(sxx * syy);
}

namespace {

// Continued fraction for the incomplete beta (Numerical Recipes' betacf, modified Lentz).
double beta_cf(double x, double a, double b) {
  constexpr double kTiny = 1e-300, kEps = 1e-15;
  const double qab = a + b, qap = a + 1, qam = a - 1;
  double c = 1, d = 1 - qab * x / qap;
  if (std::fabs(d) < kTiny) d = kTiny;
  d = 1 / d;
  double h = d;
  for (int m = 1; m <= 500; ++m) {
    const int m2 = 2 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    const double del = d * c;
    h *= del;
    if (std::fabs(del - 1) < kEps) break;
  }
  return h;
}

}  // namespace

double incomplete_beta(double x, double a, double b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) +
                                a * std::log(x) + b * std::log1p(-x));
  if (x < (a + 1) / (a + b + 2)) return front * beta_cf(x, a, b) / a;
  return 1 - front * beta_cf(1 - x, b, a) / b;
}

double student_t_two_sided_p(double t, double df) {
  if (!std::isfinite(t)) return 0;
  return incomplete_beta(df / (df + t * t), df / 2, 0.5);
}

SpearmanResult spearman(const std::vector<double>& x, const std::vector<double>& y) {
  SpearmanResult r;
  r.n = static_cast<int>(std::min(x.size(), y.size()));
  if (r.n < 3 || x.size() != y.size()) return r;
  const std::vector<double> rx = average_ranks(x), ry = average_ranks(y);
  r.rho = pearson(rx, ry);
  if (!r.rho) return r;
  const double rho = *r.rho;
  if (r.n <= 8) {
    // Exact: every ordering of y's ranks against x's is equally likely under independence.
    std::vector<double> perm = ry;
    std::sort(perm.begin(), perm.end());
    long long hits = 0, total = 0;
    do {
      const auto p = pearson(rx, perm);
      ++total;
      if (p && std::fabs(*p) >= std::fabs(rho) - 1e-12) ++hits;
    } while (std::next_permutation(perm.begin(), perm.end()));
    // next_permutation skips duplicate orderings of tied ranks; each distinct ordering stands for
    // the same number of labelled permutations, so the proportion is unchanged.
    r.p_value = static_cast<double>(hits) / static_cast<double>(total);
    r.p_method = "exact permutation";
  } else {
    const double df = r.n - 2;
    const double denom = 1 - rho * rho;
    const double t = denom <= 0 ? INFINITY : rho * std::sqrt(df / denom);
    r.p_value = student_t_two_sided_p(t, df);
    r.p_method = "t approximation, n-2 df";
  }
  return r;
}

}  // namespace lattice::indicators
