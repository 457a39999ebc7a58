// Everything the alliance commands read from the data folder, loaded together: the dyad-years
// of one source, the COW state system, CINC scores and state names. Immutable once loaded; safe
// to share between threads.
#pragma once

#include <optional>
#include <string>

#include "alliances/alliance_data.h"
#include "alliances/capabilities.h"
#include "alliances/state_names.h"
#include "alliances/state_system.h"
#include "core/diagnostic.h"

namespace lattice::alliances {

struct Dataset {
  std::string dir;
  AllianceData alliances;
  StateSystem system;
  Capabilities capabilities;
  StateNames names;

  // The years for which a network can be built: those of the alliance data from the first year
  // of the state system on (ATOP: 1816-2018; COW: 1816-2012).
  int first_year() const;
  int last_year() const;
  // Empty when the year can be used, else a message naming the range.
  std::string check_year(int year) const;
};

// Loads the files of `dir` (see data_files.h for their names). Problems go to diags as
// path:line:col errors; returns nullopt when a file is missing or unusable. Rows with errors are
// left out of the result, so callers should treat diags.has_errors() as a failure too.
// O(rows of the files); about 0.1 s for ATOP 5.1 in a Release build.
std::optional<Dataset> load_dataset(const std::string& dir, Source source,
                                    core::Diagnostics& diags);

}  // namespace lattice::alliances
