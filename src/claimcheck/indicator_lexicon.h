// The words that name an indicator in a claim's sentence ("GDP", "economy", "defense budget",
// "host-nation support", "population") and the cues of a comparison ("percent of its GDP",
// "of the global economy", "growth"). Pure; safe from any thread. Rules in docs/claimcheck.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lattice::claimcheck {

// One indicator word found in a text.
struct IndicatorCue {
  size_t start = 0, end = 0;  // byte span in the text searched
  std::string indicator;      // "gdp", "milex", "population", "hns"
};

// Every indicator word of text (case-insensitive, whole words, longest phrase first, no overlaps),
// sorted by start. Bare "budget"/"spending"/"expenditure" count as milex only when the text also
// says defense, defence or military.
std::vector<IndicatorCue> find_indicator_cues(std::string_view text);

// Whether text (lower case, what follows a percentage) says "of (its|their|...) GDP" right away:
// the percentage is a share of GDP.
bool is_share_of_gdp(std::string_view after_lower);
// The indicator whose world total the percentage is a share of, when text (lower case, what
// follows it) says "of the global economy", "of world GDP", "of the world's population",
// "of global military spending"; nullopt otherwise.
std::optional<std::string> share_of_world(std::string_view after_lower);
// Whether text (lower case) speaks of growth ("growth", "grew", "grow", "expanded by").
bool mentions_growth(std::string_view lower);
// Whether text (lower case) speaks of defense ("defense", "defence", "military").
bool mentions_defense(std::string_view lower);

}  // namespace lattice::claimcheck
