#!/usr/bin/env python3
"""Reference metrics for tests/alliances/networkx_compare_test.cpp, computed with NetworkX.

Reads a graph from the file named on the command line (first line: the number of nodes n,
nodes being 0..n-1; then one "u v" line per undirected edge) and prints JSON with density, the
number of connected components, degree centrality and normalised betweenness of every node.
Fails (an ImportError, exit status 1) when NetworkX is not installed: `make deps` installs
python3-networkx, and the test reports the error instead of skipping.
"""
import json
import sys

import networkx as nx

with open(sys.argv[1]) as f:
    n = int(f.readline())
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for line in f:
        if line.strip():
            u, v = map(int, line.split())
            g.add_edge(u, v)

deg = nx.degree_centrality(g)
btw = nx.betweenness_centrality(g, normalized=True)
print(json.dumps({
    "density": nx.density(g),
    "components": nx.number_connected_components(g),
    "largest_component": max((len(c) for c in nx.connected_components(g)), default=0),
    "degree_centrality": [deg[i] for i in range(n)],
    "betweenness": [btw[i] for i in range(n)],
}))
