// Names and codes of states: COW numeric and letter codes, ISO 3166-1 alpha-3 codes and English
// names (from the countrycode crosswalk and the COW state list), and the resolution of what a
// user types ("usa", "Japan", "740", "ROK") to a COW code with did-you-mean suggestions.
// Immutable once built; safe to share between threads.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "alliances/state_system.h"
#include "core/diagnostic.h"

namespace lattice::alliances {

struct StateName {
  int ccode = 0;
  std::string name;          // English name (crosswalk), else the COW name
  std::string iso3;          // upper case; empty when the crosswalk has none
  std::string abbreviation;  // COW letter code; empty when the state list has none
};

class StateNames {
 public:
  // One entry per COW code of the state list, named from the crosswalk rows that carry a COW
  // code (crosswalk rows without one only add nothing).
  StateNames(const StateSystem& system, const std::vector<StateName>& crosswalk);
  StateNames() = default;

  // The entry of a COW code; a bare entry named "COW <code>" when unknown.
  StateName of(int ccode) const;
  // Resolves a COW number, an ISO3 or COW letter code, or a name (case-insensitive; COW and
  // English names both work). On failure returns nullopt and sets *error to a message with up
  // to three suggestions ("did you mean ...?").
  std::optional<int> resolve(const std::string& text, std::string* error) const;

 private:
  std::unordered_map<int, StateName> by_code_;
  std::vector<std::pair<std::string, int>> keys_;  // lower-case key -> COW code
};

// Reads the countrycode crosswalk (columns country.name.en, iso3c, cown); rows whose cown is
// empty or "NA" are kept with ccode 0. nullopt when the file cannot be read or lacks a column.
std::optional<std::vector<StateName>> load_crosswalk(const std::string& path,
                                                     core::Diagnostics& diags);
std::optional<std::vector<StateName>> parse_crosswalk(std::string_view text,
                                                      const std::string& path,
                                                      core::Diagnostics& diags);

}  // namespace lattice::alliances
