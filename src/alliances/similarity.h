// Similarity of alliance portfolios: Signorino & Ritter's (1999) S (unweighted and weighted by
// CINC share), Cohen's kappa as proposed for foreign-policy similarity by Häge (2011), and
// Kendall's tau-b (Bueno de Mesquita 1975), all over the valued codes (0..3) of two states'
// ties to every state in the COW system that year. A state's tie to itself is coded 3, the
// maximum, as in Bueno de Mesquita (1975) and Signorino & Ritter (1999). Pure functions;
// Portfolios is an immutable value, safe to share between threads.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "alliances/capabilities.h"
#include "alliances/year_network.h"

namespace lattice::alliances {

// The valued alliance portfolios of a year's states: an n x n matrix of codes.
struct Portfolios {
  int year = 0;
  std::vector<int> ccodes;      // as the network's nodes
  std::vector<uint8_t> codes;   // row-major n x n; codes[i*n+k] = a_ik; a_ii = 3
  std::vector<double> weights;  // CINC share of each state (sums to 1; a state without a score
                                // weighs 0); all 0 when no state has a score
  int missing_cinc = 0;         // states without a CINC score that year
  size_t size() const { return ccodes.size(); }
  const uint8_t* row(size_t i) const { return codes.data() + i * ccodes.size(); }
};

// The portfolios of a network's states. caps may be null (weights all 0). O(n^2).
Portfolios portfolios(const YearNetwork& net, const Capabilities* caps);

// S = 1 - 2 * sum_k w_k |a_k - b_k| / (sum_k w_k * 3) over n entries; w null means w_k = 1.
// NaN when n = 0 or the weights sum to 0. O(n).
double s_score(const uint8_t* a, const uint8_t* b, size_t n, const double* w);

// The 4 x 4 table of a pair: table[u][v] = number of k with a_k = u and b_k = v.
using CodeTable = std::array<std::array<long, 4>, 4>;
CodeTable code_table(const uint8_t* a, const uint8_t* b, size_t n);

// Cohen's kappa with absolute-distance disagreement (Häge 2011): 1 - D_o / D_e, where
// D_o = sum_uv t_uv |u - v| / N and D_e = sum_uv r_u c_v |u - v| / N^2 (r, c: the margins of
// the table). NaN when D_e = 0 (both portfolios constant). O(1).
double cohen_kappa(const CodeTable& t);
// Kendall's tau-b of the table: (C - D) / sqrt((n0 - n1)(n0 - n2)), n0 = N(N-1)/2, n1 and n2 the
// pairs tied on a and on b. NaN when a denominator factor is 0. O(1).
double kendall_tau_b(const CodeTable& t);

struct Similarity {
  double s_unweighted = 0;
  double s_weighted = 0;  // NaN when no state has a CINC score
  double kappa = 0;
  double tau_b = 0;
  CodeTable table{};
  int code = 0;  // the code of the tie between the two states
};

// Every measure for the states at indices i and j of p. O(n).
Similarity similarity(const Portfolios& p, size_t i, size_t j);

// The full symmetric n x n matrix of S (row-major; 1 on the diagonal), unweighted or weighted
// by CINC share. O(n^3) with a vectorisable inner loop.
std::vector<double> s_matrix(const Portfolios& p, bool weighted);

}  // namespace lattice::alliances
