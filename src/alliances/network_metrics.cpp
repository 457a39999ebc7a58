// Network measures through the igraph C library.
#include "alliances/network_metrics.h"

#include <algorithm>

#include <igraph/igraph.h>

namespace lattice::alliances {

NetworkMetrics network_metrics(const YearNetwork& net) {
  NetworkMetrics m;
  const int n = static_cast<int>(net.ccodes.size());
  m.nodes = n;
  m.edges = static_cast<int>(net.edges.size());
  m.component.assign(static_cast<size_t>(n), 0);
  m.degree.assign(static_cast<size_t>(n), 0);
  m.degree_centrality.assign(static_cast<size_t>(n), 0.0);
  m.betweenness.assign(static_cast<size_t>(n), 0.0);
  m.betweenness_normalized.assign(static_cast<size_t>(n), 0.0);
  if (n == 0) return m;

  igraph_vector_int_t edge_list;
  igraph_vector_int_init(&edge_list, 2 * static_cast<igraph_integer_t>(net.edges.size()));
  for (size_t i = 0; i < net.edges.size(); ++i) {
    VECTOR(edge_list)[2 * i] = net.edges[i].u;
    VECTOR(edge_list)[2 * i + 1] = net.edges[i].v;
  }
  igraph_t g;
  igraph_create(&g, &edge_list, n, IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy(&edge_list);

  igraph_real_t density = 0;
  if (n >= 2) igraph_density(&g, &density, false);
  m.density = n >= 2 ? density : 0.0;

  igraph_vector_int_t membership, sizes;
  igraph_vector_int_init(&membership, 0);
  igraph_vector_int_init(&sizes, 0);
  igraph_integer_t count = 0;
  igraph_connected_components(&g, &membership, &sizes, &count, IGRAPH_WEAK);
  m.components = static_cast<int>(count);
  for (igraph_integer_t c = 0; c < count; ++c)
    m.largest_component = std::max(m.largest_component, static_cast<int>(VECTOR(sizes)[c]));
  for (int i = 0; i < n; ++i) m.component[static_cast<size_t>(i)] = VECTOR(membership)[i];
  igraph_vector_int_destroy(&membership);
  igraph_vector_int_destroy(&sizes);

  igraph_vector_int_t degree;
  igraph_vector_int_init(&degree, 0);
  igraph_degree(&g, &degree, igraph_vss_all(), IGRAPH_ALL, false);
  for (int i = 0; i < n; ++i) {
    m.degree[static_cast<size_t>(i)] = static_cast<int>(VECTOR(degree)[i]);
    if (m.degree[static_cast<size_t>(i)] == 0) ++m.isolates;
    if (n > 1) m.degree_centrality[static_cast<size_t>(i)] = VECTOR(degree)[i] / double(n - 1);
  }
  igraph_vector_int_destroy(&degree);

  igraph_vector_t between;
  igraph_vector_init(&between, 0);
  igraph_betweenness(&g, &between, igraph_vss_all(), false, nullptr);
  const double pairs = (n - 1.0) * (n - 2.0) / 2.0;
  for (int i = 0; i < n; ++i) {
    m.betweenness[static_cast<size_t>(i)] = VECTOR(between)[i];
    if (n > 2) m.betweenness_normalized[static_cast<size_t>(i)] = VECTOR(between)[i] / pairs;
  }
  igraph_vector_destroy(&between);
  igraph_destroy(&g);
  return m;
}

}  // namespace lattice::alliances
