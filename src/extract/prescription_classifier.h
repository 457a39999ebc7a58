// The prescription classifier: decides whether one unit of text (a sentence, bullet or heading)
// prescribes a future action, from hand-written cues over its words (modals with their subjects,
// need/require/call for, "it is critical to", "[action] is vital", imperative headings), and
// rejects questions, forecasts, epistemic and expectation "should", reported demands the author
// does not adopt and boilerplate. It also says which words may name the actors asked to act.
// Definitions: ../shared/gold/README.md, section A. Pure; safe from any thread. Linear in the
// unit size.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/vocabulary.h"

namespace lattice::extract {

// A word or punctuation mark of a unit. Words are lower-cased (ASCII); "’s"/"'s" is its own word
// "'s"; hyphen-joined parts ("U.S.-Japan") are separate words with `joined` set on the later
// ones; dashes and spaced hyphens are "—", curly and straight quotes '"', superscripts '^'.
struct UnitWord {
  size_t start = 0, end = 0;  // byte span in the unit
  std::string w;              // lower-cased text or normalised punctuation
  bool punct = false;
  bool cap = false;     // starts with an upper-case letter
  bool joined = false;  // attached by a hyphen or dash to the previous word
};

std::vector<UnitWord> unit_words(std::string_view unit);

// Where the actors of a prescription may be named, in order of preference. Each range is
// [begin, end) in words. `limited` ranges name actors only through compounds ("U.S.-Japan
// cooperation"), possessives ("Japan's budget"), collectives ("the alliance") and "between X and
// Y", as in a gerund subject whose object is not the actor.
struct ActorRange {
  size_t begin = 0, end = 0;
  bool limited = false;
  bool predicate = false;  // after the cue: only compounds, collectives and "priority for X"
};

struct Prescription {
  bool found = false;
  model::Certainty certainty = model::Certainty::kCertain;
  model::Modality modality = model::Modality::kShould;
  double confidence = 0;
  size_t cue = 0;                  // word index of the deciding cue
  std::vector<ActorRange> actors;  // candidate actor ranges, best first
  bool anaphoric_subject = false;  // "This", "It", "These steps": actors come from context
  bool pronoun_subject = false;    // "it"/"they" naming something earlier in the unit
};

// Classifies a unit. heading_like: a heading, bullet or unpunctuated line, where an imperative
// (base-form policy verb first) counts.
Prescription classify_prescription(const std::vector<UnitWord>& words, bool heading_like);

}  // namespace lattice::extract
