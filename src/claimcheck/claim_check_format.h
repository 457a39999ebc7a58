// Plain renderings of a claim check shared by the CLI and the HTML report: its JSON object (keys
// documented in docs/cli.md) and the short cells of a table row. Pure; safe from any thread.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "claimcheck/claim_check.h"

namespace lattice::claimcheck {

// {doc, start, end, text, quantity, unit, year, interpretation{indicator, entities, added,
// comparison, year, year_source, bound, hedge}, verdict, actual, relative_error, latest_year,
// latest_actual, dataset, datasets, computation, reason}; absent values are null.
nlohmann::json check_json(const ClaimCheck& c, const std::string& doc);

struct CheckRow {
  std::string claim;           // the number expression, one line
  std::string interpretation;  // "milex_gdp level of jpn, 2020 (document)"
  std::string verdict;         // "supported (+2.0%)"
  std::string actual;          // "1.02%", "$51.4 bn", "2.905x"
  std::string data;            // "sipri_milex" or the reason when unverifiable
};
CheckRow check_row(const ClaimCheck& c);

// A figure in a claim's unit, for people: "$51.4 bn", "1.02%", "2.905x".
std::string format_figure(double v, model::ClaimUnit unit);

}  // namespace lattice::claimcheck
