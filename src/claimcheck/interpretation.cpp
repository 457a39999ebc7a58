// Claim interpretation. The entity of a figure is the possessor of its indicator word ("Japan's
// defense budget"), a pronoun resolved to the sentence's (else the previous sentence's) first
// entity ("its GDP"), else the entity nearest before the number; actors or frameworks named after
// "with", "including", "that included" a framework are hypothetical additions to its bloc.
#include "claimcheck/interpretation.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "claimcheck/indicator_lexicon.h"
#include "core/text.h"

namespace lattice::claimcheck {
namespace {

using extract::Mention;

bool is_entity(const model::Model& m, const std::string& id) {
  const model::EntityRef* r = m.find(id);
  return r && (r->kind == model::EntityKind::kActor || r->kind == model::EntityKind::kFramework);
}
bool is_framework(const model::Model& m, const std::string& id) {
  const model::EntityRef* r = m.find(id);
  return r && r->kind == model::EntityKind::kFramework;
}

// The lower-case text of [from, to) trimmed to at most n bytes at its end.
std::string tail(std::string_view text, size_t from, size_t to, size_t n) {
  if (to < from) return "";
  if (to - from > n) from = to - n;
  return core::to_lower(text.substr(from, to - from));
}

bool ends_with_any(std::string s, std::initializer_list<std::string_view> words) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
  for (std::string_view w : words)
    if (s.size() >= w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0 &&
        (s.size() == w.size() ||
         !std::isalnum(static_cast<unsigned char>(s[s.size() - w.size() - 1]))))
      return true;
  return false;
}

struct SentenceMention {
  Mention m;
  bool added = false;  // a hypothetical addition to a framework bloc
};

// Actor and framework mentions of [from, to), with hypothetical additions marked.
std::vector<SentenceMention> mentions_in(const DocumentContext& doc, const model::Model& m,
                                         size_t from, size_t to) {
  std::vector<SentenceMention> out;
  bool seen_framework = false;
  for (const Mention& x : *doc.mentions) {
    if (x.start < from || x.end > to) continue;
    if (!is_entity(m, x.id)) continue;
    SentenceMention sm{x, false};
    const std::string before = tail(doc.text, from, x.start, 40);
    // "the" before a name is not part of the mention; drop it before looking at the cue.
    std::string cue = before;
    while (!cue.empty() && cue.back() == ' ') cue.pop_back();
    if (ends_with_any(cue, {"the"})) cue.resize(cue.size() - 3);
    if (seen_framework && !is_framework(m, x.id) &&
        ends_with_any(cue, {"with", "including", "included", "includes", "include", "plus",
                            "adding", "added"}))
      sm.added = true;
    if (ends_with_any(cue, {"if"})) {
      const std::string after =
          core::to_lower(doc.text.substr(x.end, std::min<size_t>(20, to - x.end)));
      if (after.find("join") != std::string::npos) sm.added = true;
    }
    if (is_framework(m, x.id)) seen_framework = true;
    out.push_back(sm);
  }
  return out;
}

// The first non-added entity mentioned in the unit before the one starting at `start`.
std::optional<std::string> previous_subject(const DocumentContext& doc, const model::Model& m,
                                            size_t start) {
  if (!doc.units) return std::nullopt;
  const text::Unit* prev = nullptr;
  for (const text::Unit& u : *doc.units)
    if (u.end <= start) prev = &u;
  if (!prev) return std::nullopt;
  for (const SentenceMention& sm : mentions_in(doc, m, prev->start, prev->end))
    if (!sm.added) return sm.m.id;
  return std::nullopt;
}

// Whether the words right before `pos` are a possessive pronoun, possibly followed by "own" or one
// adjective ("its GDP", "their own budget", "its annual budget"); *pronoun_start is its offset.
bool pronoun_before(std::string_view text, size_t from, size_t pos, size_t* pronoun_start) {
  std::string t = tail(text, from, pos, 32);
  const size_t base = pos - t.size();
  auto trim = [&t] {
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.pop_back();
  };
  trim();
  for (int pass = 0; pass < 2; ++pass) {
    for (std::string_view p : {"its", "their"})
      if (ends_with_any(t, {p})) {
        *pronoun_start = base + t.size() - p.size();
        return true;
      }
    const size_t space = t.rfind(' ');
    if (space == std::string::npos) break;
    t.resize(space);
    trim();
  }
  return false;
}

}  // namespace

std::string_view comparison_name(Comparison c) {
  switch (c) {
    case Comparison::kNone:
      return "none";
    case Comparison::kLevel:
      return "level";
    case Comparison::kShareOfWorld:
      return "share_of_world";
    case Comparison::kRatio:
      return "ratio";
    case Comparison::kGrowth:
      return "growth";
  }
  return "none";
}

Interpretation interpret(const extract::ClaimHit& claim, const DocumentContext& doc,
                         const model::Model& m) {
  Interpretation in;
  const size_t ss = claim.sentence_start, se = std::min(claim.sentence_end, doc.text.size());
  const std::string_view sentence = doc.text.substr(ss, se - ss);
  const std::string lower = core::to_lower(sentence);
  const size_t ns = claim.start - ss, ne = claim.end - ss;  // the number, sentence-relative
  const std::string after = lower.substr(std::min(ne, lower.size()));

  in.bound = bound_of(doc.text.substr(ss, claim.start - ss),
                      doc.text.substr(claim.start, claim.end - claim.start), &in.hedge);

  // Year: stated in the sentence, else the document's, else the latest with data.
  if (claim.year) {
    in.year = claim.year;
    const bool stated = lower.find(std::to_string(*claim.year)) != std::string::npos;
    in.year_source = stated || claim.year != doc.document_year ? "claim" : "document";
  } else if (doc.document_year) {
    in.year = doc.document_year;
    in.year_source = "document";
  } else {
    in.year_source = "latest";
  }

  switch (claim.unit) {
    case model::ClaimUnit::kCount:
      in.problem = "counts of things or events are not covered by any indicator";
      return in;
    case model::ClaimUnit::kYears:
      in.problem = "durations are not covered by any indicator";
      return in;
    case model::ClaimUnit::kOther:
      in.problem = "unit not checkable";
      return in;
    default:
      break;
  }

  // Indicator and comparison.
  const std::vector<IndicatorCue> cues = find_indicator_cues(sentence);
  auto nearest_cue = [&](auto accept) -> const IndicatorCue* {
    const IndicatorCue* best = nullptr;
    size_t best_d = 0;
    for (const IndicatorCue& c : cues) {
      if (!accept(c)) continue;
      const size_t d = c.end <= ns ? ns - c.end : (c.start >= ne ? c.start - ne : 0);
      if (!best || d < best_d) best = &c, best_d = d;
    }
    return best;
  };
  const IndicatorCue* cue = nullptr;
  if (claim.unit == model::ClaimUnit::kPercent) {
    if (is_share_of_gdp(after)) {
      if (!mentions_defense(lower)) {
        in.problem = "a share of GDP of something no indicator covers (only defense spending is)";
        return in;
      }
      in.indicator = "milex_gdp";
      in.comparison = Comparison::kLevel;
      cue = nearest_cue([](const IndicatorCue& c) { return c.indicator == "gdp"; });
    } else if (auto world = share_of_world(after)) {
      in.indicator = *world;
      in.comparison = Comparison::kShareOfWorld;
    } else if (mentions_growth(lower)) {
      cue = nearest_cue([](const IndicatorCue&) { return true; });
      in.indicator = cue ? cue->indicator : "gdp";
      in.comparison = Comparison::kGrowth;
    } else {
      in.problem = "a percentage of something no indicator covers";
      return in;
    }
  } else {
    cue = nearest_cue([](const IndicatorCue&) { return true; });
    if (!cue) {
      in.problem =
          "no indicator named in the sentence (GDP, defense budget, population, "
          "host-nation support)";
      return in;
    }
    in.indicator = cue->indicator;
    in.comparison =
        claim.unit == model::ClaimUnit::kRatio ? Comparison::kRatio : Comparison::kLevel;
  }

  // Entities.
  const std::vector<SentenceMention> ms = mentions_in(doc, m, ss, se);
  for (const SentenceMention& sm : ms)
    if (sm.added && std::find(in.added.begin(), in.added.end(), sm.m.id) == in.added.end())
      in.added.push_back(sm.m.id);
  // The anchor: the indicator word when it comes before the number, else the number.
  const size_t anchor = ss + ((cue && cue->end <= ns) ? cue->start : ns);
  std::string subject;
  size_t pronoun = 0;
  if (cue && pronoun_before(doc.text, ss, ss + cue->start, &pronoun)) {
    for (const SentenceMention& sm : ms)
      if (!sm.added && sm.m.end <= pronoun) {
        subject = sm.m.id;
        break;
      }
    if (subject.empty()) subject = previous_subject(doc, m, ss).value_or("");
  }
  if (subject.empty()) {
    for (const SentenceMention& sm : ms)
      if (!sm.added && sm.m.end <= anchor) subject = sm.m.id;  // the nearest before
  }
  if (subject.empty() && in.comparison != Comparison::kRatio) {
    for (const SentenceMention& sm : ms)
      if (!sm.added && sm.m.start >= claim.end) {
        subject = sm.m.id;
        break;
      }
  }
  if (subject.empty() && !(cue && cue->end <= ns)) {
    // "Its budget ..." in a sentence without a name: the previous sentence's subject.
    subject = previous_subject(doc, m, ss).value_or("");
  }
  if (subject.empty()) {
    in.problem = "no actor or framework resolved for the figure";
    return in;
  }
  in.entities.push_back(subject);
  if (in.comparison == Comparison::kRatio) {
    std::string other;
    for (const SentenceMention& sm : ms)
      if (!sm.added && sm.m.start >= claim.end && sm.m.id != subject) {
        other = sm.m.id;
        break;
      }
    if (other.empty()) {
      in.problem = "the ratio's second entity is not resolved";
      return in;
    }
    in.entities.push_back(other);
  }
  if (!in.added.empty() && !is_framework(m, subject)) in.added.clear();
  if (in.comparison == Comparison::kGrowth)
    in.problem = "growth rates need real (constant-price) series, which the model does not hold";
  return in;
}

}  // namespace lattice::claimcheck
