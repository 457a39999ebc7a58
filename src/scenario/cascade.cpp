// Cascades of events, round by round (rules in docs/scenarios.md, "Cascades").
#include "scenario/cascade.h"

#include <algorithm>
#include <map>
#include <optional>

#include "model/vocabulary.h"

namespace lattice::scenario {

namespace {

// Who is on which side so far, in order of joining.
struct Sides {
  std::vector<std::string> attackers, defenders;

  std::optional<Side> of(const std::string& actor) const {
    if (std::find(attackers.begin(), attackers.end(), actor) != attackers.end())
      return Side::kAttacker;
    if (std::find(defenders.begin(), defenders.end(), actor) != defenders.end())
      return Side::kDefender;
    return std::nullopt;
  }
  void add(const std::string& actor, Side s) {
    (s == Side::kAttacker ? attackers : defenders).push_back(actor);
  }
};

Joiner joiner_of(const Finding& f, const Event& ev, Side side, bool conditional) {
  Joiner j;
  j.actor = f.actor;
  j.side = side;
  j.protects = ev.against;
  j.against = ev.by;
  j.commitment = f.commitment;
  j.framework = f.framework;
  j.article = f.article;
  j.reason = f.reason;
  j.conditional = conditional;
  return j;
}

bool listed(const std::vector<Joiner>& v, const Finding& f) {
  return std::any_of(v.begin(), v.end(), [&](const Joiner& j) {
    return j.actor == f.actor && j.commitment == f.commitment;
  });
}

}  // namespace

std::string_view side_name(Side s) {
  return s == Side::kAttacker ? "attacker" : "defender";
}

bool draws_in(const Finding& f) {
  switch (f.type) {
    case model::CommitmentType::kDefense:
    case model::CommitmentType::kOffense:
      return true;
    case model::CommitmentType::kLegalOption:
      return f.situation == model::Situation::kArmedAttackSituation ||
             f.situation == model::Situation::kSurvivalThreateningSituation;
    default:
      return false;
  }
}

std::string event_key(const Event& e) {
  std::string k = e.by;
  for (const std::string* s : {&e.against, &e.at, &initiator_of(e)}) {
    k += '|';
    k += *s;
  }
  for (int n : {static_cast<int>(e.target), static_cast<int>(e.kind), e.day.serial}) {
    k += '|';
    k += std::to_string(n);
  }
  return k;
}

CascadeResult cascade(const model::Model& m, const Event& e, const CascadeOptions& options,
                      const EventEvaluator& evaluate_event, const HonourRule& honour) {
  (void)m;
  CascadeResult res;
  res.event = e;
  res.event.initiator = initiator_of(e);
  Sides sides;
  sides.add(e.by, Side::kAttacker);
  sides.add(e.against, Side::kDefender);
  const std::string first_place = e.at.empty() ? e.against : e.at;

  std::vector<Event> pending = {res.event};
  res.stop = "no_new_joiners";
  for (int round = 0; !pending.empty(); ++round) {
    if (round >= std::max(1, options.max_rounds)) {
      res.stop = "max_rounds";
      break;
    }
    CascadeRound cr;
    cr.number = round;
    cr.events = pending;
    std::vector<Event> next;
    for (const Event& ev : pending) {
      const EvaluationResult& r = evaluate_event(ev);
      const Side side = sides.of(ev.against).value_or(Side::kDefender);
      auto consider = [&](const Finding& f, bool conditional) {
        if (f.breach) {
          // Only the initiator's acts break non-aggression pledges; a party drawn in acts in
          // collective self-defense against an armed attack (UN Charter Art. 51).
          if (ev.by == res.event.initiator) cr.breaches.push_back(f);
          return;
        }
        if (!draws_in(f)) {
          if (!conditional) cr.engaged.push_back(f);
          return;
        }
        // A party already drawn in (on either side), or the attacker itself, does not join again.
        if (f.actor == ev.by || sides.of(f.actor)) return;
        Joiner j = joiner_of(f, ev, side, conditional);
        if (conditional && !options.include_conditional) {
          if (!listed(cr.may_join, f)) cr.may_join.push_back(std::move(j));
          return;
        }
        if (!honour(f)) {
          auto& list = conditional ? cr.may_join : cr.declined;
          if (!listed(list, f)) list.push_back(std::move(j));
          return;
        }
        sides.add(f.actor, side);
        Event act;
        act.by = f.actor;
        act.against = ev.by;
        act.kind = model::EventKind::kArmedAttack;
        act.target = options.response;
        act.at = options.response == model::TargetKind::kTerritory ? "" : first_place;
        act.day = ev.day;
        act.initiator = res.event.initiator;
        next.push_back(std::move(act));
        cr.joiners.push_back(std::move(j));
      };
      for (const auto& f : r.triggered) consider(f, false);
      for (const auto& f : r.conditional) consider(f, true);
    }
    res.rounds.push_back(std::move(cr));
    pending = std::move(next);
  }
  res.attackers = sides.attackers;
  res.defenders = sides.defenders;
  return res;
}

CascadeResult cascade(const model::Model& m, const Event& e, const CascadeOptions& options) {
  std::map<std::string, EvaluationResult> cache;
  const EventEvaluator eval = [&](const Event& ev) -> const EvaluationResult& {
    const std::string key = event_key(ev);
    auto it = cache.find(key);
    if (it == cache.end()) it = cache.emplace(key, evaluate(m, ev)).first;
    return it->second;
  };
  return cascade(m, e, options, eval, [](const Finding&) { return true; });
}

}  // namespace lattice::scenario
