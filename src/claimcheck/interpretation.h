// Interpretation of a quantitative claim: from its sentence, what the figure is about (the
// indicator, the entities, the comparison, the year and, for blocs, hypothetical members). Needs
// no data: a pure function of the text, the extraction and the model; safe from any thread.
// Rules in docs/claimcheck.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/tolerance.h"
#include "extract/claim_finder.h"
#include "extract/mention_finder.h"
#include "model/model.h"
#include "text/segmenter.h"

namespace lattice::claimcheck {

enum class Comparison {
  kNone,          // not interpretable
  kLevel,         // the indicator's value ("$50 billion", "1 percent of its GDP on defense")
  kShareOfWorld,  // percent of the world total ("a third of world GDP")
  kRatio,         // one entity's value over another's ("three times Japan's")
  kGrowth         // a growth rate ("grew 10 percent")
};
std::string_view comparison_name(Comparison c);

struct Interpretation {
  std::string indicator;              // "gdp", "milex", "milex_gdp", ...; "" when none matched
  std::vector<std::string> entities;  // actor or framework ids; ratio: numerator, denominator
  std::vector<std::string> added;     // actors added to a framework bloc ("with the U.S.")
  Comparison comparison = Comparison::kNone;
  std::optional<int> year;  // nullopt: the latest year with data (year_source "latest")
  std::string year_source;  // "claim" (stated), "document" (the document's date) or "latest"
  Bound bound = Bound::kExact;
  std::string hedge;    // the hedge word that set the bound ("roughly"), "" if none
  std::string problem;  // why the claim cannot be checked; empty when it can
};

// What a document offers to interpret its claims.
struct DocumentContext {
  std::string_view text;
  const std::vector<extract::Mention>* mentions = nullptr;  // sorted by start
  const std::vector<text::Unit>* units = nullptr;
  std::optional<int> document_year;
};

// Interprets one claim of the document. Never fails: an uninterpretable claim gets a problem.
Interpretation interpret(const extract::ClaimHit& claim, const DocumentContext& doc,
                         const model::Model& m);

}  // namespace lattice::claimcheck
