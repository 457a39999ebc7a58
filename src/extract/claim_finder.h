// Quantitative claims: numbers stated as facts about the world ("$8 billion", "nearly three
// times", "70 percent", "two decades"), with their quantity in base units, unit, the year the
// figure refers to and a short subject. Dates, ordinals, page numbers, footnote markers and
// numbers inside names (G7, Six-Party Talks, Article 5, 5G) are not claims.
// Definitions: ../shared/gold/README.md, section B. Pure; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/vocabulary.h"
#include "text/segmenter.h"

namespace lattice::extract {

struct ClaimHit {
  size_t start = 0, end = 0;                    // the number expression
  size_t sentence_start = 0, sentence_end = 0;  // its sentence (a unit of the segmenter)
  double quantity = 0;                          // in base units ($8 billion -> 8e9)
  model::ClaimUnit unit = model::ClaimUnit::kOther;
  std::optional<int> year;  // the year the figure refers to
  std::string subject;      // short description built from the sentence
};

// Finds the claims of text, given its units. document_year is the year of the document (from
// its dateline or metadata) used for present-tense figures; nullopt when unknown.
std::vector<ClaimHit> find_claims(std::string_view text, const std::vector<text::Unit>& units,
                                  std::optional<int> document_year);

// The publication year a document states about itself (a dateline such as "DECEMBER 2020" or
// "June 2024" near its start), or nullopt.
std::optional<int> document_year(std::string_view text);

}  // namespace lattice::extract
