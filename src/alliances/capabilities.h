// Composite Index of National Capability (CINC) scores by state and year, from COW National
// Material Capabilities v7.0 (Singer, Bremer & Stuckey 1972). Immutable once loaded; safe to
// share between threads.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "core/diagnostic.h"

namespace lattice::alliances {

class Capabilities {
 public:
  void set(int ccode, int year, double cinc) { cinc_[key(ccode, year)] = cinc; }
  // The CINC score of a state in a year, or nullopt when the data has none.
  std::optional<double> cinc(int ccode, int year) const;
  size_t size() const { return cinc_.size(); }

 private:
  static long long key(int ccode, int year) { return static_cast<long long>(ccode) * 10000 + year; }
  std::unordered_map<long long, double> cinc_;
};

// Reads cow_nmc (columns ccode, year, cinc; "NA" cinc values are left out). Malformed rows are
// errors in diags; nullopt when the file cannot be read or lacks a column.
std::optional<Capabilities> load_capabilities(const std::string& path, core::Diagnostics& diags);
std::optional<Capabilities> parse_capabilities(std::string_view text, const std::string& path,
                                               core::Diagnostics& diags);

}  // namespace lattice::alliances
