// The spatial model of politics (SMP) as KAPSARC's KTAB toolkit (smpc) runs it: actors hold
// positions in several dimensions at once, infer risk attitudes from how likely their positions
// are to prevail, challenge the actor whose defeat gains them most, form a bargain with it and
// accept, among the bargains that involve them, the one most likely to win a vote of all actors.
// Turns repeat until positions stop moving. The defaults are KTAB's defaults, reproduced to the
// order of operations so that runs match KTAB's logs. Pure; safe from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bargain/scenario.h"

namespace lattice::bargain {

// How an actor's difference in utility between two options becomes a vote (KTAB VotingRule).
enum class SmpVoting { kBinary, kPropBin, kProportional, kPropCubic, kCubic, kAsymProspect };
// How two coalition strengths become a probability of victory (KTAB VPModel).
enum class SmpVictory { kLinear, kSquare, kQuartic, kOctic, kBinary };
// How pairwise victory probabilities become the probability of each option (KTAB PCEModel).
enum class SmpPce { kConditional, kMarkovIncentive, kMarkovUniform };
// Which bargain an actor takes: the most probable, or one drawn by probability (seeded).
enum class SmpTransitions { kDeterministic, kStochastic };

std::string to_string(SmpVoting v);
std::string to_string(SmpVictory v);
std::string to_string(SmpPce v);
std::string to_string(SmpTransitions v);
// Parse the names to_string gives (e.g. "proportional", "linear", "conditional",
// "deterministic"); nullopt for anything else.
std::optional<SmpVoting> parse_smp_voting(std::string_view s);
std::optional<SmpVictory> parse_smp_victory(std::string_view s);
std::optional<SmpPce> parse_smp_pce(std::string_view s);
std::optional<SmpTransitions> parse_smp_transitions(std::string_view s);

struct SmpOptions {
  SmpVoting voting = SmpVoting::kProportional;
  SmpVictory victory = SmpVictory::kLinear;
  SmpPce pce = SmpPce::kConditional;
  SmpTransitions transitions = SmpTransitions::kDeterministic;
  int max_turns = 100;            // KTAB: 100
  int min_turns = 2;              // KTAB: 2
  double min_delta_ratio = 0.02;  // stop when a turn moves less than this share of turn one
  uint64_t seed = 1;              // only used by stochastic transitions
};

// What actor i did in one turn.
struct SmpChallenge {
  int target = -1;             // the actor i challenged; -1 when no challenge gains anything
  double expected_gain = 0;    // i's estimate of its gain in utility from the challenge
  double win_probability = 0;  // i's estimate of the probability that it beats the target
  std::vector<double> own;     // the bargain: where i would move (input scale)
  std::vector<double> target_position;  // and where the target would move (input scale)
};

// The bargain actor k took at the end of a turn.
struct SmpAcceptance {
  int initiator = -1;            // who proposed it (== receiver == k for the status quo)
  int receiver = -1;             // whom it was proposed to
  size_t options = 0;            // how many bargains involved k (status quo included)
  double probability = 0;        // probability of the chosen bargain among them
  std::vector<double> position;  // k's position afterwards (input scale)
};

struct SmpTurn {
  std::vector<double> risk;  // inferred risk attitude R_i in [-0.5, 1] at the start of the turn
  std::vector<SmpChallenge> challenges;  // per actor
  std::vector<SmpAcceptance> accepted;   // per actor
  double distance = 0;                   // summed Euclidean moves of all actors (0-1 scale)
  double ratio = 0;  // distance / (turn one's distance + 1e-4): the stopping statistic
};

struct SmpResult {
  SmpOptions options;
  double scale_lo = 0, scale_hi = 100;  // the input scale mapped to [0, 1]
  // history[t][actor][dim]: positions before turn t+1 (history[0] = the input), input scale.
  std::vector<std::vector<std::vector<double>>> history;
  std::vector<SmpTurn> turns;                        // turns[t] explains history[t] -> history[t+1]
  std::vector<std::vector<double>> final_positions;  // [actor][dim]
  // Per dimension: the final positions' mean weighted by capability x salience on it.
  std::vector<double> forecast;
  bool converged = false;  // stopped by the change ratio rather than by max_turns
};

// One actor's utility for a position at weighted distance d in [0, 1] with risk attitude r:
// (1 - d)(1 + d r); beyond 1, (1 - d)(1 + r).
double smp_utility(double d, double r);
// The salience-weighted distance sqrt(sum s_k^2 (a_k - b_k)^2 / sum s_k^2).
double smp_distance(const std::vector<double>& a, const std::vector<double>& b,
                    const std::vector<double>& sal);
// The vote of an actor of weight w for option 1 over option 2, utilities u1 and u2.
double smp_vote(SmpVoting rule, double w, double u1, double u2);
// The probability that coalition strength s1 beats s2.
double smp_victory(SmpVictory model, double s1, double s2);
// Option probabilities from a square matrix of coalition strengths c[i][j] (i against j).
std::vector<double> smp_option_probabilities(const std::vector<std::vector<double>>& c,
                                             SmpVictory victory, SmpPce pce);
// KTAB's S2P2 interpolation on one dimension: the positions t_i, t_j with saliences s_i, s_j
// and probabilities p_i, p_j become (b_i, b_j), weights s^2 p^2, rounded to 1e-4.
std::pair<double, double> smp_interpolate(double ti, double si, double pi, double tj, double sj,
                                          double pj);

// KTAB's upper limit on actors; each turn costs O(n^3), so the CLI refuses larger files.
constexpr size_t kSmpMaxActors = 250;

// Runs the model. Positions of KTAB files are on 0-100; other files are mapped from the range
// their positions span. Requires at least two actors and one dimension.
SmpResult smp(const Scenario& s, const SmpOptions& o = {});

}  // namespace lattice::bargain
