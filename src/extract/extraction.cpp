// The extraction pipeline: segment, then find recommendations, claims and mentions.
#include "extract/extraction.h"

namespace lattice::extract {

Extraction extract(const text::TextDocument& doc, const MentionFinder& finder,
                   const ExtractionOptions& options) {
  Extraction x;
  x.units = text::segment(doc.text);
  x.document_year = document_year(doc.text);
  std::vector<Mention> mentions;
  if (options.recommendations || options.mentions) mentions = finder.find(doc.text);
  if (options.recommendations)
    x.recommendations = find_recommendations(doc.text, x.units, finder, mentions);
  if (options.claims) x.claims = find_claims(doc.text, x.units, x.document_year);
  if (options.mentions) x.mentions = std::move(mentions);
  return x;
}

}  // namespace lattice::extract
