// What a new document adds to an agenda: each of its recommendations goes to the nearest
// existing item (average combined similarity to the item's recommendations, as in clustering)
// when that similarity reaches the agenda's threshold, else it is new; the new ones are grouped
// among themselves into new items. Reports the new items, the items it repeats and the items of
// the corpus it leaves out. Pure; safe from any thread.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "agenda/agenda.h"

namespace lattice::agenda {

inline constexpr size_t kNoItem = std::numeric_limits<size_t>::max();

struct DiffAssignment {
  size_t item = kNoItem;      // index into agenda.items, or kNoItem (new)
  size_t new_item = kNoItem;  // index into AgendaDiff::new_items when item is kNoItem
  double similarity = 0;      // to the nearest existing item
  size_t nearest = kNoItem;   // that nearest item (even when below the threshold)
};

struct AgendaDiff {
  std::vector<AgendaInput> inputs;          // the new document's recommendations
  std::vector<DiffAssignment> assignments;  // one per input
  std::vector<AgendaItem> new_items;        // members index into inputs; labelled
  std::vector<size_t> repeated;             // items of the agenda it raises, agenda order
  std::vector<size_t> left_out;             // items it does not raise, agenda order
};

// Compares new_inputs (one document's recommendations) with agenda. The TF-IDF space is built
// over the agenda's and the new texts together. O((n + k) * n) for n agenda inputs and k new ones.
AgendaDiff diff_against(const Agenda& agenda, std::vector<AgendaInput> new_inputs,
                        const model::Model& m, const extract::MentionFinder& finder);

}  // namespace lattice::agenda
