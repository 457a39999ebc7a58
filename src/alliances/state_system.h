// The Correlates of War state system: which states are members in which years (COW State System
// Membership List, 2016 version), with their COW abbreviations and names. Immutable once loaded;
// safe to share between threads.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace lattice::alliances {

// One period of membership (a state may have several: Japan 1895-1945 and 1952-2016).
struct MembershipPeriod {
  int ccode = 0;
  std::string abbreviation;  // COW letter code, e.g. "JPN"
  std::string name;          // COW state name, e.g. "Japan"
  int start_year = 0, end_year = 0;
};

class StateSystem {
 public:
  StateSystem() = default;
  explicit StateSystem(std::vector<MembershipPeriod> periods);

  // The first year of the list and the last year it records (2016 for the 2016 version).
  int first_year() const { return first_year_; }
  int last_recorded_year() const { return last_year_; }
  // The COW codes of the members in a year, ascending. Years after the last recorded year carry
  // the members at its end forward (COW NMC v7.0 lists the same 195 states for 2017-2022).
  // Empty before the first year. O(periods).
  std::vector<int> members(int year) const;
  bool is_member(int ccode, int year) const;
  // Every period of a state, in file order (empty when unknown).
  std::vector<MembershipPeriod> periods_of(int ccode) const;
  const std::vector<MembershipPeriod>& periods() const { return periods_; }

 private:
  std::vector<MembershipPeriod> periods_;
  int first_year_ = 0, last_year_ = -1;
};

// Reads cow_states2016 (columns stateabb, ccode, statenme, styear, endyear). Malformed rows are
// errors in diags and are left out; nullopt when the file cannot be read or lacks a column.
std::optional<StateSystem> load_state_system(const std::string& path, core::Diagnostics& diags);
std::optional<StateSystem> parse_state_system(std::string_view text, const std::string& path,
                                              core::Diagnostics& diags);

}  // namespace lattice::alliances
