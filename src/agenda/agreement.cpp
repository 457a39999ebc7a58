// Agreement table and per-domain divergence of an agenda.
#include "agenda/agreement.h"

#include <algorithm>
#include <map>

#include "model/vocabulary.h"

namespace lattice::agenda {

double AgreementTable::share(size_t i, size_t j) const {
  const size_t e = either[i][j];
  return e == 0 ? 0.0 : static_cast<double>(both[i][j]) / static_cast<double>(e);
}

AgreementTable agreement_table(const Agenda& agenda) {
  AgreementTable t;
  std::map<std::string, size_t> index;
  for (const auto& in : agenda.inputs) {
    if (index.emplace(in.doc, t.documents.size()).second) {
      t.documents.push_back(in.doc);
      t.organisations.push_back(in.organisation);
    }
  }
  const size_t n = t.documents.size();
  t.items.assign(n, 0);
  t.both.assign(n, std::vector<size_t>(n, 0));
  t.either.assign(n, std::vector<size_t>(n, 0));
  for (const auto& item : agenda.items) {
    std::vector<bool> raised(n, false);
    for (const auto& d : item.documents) raised[index.at(d)] = true;
    for (size_t i = 0; i < n; ++i) {
      t.items[i] += raised[i];
      for (size_t j = 0; j < n; ++j) {
        t.both[i][j] += raised[i] && raised[j];
        t.either[i][j] += raised[i] || raised[j];
      }
    }
  }
  return t;
}

std::vector<DomainDivergence> divergence_by_domain(const Agenda& agenda) {
  std::vector<DomainDivergence> out;
  for (auto name : model::names_of<model::Domain>()) {
    DomainDivergence d;
    d.domain = std::string(name);
    for (size_t k = 0; k < agenda.items.size(); ++k) {
      const auto& item = agenda.items[k];
      const bool has = std::any_of(item.domains.begin(), item.domains.end(),
                                   [&](const auto& x) { return x.first == d.domain; });
      if (!has) continue;
      ++d.domain_items;
      if (item.documents.size() == 1) {
        d.items.push_back(k);
        d.document.push_back(item.documents.front());
      }
    }
    if (d.domain_items > 0) out.push_back(std::move(d));
  }
  return out;
}

}  // namespace lattice::agenda
