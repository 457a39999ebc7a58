// Text vectors of recommendations: content words (lower-cased, numbers and stop words out)
// reduced to Snowball English stems (libstemmer), weighted TF-IDF and L2-normalised; and the
// entity sets of recommendations (the model entities they mention or ask to act, minus the
// generic alliance pair). Formulas in docs/agenda.md.
// A Stemmer is not thread-safe (one per thread); TermSpace and the functions are plain values /
// pure and safe to share.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/mention_finder.h"

namespace lattice::agenda {

// The Snowball English stemmer. Not copyable; use from one thread at a time.
class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  // The stem of a lower-case word ("negotiations" -> "negoti").
  std::string stem(std::string_view word);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One content word of a text: its stem and its surface form as written.
struct Token {
  std::string stem;
  std::string surface;
};

// True for the English function words and the prescriptive cue words ("should", "must",
// "urge", "critical") that nearly every recommendation has; lower-case input.
bool is_stop_word(std::string_view lower_word);

// The content words of text in order: runs of letters and digits (curly quotes, dashes and other
// punctuation split words), lower-cased; words of one letter, words with no letter (numbers) and
// stop words are dropped. Linear in the size of text.
std::vector<Token> content_words(std::string_view text, Stemmer& stemmer);

// A sparse vector: (term id, weight) pairs sorted by term id.
using SparseVector = std::vector<std::pair<uint32_t, double>>;
// Dot product of two sparse vectors (their cosine when both are L2-normalised). O(|a| + |b|).
double dot(const SparseVector& a, const SparseVector& b);

// The TF-IDF space of a collection of texts.
struct TermSpace {
  std::vector<std::string> stems;          // term id -> stem
  std::vector<std::string> surfaces;       // term id -> its most frequent surface form
  std::vector<double> idf;                 // term id -> idf
  std::vector<SparseVector> vectors;       // one per text, L2-normalised (empty if no content word)
  std::vector<std::vector<Token>> tokens;  // one per text, the content words in order
};

// Builds the space: weight(t, d) = (1 + ln tf(t, d)) * idf(t), idf(t) = ln((1 + N) / (1 + df(t)))
// (docs/agenda.md; no "+ 1", so a stem in every text weighs nothing), then each vector divided by
// its L2 norm. Deterministic: term ids in order of first appearance. O(total size of the texts).
TermSpace build_term_space(const std::vector<std::string>& texts);

// Entities treated as saying nothing about an ask: nearly every recommendation of a corpus about
// one alliance names them, the focus pair and its alliance of the model's analysis.toml (usa,
// jpn, us_japan_alliance in the U.S.-Japan model).
bool is_generic_entity(const model::AnalysisFocus& focus, std::string_view id);

// The entity set of a recommendation: the ids of the entities its text mentions (finder) and
// the actors it asks to act, minus the generic ones; sorted, unique.
std::vector<std::string> entity_set(std::string_view text, const std::vector<std::string>& actors,
                                    const extract::MentionFinder& finder);

// |a ∩ b| / |a ∪ b| of two sorted unique sets; 0 when both are empty.
double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace lattice::agenda
