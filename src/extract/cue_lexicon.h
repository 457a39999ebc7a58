// The word lists the recommendation classifier consults: base-form policy verbs that open
// imperative headings, auxiliaries, reporting verbs and the reporters whose views a document
// adopts or merely records, expectation verbs and agent nouns (leaders' surnames are facts of a
// model: analysis.toml, through MentionFinder::leader_state). All lookups take a lower-case ASCII
// word. Static immutable data; safe from any thread. Each lookup is a binary search, O(log n).
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

}  // namespace lattice::extract::cues
