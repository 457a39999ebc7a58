// Claim checking: every quantitative claim of a document, interpreted and judged against the
// indicator series, with the figure, data sets and years used so that an analyst can repeat it.
// Pure function of its inputs; safe from any thread. Definitions in docs/claimcheck.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimcheck/figure.h"
#include "claimcheck/interpretation.h"
#include "claimcheck/tolerance.h"
#include "extract/extraction.h"
#include "indicators/indicator_store.h"
#include "model/model.h"

namespace lattice::claimcheck {

struct ClaimCheck {
  extract::ClaimHit claim;
  std::string text;  // the number expression as written
  Interpretation interpretation;
  Verdict verdict = Verdict::kUnverifiable;
  std::optional<int> year;               // the year the figure was computed for
  std::optional<double> actual;          // the figure, in the claim's unit
  std::optional<double> relative_error;  // (claimed - actual) / actual
  std::optional<int> latest_year;        // the latest year with data, when checked
  std::optional<double> latest_actual;   // the figure for it
  std::vector<std::string> datasets;     // data set ids used
  std::string computation;               // the arithmetic, with its inputs
  std::string reason;                    // why unverifiable or outdated; the tolerance otherwise
};

// Checks one claim. document_year is the document's own year (nullopt when undated).
ClaimCheck check_claim(const extract::ClaimHit& claim, const DocumentContext& doc,
                       const model::Model& m, const indicators::IndicatorStore& store);

// Checks every claim of an extraction of doc_text (extraction must include claims, mentions).
std::vector<ClaimCheck> check_claims(std::string_view doc_text, const extract::Extraction& x,
                                     const model::Model& m,
                                     const indicators::IndicatorStore& store);

// The claimed figure in the unit of the check (the quantity; usd, percent and ratio as is).
double claimed_value(const extract::ClaimHit& claim);

}  // namespace lattice::claimcheck
