// The word lists the recommendation and prescription classifiers consult: base-form policy verbs
// that open imperative headings, auxiliaries, reporting verbs and the reporters whose views a
// document adopts or merely records, expectation verbs, agent nouns, and the adverbs, copulas,
// adjectives and nouns around a prescription cue (leaders' surnames are facts of a model:
// analysis.toml, through MentionFinder::leader_state). All lookups take a lower-case ASCII word.
// Static immutable data; safe from any thread. Each lookup is a binary search, O(log n).
#pragma once

#include <string_view>

namespace lattice::extract::cues {

// A verb in base form that a policy heading or bullet may open with ("expand", "bolster").
bool is_policy_verb(std::string_view w);
// An auxiliary or modal ("is", "has", "will", "could", "does").
bool is_auxiliary(std::string_view w);
// A word that opens an introductory clause or adverbial ("as", "if", "however", "finally").
bool is_intro_word(std::string_view w);
// A verb that reports another party's view ("said", "argued", "agreed", "noted").
bool is_reporting_verb(std::string_view w);
// A verb that reports a demand or contested claim ("demanded", "insists", "argue").
bool is_demand_verb(std::string_view w);
// A reporter whose views the document adopts ("participants", "authors", "we").
bool is_adopted_reporter(std::string_view w);
// A reporter whose views the document only records ("poll", "critics", "respondents", "some").
bool is_recorded_reporter(std::string_view w);
// A verb of consequence that makes "should" an expectation with a non-agent subject ("enable").
bool is_expectation_verb(std::string_view w);
// A noun that makes "should be a ..." an expectation ("reminder", "signal", "lesson").
bool is_expectation_noun(std::string_view w);
// A noun naming a party able to act ("governments", "leaders", "allies", "coalitions").
bool is_agent_noun(std::string_view w);
// A word ending in "-ing" that is not a gerund ("Beijing", "string", "thing").
bool is_ing_noun(std::string_view w);
// A nominalised action ("engagement", "coordination", "cooperation").
bool is_action_noun(std::string_view w);
// A preposition after which a named entity is a venue or partner, not an actor ("through").
bool is_venue_preposition(std::string_view w);
// A word that may start a prescription cue ("should", "need", "critical", "urged"); the
// classifier looks no further at other words. O(1).
bool is_trigger(std::string_view w);
// An adverb of degree or time that may stand between a modal and its verb ("should also",
// "must now", "need not", "no longer").
bool is_modal_adverb(std::string_view w);
// An irregular past participle ("built", "done", "undertaken"); regular ones end in "-ed".
bool is_irregular_participle(std::string_view w);
// A copula ("is", "are", "be", "remains", "becomes", "'s").
bool is_copula(std::string_view w);
// An adjective that prescribes after a copula ("critical", "vital", "imperative", "essential").
bool is_strong_adjective(std::string_view w);
// A noun that a strong adjective may govern and still prescribe ("a critical task", "step").
bool is_prescriptive_noun(std::string_view w);
// A verb of insisting or warning that reports a contested claim ("argued", "warns", "insists").
bool is_insisting_verb(std::string_view w);
// A verb of saying or believing ("said", "told", "believes", "contends").
bool is_saying_verb(std::string_view w);
// A participle of emphasis that introduces what the document stresses ("emphasizing", "noting").
bool is_emphasis_verb(std::string_view w);
// A word after "should be" that makes "should" epistemic ("clear", "noted", "no" as in "there
// should be no doubt").
bool is_epistemic_complement(std::string_view w);

}  // namespace lattice::extract::cues
