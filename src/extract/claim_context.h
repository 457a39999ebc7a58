// What the sentence around a quantitative claim says about it: the year the figure refers to (a
// year stated in the sentence, else the document's year when the clause describes the present)
// and a short subject phrase. Works on the tokens of one unit (claim_lexer.h). Pure; safe from
// any thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/claim_lexer.h"

namespace lattice::extract {

// What a claim measures, finer than model::ClaimUnit: durations and frequencies take no year of
// their own, currencies other than the dollar share the unit "other" with durations in months.
enum class ClaimKind { kMoney, kPercent, kRatio, kCount, kFrequency, kDuration, kMeasure };

// A claim's place in the tokens of its unit: [first, last) is the span, [number, number_end) the
// number itself (without approximator or currency sign).
struct ClaimTokens {
  size_t first = 0, last = 0;
  size_t number = 0, number_end = 0;
  ClaimKind kind = ClaimKind::kCount;
};

// True for a token that is a year: four digits from 1800 to 2100 standing alone.
bool is_year_token(const std::vector<Token>& toks, size_t i);

// The year the claim refers to: the nearest year stated in the unit (not for durations); else
// document_year when the clause reads as present (not for durations, frequencies, past,
// hypothetical or future figures); else nullopt. O(unit tokens).
std::optional<int> claim_year(const std::vector<Token>& toks, const ClaimTokens& c,
                              std::optional<int> document_year);
// The same, given year_positions(toks) computed once for the unit: O(log years + clause) per
// claim, so that a unit with many claims is read in linear time.
std::optional<int> claim_year(const std::vector<Token>& toks, const ClaimTokens& c,
                              std::optional<int> document_year, const std::vector<size_t>& years);

// The sorted positions of the year tokens of a unit (plain years and "FY2022").
std::vector<size_t> year_positions(const std::vector<Token>& toks);

// True when the clause holding tokens [first, last) speaks of the future or the hypothetical
// ("will", "would", "should", "plans", "if"); [0, size) asks about the whole unit.
bool clause_is_irrealis(const std::vector<Token>& toks, size_t first, size_t last);

// A short phrase (at most eight words) naming what the claim is about, from the words after "of"
// or "since", the noun a count counts, or the noun phrase that opens the clause.
std::string claim_subject(const std::vector<Token>& toks, const ClaimTokens& c);

}  // namespace lattice::extract
