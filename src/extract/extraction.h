// Extraction of one document: its units, recommendations, quantitative claims and entity
// mentions, from its canonical text. The pipeline that `lattice extract`, ingestion and claim
// checking share. Pure given its inputs; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/claim_finder.h"
#include "extract/mention_finder.h"
#include "extract/recommendation_finder.h"
#include "text/segmenter.h"
#include "text/text_document.h"

namespace lattice::extract {

struct Extraction {
  std::vector<text::Unit> units;
  std::optional<int> document_year;  // from the document's own dateline, if any
  std::vector<RecommendationHit> recommendations;
  std::vector<ClaimHit> claims;
  std::vector<Mention> mentions;
};

// Which parts to find; units are always found.
struct ExtractionOptions {
  bool recommendations = true;
  bool claims = true;
  bool mentions = true;
};

Extraction extract(const text::TextDocument& doc, const MentionFinder& finder,
                   const ExtractionOptions& options = {});

}  // namespace lattice::extract
