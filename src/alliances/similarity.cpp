// S-scores, kappa and tau-b of valued alliance portfolios.
#include "alliances/similarity.h"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>

#include "alliances/alliance_data.h"

namespace lattice::alliances {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

Portfolios portfolios(const YearNetwork& net, const Capabilities* caps) {
  Portfolios p;
  p.year = net.year;
  p.ccodes = net.ccodes;
  const size_t n = p.ccodes.size();
  p.codes.assign(n * n, 0);
  for (size_t i = 0; i < n; ++i) p.codes[i * n + i] = kMaxCode;
  for (const Edge& e : net.edges) {
    p.codes[static_cast<size_t>(e.u) * n + static_cast<size_t>(e.v)] = static_cast<uint8_t>(e.code);
    p.codes[static_cast<size_t>(e.v) * n + static_cast<size_t>(e.u)] = static_cast<uint8_t>(e.code);
  }
  p.weights.assign(n, 0.0);
  double total = 0;
  for (size_t i = 0; i < n; ++i) {
    std::optional<double> c = caps ? caps->cinc(p.ccodes[i], net.year) : std::nullopt;
    if (!c) {
      ++p.missing_cinc;
      continue;
    }
    p.weights[i] = *c;
    total += *c;
  }
  if (total > 0)
    for (double& w : p.weights) w /= total;
  return p;
}

double s_score(const uint8_t* a, const uint8_t* b, size_t n, const double* w) {
  if (n == 0) return kNaN;
  if (!w) {
    long sum = 0;
    for (size_t k = 0; k < n; ++k) sum += std::abs(int(a[k]) - int(b[k]));
    return 1.0 - 2.0 * double(sum) / (double(n) * kMaxCode);
  }
  double dist = 0, total = 0;
  for (size_t k = 0; k < n; ++k) {
    dist += w[k] * std::abs(int(a[k]) - int(b[k]));
    total += w[k];
  }
  if (total <= 0) return kNaN;
  return 1.0 - 2.0 * dist / (total * kMaxCode);
}

CodeTable code_table(const uint8_t* a, const uint8_t* b, size_t n) {
  CodeTable t{};
  for (size_t k = 0; k < n; ++k) ++t[a[k] & 3][b[k] & 3];
  return t;
}

double cohen_kappa(const CodeTable& t) {
  double total = 0, observed = 0;
  std::array<double, 4> rows{}, cols{};
  for (int u = 0; u < 4; ++u)
    for (int v = 0; v < 4; ++v) {
      double c = double(t[u][v]);
      total += c;
      observed += c * std::abs(u - v);
      rows[u] += c;
      cols[v] += c;
    }
  if (total == 0) return kNaN;
  double expected = 0;
  for (int u = 0; u < 4; ++u)
    for (int v = 0; v < 4; ++v) expected += rows[u] * cols[v] * std::abs(u - v);
  observed /= total;
  expected /= total * total;
  if (expected == 0) return kNaN;
  return 1.0 - observed / expected;
}

double kendall_tau_b(const CodeTable& t) {
  double concordant = 0, discordant = 0, total = 0;
  std::array<double, 4> rows{}, cols{};
  for (int u = 0; u < 4; ++u)
    for (int v = 0; v < 4; ++v) {
      double c = double(t[u][v]);
      total += c;
      rows[u] += c;
      cols[v] += c;
      for (int u2 = u + 1; u2 < 4; ++u2)
        for (int v2 = 0; v2 < 4; ++v2) {
          if (v2 > v) concordant += c * double(t[u2][v2]);
          if (v2 < v) discordant += c * double(t[u2][v2]);
        }
    }
  double n0 = total * (total - 1) / 2, n1 = 0, n2 = 0;
  for (int u = 0; u < 4; ++u) {
    n1 += rows[u] * (rows[u] - 1) / 2;
    n2 += cols[u] * (cols[u] - 1) / 2;
  }
  double denom = (n0 - n1) * (n0 - n2);
  if (denom <= 0) return kNaN;
  return (concordant - discordant) / std::sqrt(denom);
}

Similarity similarity(const Portfolios& p, size_t i, size_t j) {
  const size_t n = p.size();
  Similarity s;
  s.s_unweighted = s_score(p.row(i), p.row(j), n, nullptr);
  s.s_weighted = s_score(p.row(i), p.row(j), n, p.weights.data());
  s.table = code_table(p.row(i), p.row(j), n);
  s.kappa = cohen_kappa(s.table);
  s.tau_b = kendall_tau_b(s.table);
  s.code = i == j ? kMaxCode : p.row(i)[j];
  return s;
}

std::vector<double> s_matrix(const Portfolios& p, bool weighted) {
  const size_t n = p.size();
  std::vector<double> out(n * n, 1.0);
  if (n == 0) return out;
  const double* w = weighted ? p.weights.data() : nullptr;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t* a = p.row(i);
    for (size_t j = i + 1; j < n; ++j) {
      double s = s_score(a, p.row(j), n, w);
      out[i * n + j] = s;
      out[j * n + i] = s;
    }
  }
  if (weighted) {
    double total = 0;
    for (double x : p.weights) total += x;
    if (total <= 0) std::fill(out.begin(), out.end(), kNaN);
  }
  return out;
}

}  // namespace lattice::alliances
