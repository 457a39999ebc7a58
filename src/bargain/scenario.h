// Bargaining scenarios: stakeholders with a capability and, per issue dimension, a position and a
// salience; read from KTAB's CSV format or from the simple one-dimensional CSV, with precise
// file:line errors for malformed input. Pure; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace lattice::bargain {

// Largest counts a KTAB file may declare on its first line (KTAB's own limit is 250 actors).
inline constexpr double kMaxActors = 100000;
inline constexpr double kMaxDimensions = 1000;

struct Actor {
  std::string name;
  std::string description;
  double capability = 0;
  std::vector<double> positions;  // one per dimension, on the file's scale
  std::vector<double> saliences;  // one per dimension, in [0, 1]
};

struct Scenario {
  std::string name;
  std::string description;
  std::string format;                   // "ktab" or "simple"
  std::vector<std::string> dimensions;  // dimension names
  std::vector<Actor> actors;
};

// Parses KTAB's format: line 1 "name, description, actor count, dimension count"; line 2 the
// header "Actor, Description, Power, Pstn1, Sal1, ..."; then one line per actor. Saliences are on
// KTAB's 0-100 scale and are divided by 100. Trailing commas and blank lines are allowed.
Scenario parse_ktab(std::string_view text, const std::string& path, core::Diagnostics& diags);
// Parses the simple format: header "actor, capability, position, salience" (any case), then one
// line per actor; saliences in [0, 1].
Scenario parse_simple(std::string_view text, const std::string& path, core::Diagnostics& diags);
// Picks the format from the first line (a header starting with "actor" means simple).
Scenario parse_scenario(std::string_view text, const std::string& path, core::Diagnostics& diags);
// Reads and parses a file; an unreadable file is an error in diags.
Scenario load_scenario(const std::string& path, core::Diagnostics& diags);

}  // namespace lattice::bargain
