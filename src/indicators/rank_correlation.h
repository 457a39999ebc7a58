// Spearman rank correlation with average ranks for ties, and its two-sided p-value (an exact
// permutation test for small samples, else the t-distribution approximation). Pure functions;
// safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lattice::indicators {

// Ranks 1..n of values, ties given the average of the ranks they span ({10, 20, 20} -> {1,
// 2.5, 2.5}). O(n log n).
std::vector<double> average_ranks(const std::vector<double>& values);

// Pearson correlation of two equally long vectors; nullopt when n < 2 or either is constant.
std::optional<double> pearson(const std::vector<double>& x, const std::vector<double>& y);

struct SpearmanResult {
  int n = 0;
  std::optional<double> rho;      // nullopt when n < 3 or a variable is constant
  std::optional<double> p_value;  // two-sided; nullopt when rho is
  std::string p_method;           // "exact permutation" (n <= 8) or "t approximation, n-2 df"
};

// Spearman's rho = the Pearson correlation of the average ranks (exact with ties). The p-value is
// exact (all n! orderings of y's ranks, counting |rho'| >= |rho|) for n <= 8, else from
// t = rho * sqrt((n-2) / (1-rho^2)) with n-2 degrees of freedom. O(n! n) for n <= 8, else O(n log
// n).
SpearmanResult spearman(const std::vector<double>& x, const std::vector<double>& y);

// Two-sided p-value of Student's t with df degrees of freedom: P(|T| >= |t|).
double student_t_two_sided_p(double t, double df);

// The regularised incomplete beta function I_x(a, b), for 0 <= x <= 1, a, b > 0.
double incomplete_beta(double x, double a, double b);

}  // namespace lattice::indicators
