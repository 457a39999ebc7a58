// Evaluation of one event against the commitments of a model (rules in docs/scenarios.md).
#include "scenario/evaluate.h"

#include <algorithm>

#include "model/vocabulary.h"
#include "scenario/geography.h"

namespace lattice::scenario {

namespace {

using model::CommitmentType;
using model::EventKind;
using model::TargetKind;

bool contains(const std::vector<std::string>& v, std::string_view x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::string names(const model::Model& m, const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) out += (i + 1 == ids.size()) ? " or " : ", ";
    out += ids[i] == "any" ? "any state" : m.display_name(ids[i]);
  }
  return out;
}

std::string event_plural(EventKind k) {
  switch (k) {
    case EventKind::kArmedAttack:
      return "armed attacks";
    case EventKind::kThreat:
      return "threats";
    case EventKind::kCoercion:
      return "coercion";
    case EventKind::kBlockade:
      return "blockades";
    case EventKind::kCyber:
      return "cyber attacks";
  }
  return "";
}

std::string event_singular(EventKind k) {
  switch (k) {
    case EventKind::kArmedAttack:
      return "an armed attack";
    case EventKind::kThreat:
      return "a threat";
    case EventKind::kCoercion:
      return "coercion";
    case EventKind::kBlockade:
      return "a blockade";
    case EventKind::kCyber:
      return "a cyber attack";
  }
  return "";
}

std::string target_words(TargetKind t) {
  switch (t) {
    case TargetKind::kTerritory:
      return "territory";
    case TargetKind::kArmedForces:
      return "armed forces";
    case TargetKind::kVessels:
      return "public vessels";
    case TargetKind::kAircraft:
      return "aircraft";
  }
  return "";
}

template <typename T, typename F>
std::string joined(const std::vector<T>& v, F f) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += (i + 1 == v.size()) ? " or " : ", ";
    out += f(v[i]);
  }
  return out;
}

// "Article V of the Treaty ..." or "Sec. 3(c) (Taiwan Relations Act)".
std::string label(const model::Model& m, const model::Commitment& c) {
  const bool numbered =
      !c.article.empty() && c.article.find_first_not_of("IVXLC0123456789-") == std::string::npos;
  const std::string fw = m.display_name(c.framework);
  if (numbered) return "Article " + c.article + " of " + fw;
  if (c.article.empty()) return fw;
  return c.article + " (" + fw + ")";
}

// The party or place a "where" condition names; "attacked" stands for the party attacked.
std::string subject(const std::string& x, const Event& e) {
  return x == "attacked" ? e.against : x;
}

std::string where_words(const model::Model& m, const std::string& cond, const Event& e) {
  const auto colon = cond.find(':');
  if (colon == std::string::npos) return cond == "anywhere" ? "anywhere" : cond;
  const std::string op = cond.substr(0, colon), arg = cond.substr(colon + 1);
  const std::string who =
      arg == "attacked" ? "the party attacked" : m.display_name(subject(arg, e));
  if (op == "administered_by") return "in territory administered by " + who;
  if (op == "claimed_by") return "in territory claimed by " + who;
  if (op == "sovereign_of") return "on the metropolitan territory of " + who;
  if (op == "within") return "within " + m.display_name(arg);
  return cond;
}

Fact where_fact(const model::Model& m, const std::string& cond, const Event& e,
                const std::string& place) {
  const auto colon = cond.find(':');
  if (colon == std::string::npos) return {Truth::kYes, ""};  // anywhere
  const std::string op = cond.substr(0, colon), arg = subject(cond.substr(colon + 1), e);
  if (op == "administered_by") return administered_by(m, place, arg, e.day);
  if (op == "claimed_by") return claimed_by(m, place, arg, e.day);
  if (op == "sovereign_of") return sovereign_of(m, place, arg);
  if (op == "within") return within(m, place, arg);
  return {Truth::kUnknown, "the condition '" + cond + "' is not understood"};
}

// Whom the pledge of party `by` protects: the commitment's toward, less `by` itself when others
// remain (a pledge "of each party toward the others").
std::vector<std::string> toward_for(const model::Commitment& c, const std::string& by) {
  std::vector<std::string> out;
  for (const auto& t : c.toward)
    if (t != by) out.push_back(t);
  return out.empty() ? c.toward : out;
}

// The parties a trigger's `attacked` list stands for; empty: anyone.
std::vector<std::string> attacked_parties(const model::Commitment& c, const model::Trigger& t) {
  std::vector<std::string> out;
  auto add = [&](const std::vector<std::string>& v) {
    for (const auto& x : v)
      if (!contains(out, x)) out.push_back(x);
  };
  for (const auto& a : t.attacked) {
    if (a == "by")
      add(c.by);
    else if (a == "toward") {
      if (contains(c.toward, "any")) return {};
      add(c.toward);
    } else if (a == "any_party") {
      add(c.by);
      add(c.toward);
    } else {
      add({a});
    }
  }
  return out;
}

std::string situation_words(model::Situation s, const std::string& actor) {
  switch (s) {
    case model::Situation::kArmedAttackSituation:
      return "the government of " + actor +
             " must find an armed attack situation (individual self-defense)";
    case model::Situation::kSurvivalThreateningSituation:
      return "the government of " + actor +
             " must find a survival-threatening situation: the attack on a close partner "
             "threatens " +
             actor + "'s own survival, no other means exist, and force stays minimal";
    case model::Situation::kImportantInfluenceSituation:
      return "the government of " + actor +
             " must find an important-influence situation (rear-area support only, no use of "
             "force)";
    case model::Situation::kNone:
      break;
  }
  return "the government of " + actor + " must judge that action is warranted";
}

// The result of matching one trigger clause: how far it got and why it stopped.
struct ClauseMatch {
  int stage = 0;  // 0 event kind, 1 attackers, 2 attacked, 3 target, 4 where, 5 all passed
  bool uncertain = false;
  bool judged = false;  // a full match of a clause that carries a `judgement`
  std::string why;
};

// A certain full match beats a judged one, which beats an uncertain one; any match beats a
// failure, and among failures the clause that got furthest wins.
int rank(const ClauseMatch& x) {
  return x.stage * 4 + (x.uncertain ? 0 : 2) + (x.judged ? 0 : 1);
}

ClauseMatch match_clause(const model::Model& m, const model::Commitment& c, const model::Trigger& t,
                         const Event& e, const std::string& place, const std::string& lbl) {
  ClauseMatch r;
  if (std::find(t.events.begin(), t.events.end(), e.kind) == t.events.end()) {
    r.why = lbl + " covers " + joined(t.events, event_plural) + "; " + event_singular(e.kind) +
            " is not one of them";
    return r;
  }
  r.stage = 1;
  if (!t.attackers.empty() && !contains(t.attackers, e.by)) {
    r.why = lbl + " concerns only acts by " + names(m, t.attackers) + "; the actor here is " +
            m.display_name(e.by);
    return r;
  }
  r.stage = 2;
  const auto parties = attacked_parties(c, t);
  if (!parties.empty() && !contains(parties, e.against)) {
    r.why = lbl + " covers attacks on " + names(m, parties) + "; " + m.display_name(e.against) +
            " is not among them";
    return r;
  }
  r.stage = 3;
  if (!t.targets.empty() &&
      std::find(t.targets.begin(), t.targets.end(), e.target) == t.targets.end()) {
    r.why = lbl + " covers attacks on " + joined(t.targets, target_words) + "; the event hits " +
            target_words(e.target);
    return r;
  }
  r.stage = 4;
  std::string where_all, facts;
  for (const auto& cond : t.where) {
    const Fact f = where_fact(m, cond, e, place);
    const std::string words = where_words(m, cond, e);
    where_all += (where_all.empty() ? "" : " and ") + words;
    if (f.truth == Truth::kNo) {
      r.why = lbl + " covers " + event_plural(e.kind) + " " + words + "; " + f.why;
      return r;
    }
    if (f.truth == Truth::kUnknown) r.uncertain = true;
    if (!f.why.empty()) facts += (facts.empty() ? "" : "; ") + f.why;
  }
  r.stage = 5;
  r.judged = !t.judgement.empty();
  r.why = lbl + " covers " + event_plural(e.kind) + " on " +
          (parties.empty() ? std::string("anyone") : names(m, parties)) +
          (where_all.empty() ? "" : " " + where_all) + (facts.empty() ? "" : "; " + facts);
  return r;
}

}  // namespace

std::string_view verdict_name(Verdict v) {
  switch (v) {
    case Verdict::kTriggered:
      return "triggered";
    case Verdict::kConditional:
      return "conditional";
    case Verdict::kNotTriggered:
      return "not_triggered";
  }
  return "";
}

const std::string& initiator_of(const Event& e) {
  return e.initiator.empty() ? e.by : e.initiator;
}

bool in_force(const model::Model& m, const model::Commitment& c, const std::string& by,
              core::Day day) {
  const model::Framework* f = m.framework(c.framework);
  std::optional<core::Date> start = c.from, end = c.to;
  if (!start && f) start = f->in_force ? f->in_force : f->signed_on;
  if (!end && f) end = f->ended;
  if (start && day < start->as_start()) return false;
  if (end && !(day < end->as_end())) return false;
  const auto rows = m.memberships_of_framework(c.framework);
  if (rows.empty()) return true;
  for (const auto* r : rows)
    if (r->actor == by && r->holds_on(day) && r->role != model::Role::kWithdrawn) return true;
  return false;
}

std::string check_event(const model::Model& m, const Event& e) {
  if (!m.actor(e.by)) return "unknown actor '" + e.by + "'";
  if (!m.actor(e.against)) return "unknown actor '" + e.against + "'";
  if (e.by == e.against) return "the attacker and the party attacked are the same (" + e.by + ")";
  if (!e.at.empty() && !m.place(e.at) && !m.actor(e.at)) return "unknown place '" + e.at + "'";
  return "";
}

EvaluationResult evaluate(const model::Model& m, const Event& e) {
  EvaluationResult res;
  res.event = e;
  res.place = e.at.empty() ? e.against : e.at;
  for (const auto& c : m.commitments()) {
    const std::string lbl = label(m, c);
    for (const auto& by : c.by) {
      if (!in_force(m, c, by, e.day)) {
        ++res.not_in_force;
        continue;
      }
      Finding f;
      f.commitment = c.id;
      f.actor = by;
      f.toward = toward_for(c, by);
      f.framework = c.framework;
      f.article = c.article;
      f.type = c.type;
      for (auto cv : c.caveats) f.caveats.emplace_back(model::name(cv));
      for (const auto& s : c.sources) f.sources.push_back(s.text);
      f.legal_option = c.type == CommitmentType::kLegalOption;

      ClauseMatch best;
      best.stage = -1;
      const model::Trigger* hit = nullptr;
      for (const auto& t : c.triggers) {
        ClauseMatch cm = match_clause(m, c, t, e, res.place, lbl);
        if (rank(cm) > rank(best)) {
          best = cm;
          if (cm.stage == 5) hit = &t;
        }
      }
      if (c.triggers.empty()) best.why = lbl + " is a standing obligation, not engaged by an event";

      if (!hit) {
        f.verdict = Verdict::kNotTriggered;
        f.reason = best.why;
      } else if (c.not_if_initiator && contains(f.toward, initiator_of(e))) {
        f.verdict = Verdict::kNotTriggered;
        f.reason = lbl + " does not cover " + m.display_name(initiator_of(e)) +
                   ", a protected party, when it attacks first";
      } else {
        f.reason = best.why;
        f.situation = hit->situation;
        if (c.type == CommitmentType::kNonAggression) {
          f.breach = true;
          f.reason = m.display_name(e.by) + " acting against " + m.display_name(e.against) +
                     " would break " + m.display_name(by) + "'s pledge: " + best.why;
        }
        const bool judgement = std::find(c.caveats.begin(), c.caveats.end(),
                                         model::Caveat::kJudgementRequired) != c.caveats.end();
        const std::string who = m.display_name(by);
        const bool judged = judgement || hit->situation != model::Situation::kNone;
        if (judged) f.reason += "; " + situation_words(hit->situation, who);
        if (!hit->judgement.empty()) f.reason += "; a judgement is needed: " + hit->judgement;
        for (const auto& s : hit->sources)
          if (!contains(f.sources, s.text)) f.sources.push_back(s.text);
        f.verdict = (best.uncertain || judged || !hit->judgement.empty()) ? Verdict::kConditional
                                                                          : Verdict::kTriggered;
      }
      switch (f.verdict) {
        case Verdict::kTriggered:
          res.triggered.push_back(std::move(f));
          break;
        case Verdict::kConditional:
          res.conditional.push_back(std::move(f));
          break;
        case Verdict::kNotTriggered:
          res.not_triggered.push_back(std::move(f));
          break;
      }
    }
  }
  return res;
}

}  // namespace lattice::scenario
