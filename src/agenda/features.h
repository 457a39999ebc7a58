// The features the agenda compares recommendations on (docs/agenda.md section 2):
// - text: TF-IDF over the Snowball stems of the content words, the stem bigrams of consecutive
//   content words ("host nation", "defense budget") and the concepts of the curated lexicon
//   (lexicon.h), L2-normalised. For a model recommendation read from its document, the model's
//   summary (the project's own words) is added to the sentence.
// - entities: the entity set (text_vectors.h) weighted by inverse document frequency.
// - domains: the model's domains of the recommendation weighted by inverse document frequency.
// Pure; safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "agenda/agenda_input.h"
#include "agenda/text_vectors.h"
#include "extract/mention_finder.h"

namespace lattice::agenda {

struct FeatureOptions {
  bool bigrams = false;   // stem bigrams as terms (off: they did not help, docs/agenda.md)
  bool concepts = true;   // lexicon concepts as terms
  bool summaries = true;  // model summaries added to the text of model recommendations
};

struct FeatureSpace {
  std::vector<SparseVector> text;      // L2-normalised TF-IDF
  std::vector<SparseVector> entities;  // entity id -> idf (ids numbered in first appearance)
  std::vector<SparseVector> domains;   // domain -> idf
};

// The text compared for an input: its sentence, plus the model's summary when options.summaries
// and the sentence is not already the summary.
std::string feature_text(const AgendaInput& in, const FeatureOptions& options);

// Builds the features of texts with their entity sets and domain lists (all three of equal
// length). idf(x) = ln((1 + N) / (1 + df(x))) for terms, entities and domains alike.
// Deterministic. O(total size of the texts).
FeatureSpace build_features(const std::vector<std::string>& texts,
                            const std::vector<std::vector<std::string>>& entities,
                            const std::vector<std::vector<std::string>>& domains,
                            const FeatureOptions& options = {});

// The features of inputs (entity sets from entity_set() with finder).
FeatureSpace input_features(const std::vector<AgendaInput>& inputs,
                            const extract::MentionFinder& finder,
                            const FeatureOptions& options = {});

// Weighted Jaccard of two weighted sets (sparse vectors of positive weights sorted by id):
// sum of the weights both hold / sum of the weights either holds; 0 when both are empty.
double weighted_jaccard(const SparseVector& a, const SparseVector& b);

}  // namespace lattice::agenda
