// Consensus and divergence across documents: a document-by-document agreement table (for each
// pair, the Jaccard share of the agenda items raised by either that both raise) and, per domain,
// the items only one document raises. Pure functions of an Agenda; safe from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "agenda/agenda.h"

namespace lattice::agenda {

struct AgreementTable {
  std::vector<std::string> documents;       // in input order (by date)
  std::vector<std::string> organisations;   // of each document
  std::vector<size_t> items;                // items each document raises
  std::vector<std::vector<size_t>> both;    // both[i][j]: items raised by documents i and j
  std::vector<std::vector<size_t>> either;  // either[i][j]: items raised by i or j
  // both / either (1 on the diagonal of a document raising something; 0 when either is 0).
  double share(size_t i, size_t j) const;
};

// The table over the documents of the agenda's inputs. O(items x documents^2).
AgreementTable agreement_table(const Agenda& agenda);

struct DomainDivergence {
  std::string domain;
  std::vector<size_t> items;          // indices into agenda.items raised by one document only
  std::vector<std::string> document;  // that document, for each
  size_t domain_items = 0;            // items of the domain in all
};

// For each domain (model::Domain order) that some item has, the items of that domain (an item
// has a domain when any of its recommendations has it) raised by exactly one document.
std::vector<DomainDivergence> divergence_by_domain(const Agenda& agenda);

}  // namespace lattice::agenda
