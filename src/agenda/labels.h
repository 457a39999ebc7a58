// Labels of agenda items: the words and entities a cluster's recommendations share, e.g.
// "host nation support (Six-Party Talks)". Pure; safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "agenda/text_vectors.h"
#include "model/model.h"

namespace lattice::agenda {

struct ItemLabel {
  std::string text;                   // words, then entities in parentheses
  std::vector<std::string> words;     // surface forms, in their usual order in the texts
  std::vector<std::string> entities;  // entity ids
};

// The label of the cluster members (indices into space.vectors / entities). Words: the stems
// with the highest summed TF-IDF weight among those in at least half the members (at least
// two of them when the cluster has two or more), at most max_words, written in their most
// frequent surface form, skipping words of the chosen entities' names, and ordered as they first
// occur in the member that holds most of them; when fewer than two stems are shared, the
// highest-weight stems fill up. Entities: those in at least half the
// members (all, for one member), most frequent first, at most two, shown by their display name.
// Deterministic. O(total tokens of the members).
ItemLabel make_label(const std::vector<size_t>& members, const TermSpace& space,
                     const std::vector<std::vector<std::string>>& entities, const model::Model& m,
                     size_t max_words = 3);

}  // namespace lattice::agenda
