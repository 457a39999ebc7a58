// The agenda: recommendations grouped into agenda items (one per distinct ask), each with its
// label, its recommendations, the years and organisations raising it, the actors asked, its
// domains and its status. build_agenda() runs the whole method of docs/agenda.md. Results are
// plain values; safe to share between threads once built.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "agenda/agenda_input.h"
#include "agenda/clustering.h"
#include "agenda/labels.h"
#include "agenda/text_vectors.h"
#include "extract/mention_finder.h"
#include "model/model.h"

namespace lattice::agenda {

// An item's status: the latest dated model status of its recommendations, else "proposed".
struct ItemStatus {
  std::string status = "proposed";
  std::string date, evidence;
  std::vector<std::string> sources;
  std::string recommendation;  // model id of the recommendation it comes from; "" if none
};

struct AgendaItem {
  std::string key;  // "A1", "A2", ... in the default order (size, breadth, persistence)
  ItemLabel label;
  std::vector<size_t> members;               // indices into Agenda::inputs, in input order
  std::optional<int> first_year, last_year;  // over dated members
  int persistence = 0;                       // last - first + 1; 0 when no member is dated
  size_t distinct_years = 0;
  std::vector<std::string> documents;      // distinct, in input order
  std::vector<std::string> organisations;  // distinct (a document's name when it names none)
  size_t breadth = 0;                      // organisations.size()
  std::vector<std::pair<std::string, size_t>> actors;   // entity id, count; most asked first
  std::vector<std::pair<std::string, size_t>> domains;  // domain, count; most frequent first
  ItemStatus status;
};

struct Agenda {
  ClusterParams params;
  std::vector<AgendaInput> inputs;
  std::vector<std::vector<std::string>> entities;  // entity set of each input
  std::vector<AgendaItem> items;
};

// Groups inputs: TF-IDF vectors and entity sets (text_vectors.h), average-linkage clustering
// (clustering.h), labels (labels.h) and item facts. Items in the default order: most
// recommendations first, then breadth, persistence, and first appearance. m gives entity names
// and finder the mentions. Deterministic. Cost: O(n^2) time and memory (clustering.h).
Agenda build_agenda(std::vector<AgendaInput> inputs, const model::Model& m,
                    const extract::MentionFinder& finder, const ClusterParams& params = {});

// The facts of an item made of members (indices into inputs): years, documents, organisations,
// actors, domains and status. label and key are left empty.
AgendaItem item_facts(const std::vector<size_t>& members, const std::vector<AgendaInput>& inputs);

enum class SortKey { kSize, kPersistence, kBreadth };
// Reorders items: by the key (descending), then by the other two (size, breadth, persistence
// order), then by first member. Keys are kept.
void sort_items(std::vector<AgendaItem>& items, SortKey key);

}  // namespace lattice::agenda
