// Event evaluation: for one event (who attacks whom, what, where, how, when), every commitment in
// force on the date is found triggered, conditional or not triggered, with a reason in plain
// words. Rules are in docs/scenarios.md. Returns results; never prints.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "model/model.h"

namespace lattice::scenario {

struct Event {
  std::string by;       // attacker (actor id)
  std::string against;  // party attacked (actor id)
  model::TargetKind target = model::TargetKind::kTerritory;
  std::string at;  // place id or state id; empty: the territory of `against`
  model::EventKind kind = model::EventKind::kArmedAttack;
  core::Day day;
  // The party that started the conflict, for `not_if_initiator`; empty: `by`. A cascade sets it to
  // the first attacker in every round.
  std::string initiator;
};

// The initiator of e: e.initiator, or e.by when it is empty.
const std::string& initiator_of(const Event& e);

enum class Verdict { kTriggered, kConditional, kNotTriggered };

// One commitment as it applies to one pledging party.
struct Finding {
  Verdict verdict = Verdict::kNotTriggered;
  std::string commitment;  // commitment id
  std::string actor;       // the pledged party
  std::vector<std::string> toward;
  std::string framework;
  std::string article;
  model::CommitmentType type = model::CommitmentType::kDefense;
  std::string reason;
  std::vector<std::string> caveats;  // caveat spellings
  std::vector<std::string> sources;  // as written in the model
  bool breach = false;               // a non-aggression pledge the event would break
  bool legal_option = false;         // domestic law reported as an option, not a pledge
  model::Situation situation = model::Situation::kNone;  // of the matching clause (legal options)
};

struct EvaluationResult {
  Event event;
  std::string place;  // the place used (event.at or the territory of the party attacked)
  std::vector<Finding> triggered, conditional, not_triggered;
  size_t not_in_force = 0;  // commitments skipped because not in force on the date
};

// An error message when the event cannot be evaluated (unknown ids, attacker = attacked), or "".
std::string check_event(const model::Model& m, const Event& e);
// Evaluates the event against every commitment of the model. The event must pass check_event.
EvaluationResult evaluate(const model::Model& m, const Event& e);

// Whether commitment c binds pledging party `by` on day (framework in force, commitment dates,
// membership when the framework has membership rows).
bool in_force(const model::Model& m, const model::Commitment& c, const std::string& by,
              core::Day day);

std::string_view verdict_name(Verdict v);

}  // namespace lattice::scenario
