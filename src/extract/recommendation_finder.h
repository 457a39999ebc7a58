// Recommendations: the sentences, bullets and imperative headings in which the authors (or the
// participants whose views they report) prescribe a future action for an actor, with the actors
// asked to act, the domains, the modality and a confidence. Descriptions, forecasts,
// expectation-"should", reported demands the authors do not adopt, tables of contents, bios and
// participant lists are not recommendations. Definitions: ../shared/gold/README.md, section A.
// Pure given its inputs; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/mention_finder.h"
#include "model/vocabulary.h"
#include "text/segmenter.h"

namespace lattice::extract {

struct RecommendationHit {
  size_t start = 0, end = 0;
  std::vector<std::string> actors;  // ids of the actors asked to act
  std::vector<model::Domain> domains;
  model::Modality modality = model::Modality::kShould;
  model::Certainty certainty = model::Certainty::kCertain;
  double confidence = 0;  // 0..1
};

std::vector<RecommendationHit> find_recommendations(std::string_view text,
                                                    const std::vector<text::Unit>& units,
                                                    const MentionFinder& mentions);

// The same, given the document's mentions (mentions.find(text)) when the caller has them already.
std::vector<RecommendationHit> find_recommendations(std::string_view text,
                                                    const std::vector<text::Unit>& units,
                                                    const MentionFinder& mentions,
                                                    const std::vector<Mention>& document_mentions);

}  // namespace lattice::extract
