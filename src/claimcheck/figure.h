// The figure a claim is compared with, computed from the indicator series for one year: a level,
// a share of the world total, or a ratio of two entities, where an entity is an actor or a
// framework's bloc (its members on 1 July of the year, plus hypothetical additions). Pure
// function of the store and the model; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimcheck/interpretation.h"
#include "indicators/indicator_store.h"
#include "model/model.h"

namespace lattice::claimcheck {

struct Figure {
  std::optional<double> value;        // in the claim's unit (usd, percent, ratio); nullopt: missing
  std::vector<std::string> datasets;  // the data sets the values came from
  std::string computation;            // how it was computed, with the inputs
  std::string missing;                // what was missing ("milex for jpn in 2020")
};

// The figure for interpretation in at year. Growth and uninterpretable claims give no value.
Figure compute_figure(const Interpretation& in, int year, const indicators::IndicatorStore& store,
                      const model::Model& m);

// The latest year for which every series the figure needs has a value, looking back at most ten
// years from the latest year of the first one; nullopt when there is none.
std::optional<int> latest_figure_year(const Interpretation& in,
                                      const indicators::IndicatorStore& store,
                                      const model::Model& m);

}  // namespace lattice::claimcheck
