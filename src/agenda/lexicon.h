// The agenda's curated concept lexicon: phrases of U.S.-Japan alliance policy vocabulary that
// name the same thing in different words ("host-nation support", "special measures agreement",
// "cost sharing"), each mapped to one concept. The lexicon was written from the field's
// vocabulary, not from the sentences of the corpus (docs/agenda.md lists it). Pure; safe from
// any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "agenda/text_vectors.h"

namespace lattice::agenda {

struct ConceptEntry {
  std::string_view concept_name;          // e.g. "host_nation_support"
  std::vector<std::string_view> phrases;  // surface phrases, matched on their content-word stems
};

// The lexicon, in a fixed order.
const std::vector<ConceptEntry>& concept_lexicon();

// The concepts whose phrases occur in tokens (content words in order, as content_words()
// returns them): one entry per occurrence, in order of the first word of the match. O(|tokens|
// * number of phrases).
std::vector<std::string> concepts_in(const std::vector<Token>& tokens);

}  // namespace lattice::agenda
