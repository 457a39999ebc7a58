// Cascades: an event, then round after round the parties whose pledges it engages join the side
// they protect and act against the attacker, which may engage the attacker's allies in turn, until
// nobody new joins. Rules are in docs/scenarios.md ("Cascades"). Returns results; never prints.
// The functions are safe to call from several threads at once on the same model.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model/model.h"
#include "scenario/evaluate.h"

namespace lattice::scenario {

// The two sides: the initiator's (the first attacker) and the side of the party it attacked.
enum class Side { kAttacker, kDefender };

std::string_view side_name(Side s);

struct CascadeOptions {
  int max_rounds = 10;               // rounds evaluated, round 0 (the event) included; at least 1
  bool include_conditional = false;  // conditional pledges make a party join, not just "may join"
  // How a joining party acts against the attacker: an armed attack on its armed forces at the
  // place of the first event (the default), or on its territory.
  model::TargetKind response = model::TargetKind::kArmedForces;
};

// A party drawn in (or that may be drawn in) by one finding.
struct Joiner {
  std::string actor;
  Side side = Side::kDefender;
  std::string protects;  // the party attacked in the event that engaged the pledge
  std::string against;   // the attacker in that event, whom the joiner acts against
  std::string commitment, framework, article;
  std::string reason;
  bool conditional = false;  // the finding was conditional
};

struct CascadeRound {
  int number = 0;
  std::vector<Event> events;      // the events evaluated in this round
  std::vector<Joiner> joiners;    // new parties drawn in, in evaluation order
  std::vector<Joiner> may_join;   // conditional findings that did not make the party join
  std::vector<Joiner> declined;   // pledges that applied but were not honoured (simulation)
  std::vector<Finding> breaches;  // non-aggression pledges the round's events would break
  std::vector<Finding> engaged;   // other pledges engaged that do not draw a party in
};

struct CascadeResult {
  Event event;  // round 0's event; its attacker is the initiator
  std::vector<CascadeRound> rounds;
  std::vector<std::string> attackers, defenders;  // final sides, in order of joining
  std::string stop;                               // "no_new_joiners" or "max_rounds"
};

// Whether a finding can draw its pledging party in: defense and offense pledges, and legal options
// to use force (an armed attack or survival-threatening situation). Consultation, basing,
// assistance and the rest are listed as engaged; non-aggression pledges as breaches.
bool draws_in(const Finding& f);

// The deterministic cascade of event e (which must pass check_event): triggered pledges draw their
// party in; conditional ones only with options.include_conditional.
CascadeResult cascade(const model::Model& m, const Event& e, const CascadeOptions& options);

// The general form used by the simulation. evaluate_event returns the evaluation of an event (it
// may cache); honour decides whether an applicable triggered or conditional finding that can draw
// its party in is acted on (false: listed in `declined`, or in `may_join` for a conditional one).
// A string that identifies an event (all its fields), for caching evaluations.
std::string event_key(const Event& e);

using EventEvaluator = std::function<const EvaluationResult&(const Event&)>;
using HonourRule = std::function<bool(const Finding&)>;
CascadeResult cascade(const model::Model& m, const Event& e, const CascadeOptions& options,
                      const EventEvaluator& evaluate_event, const HonourRule& honour);

}  // namespace lattice::scenario
