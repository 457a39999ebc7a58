// Pairwise overlap of frameworks' memberships and mandates, and clusters of redundant frameworks.
#include "latticework/overlap.h"

#include <algorithm>
#include <numeric>

#include "latticework/networks.h"

namespace lattice::latticework {
namespace {

template <typename T>
size_t intersection_size(const std::vector<T>& a, const std::vector<T>& b) {
  size_t n = 0;
  for (const auto& x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) ++n;
  return n;
}

template <typename T>
double jaccard_of(const std::vector<T>& a, const std::vector<T>& b) {
  const size_t inter = intersection_size(a, b);
  const size_t uni = a.size() + b.size() - inter;
  return uni == 0 ? 0 : static_cast<double>(inter) / static_cast<double>(uni);
}

template <typename T>
std::vector<T> unique_sorted(std::vector<T> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

int find_root(std::vector<int>& parent, int x) {
  while (parent[static_cast<size_t>(x)] != x) {
    parent[static_cast<size_t>(x)] = parent[static_cast<size_t>(parent[static_cast<size_t>(x)])];
    x = parent[static_cast<size_t>(x)];
  }
  return x;
}

}  // namespace

double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return jaccard_of(a, b);
}

double overlap_coefficient(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const size_t lo = std::min(a.size(), b.size());
  return lo == 0 ? 0 : static_cast<double>(intersection_size(a, b)) / static_cast<double>(lo);
}

OverlapResult overlap(const model::Model& m, core::Day day, const OverlapOptions& options) {
  OverlapResult r;
  r.day = day;
  std::vector<ActiveFramework> fs;
  for (auto& af : active_frameworks(m, day))
    if (af.members.size() >= options.min_members) fs.push_back(std::move(af));
  for (const auto& af : fs) r.frameworks.push_back(af.framework->id);

  std::vector<int> parent(fs.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (size_t i = 0; i < fs.size(); ++i)
    for (size_t j = i + 1; j < fs.size(); ++j) {
      const auto& A = fs[i];
      const auto& B = fs[j];
      const size_t shared = intersection_size(A.members, B.members);
      if (shared == 0) continue;
      FrameworkOverlap o;
      o.a = A.framework->id;
      o.b = B.framework->id;
      o.members_a = A.members.size();
      o.members_b = B.members.size();
      o.shared = shared;
      for (const auto& x : A.members)
        if (std::find(B.members.begin(), B.members.end(), x) != B.members.end())
          o.shared_members.push_back(x);
      o.jaccard = jaccard_of(A.members, B.members);
      o.overlap_coefficient = overlap_coefficient(A.members, B.members);
      const auto da = unique_sorted(A.framework->domains);
      const auto db = unique_sorted(B.framework->domains);
      o.domain_similarity = jaccard_of(da, db);
      const size_t dshared = intersection_size(da, db);
      const double share_da = da.empty() ? 0 : static_cast<double>(dshared) / da.size();
      const double share_db = db.empty() ? 0 : static_cast<double>(dshared) / db.size();
      o.directed_ab = static_cast<double>(shared) / A.members.size() * share_da;
      o.directed_ba = static_cast<double>(shared) / B.members.size() * share_db;
      o.redundancy = o.jaccard * o.domain_similarity;
      o.nested = A.framework->parent == o.b || B.framework->parent == o.a;
      if (o.jaccard >= options.cluster_jaccard && o.domain_similarity >= options.cluster_domains)
        parent[static_cast<size_t>(find_root(parent, static_cast<int>(i)))] =
            find_root(parent, static_cast<int>(j));
      r.pairs.push_back(std::move(o));
    }

  for (size_t k = 0; k < r.pairs.size(); ++k) {
    const auto& o = r.pairs[k];
    if (std::min(o.members_a, o.members_b) >= options.top_min_members && o.redundancy > 0)
      r.most_redundant.push_back(k);
  }
  std::stable_sort(r.most_redundant.begin(), r.most_redundant.end(), [&](size_t x, size_t y) {
    const auto& a = r.pairs[x];
    const auto& b = r.pairs[y];
    if (a.redundancy != b.redundancy) return a.redundancy > b.redundancy;
    return a.shared > b.shared;
  });
  if (r.most_redundant.size() > options.top) r.most_redundant.resize(options.top);

  std::vector<std::vector<std::string>> groups(fs.size());
  for (size_t i = 0; i < fs.size(); ++i)
    groups[static_cast<size_t>(find_root(parent, static_cast<int>(i)))].push_back(
        fs[i].framework->id);
  for (auto& g : groups)
    if (g.size() >= 2) r.clusters.push_back(std::move(g));
  std::sort(r.clusters.begin(), r.clusters.end(), [](const auto& x, const auto& y) {
    return x.size() != y.size() ? x.size() > y.size() : x < y;
  });
  return r;
}

}  // namespace lattice::latticework
