// The Bueno de Mesquita expected-utility model as specified by Scholz, Calbert and Smith (2011,
// J. Theoretical Politics 23(4)): probabilities of success, utilities, security levels, risk
// exponents, offers (conflict, compromise, capitulation) and rounds until positions settle; the
// forecast of each round is the Condorcet (weighted) median. Each dimension is bargained
// separately. Choices the published accounts leave open are options. Pure.
#pragma once

#include <string>
#include <vector>

#include "bargain/scenario.h"

namespace lattice::bargain {

// Which expected utilities an actor's security level sums.
enum class SecurityLevel {
  kOthersChallenging,  // sum over j of E^j(U_ji): what the others expect from challenging i
  kOwnChallenges,      // sum over j of E^i(U_ij): what i expects from challenging the others
};
// Over which values the security level is normalised into R_i in [-1, 1].
enum class RiskRange {
  kActors,                // max and min of the security levels of all actors
  kAlternativePositions,  // max and min of i's security level were i at each actor's position
};
// How an actor picks among the offers it receives.
enum class OfferChoice {
  kSmallestMove,  // the offer that moves it least
  kLargestGain,   // the offer whose proposer expects most from it
};

struct BdmOptions {
  double q = 1.0;  // probability the status quo persists when i does not challenge
  double t = 1.0;  // probability a changing status quo improves for i (matters when q < 1)
  SecurityLevel security = SecurityLevel::kOthersChallenging;
  RiskRange risk_range = RiskRange::kActors;
  OfferChoice choice = OfferChoice::kSmallestMove;
  int max_rounds = 100;
  // Settled when no position moves more than this in a round, on the 0-1 scale (0.001: a
  // thousandth of the dimension's range). Compromise moves shrink geometrically, so a tolerance
  // near 0 can take hundreds of rounds without changing the forecast.
  double tolerance = 1e-3;
  // Also settled when the round's forecast (the Condorcet median) has moved no more than the
  // tolerance in this many consecutive rounds; 0 (the default) turns this rule off. It can stop
  // early: on dummyData_6Dim.csv Dim3 the median stays at 85 for nine rounds, then falls to 72.68.
  int stable_rounds = 0;
};

// Why the rounds of a dimension stopped.
enum class BdmStop {
  kPositionsSettled,  // no position moved more than the tolerance in the last round
  kMedianStable,      // the median stayed put for stable_rounds consecutive rounds
  kMaxRounds,         // max_rounds were played without settling
};
std::string to_string(BdmStop s);

enum class OfferType { kConflict, kCompromise, kCapitulation };
std::string to_string(OfferType t);

// The round values of a challenge of i to j (positions normalised to [0, 1]).
struct BdmPair {
  size_t i = 0, j = 0;
  double p = 0;          // P^i: probability i wins a contest with j
  double u_success = 0;  // U_s^i
  double u_failure = 0;  // U_f^i
  double u_sq = 0;       // U_sq^i
  double u_better = 0;   // U_b^i
  double u_worse = 0;    // U_w^i
  double eu_i = 0;       // E^i(U_ij): i's expected utility of challenging j
  double eu_j = 0;       // E^j(U_ji): j's expected utility of challenging i
};

struct BdmOffer {
  size_t from = 0, to = 0;
  OfferType type = OfferType::kConflict;
  double eu_from = 0, eu_to = 0;
  double position = 0;  // where the offer asks `to` to move (input scale)
  bool accepted = false;
};

struct BdmRound {
  std::vector<double> positions;  // at the start of the round (input scale)
  double median = 0;              // Condorcet median of these positions: the round's forecast
  double mean = 0;                // capability x salience weighted mean
  std::vector<double> security;   // per actor
  std::vector<double> risk;       // risk exponent r_i in [0.5, 2]
  std::vector<BdmOffer> offers;
};

struct BdmDimension {
  std::string name;
  std::vector<BdmRound> rounds;
  std::vector<BdmPair> round_one;  // all ordered pairs of round one
  std::vector<double> final_positions;
  double forecast = 0;   // Condorcet median of the final positions
  bool settled = false;  // stopped by kPositionsSettled or kMedianStable
  BdmStop stop = BdmStop::kMaxRounds;
};

struct BdmResult {
  BdmOptions options;
  std::vector<BdmDimension> dimensions;
};

// The Condorcet winner among the positions xs under votes w_k (|x_k - b| - |x_k - a|); the
// weighted median when no position beats or ties all others.
double condorcet_median(const std::vector<double>& xs, const std::vector<double>& ws);

BdmResult bdm(const Scenario& s, const BdmOptions& o = {});

}  // namespace lattice::bargain
