#!/usr/bin/env python3
"""Baseline for bench/alliance_networks.cpp: the same computation with Python and NetworkX.

For every year 1816-2018 of ATOP 5.1: the alliance network over the states of the COW state
system (2016 list, carried forward to 2017-2018), nx.density, nx.number_connected_components,
nx.degree_centrality, nx.betweenness_centrality (normalised), and the full unweighted
Signorino-Ritter S matrix (valued codes 3/2/1/0, diagonal 3). The S matrix is computed sparsely
(sum |a - b| = R_i + R_j - 2 sum min(a, b) over common partners), which is far faster in pure
Python than the dense triple loop; NumPy is not used, as it is not a project dependency.
Usage: alliance_networks_networkx.py DATA_DIR [RUNS]; prints checksums to compare with the C++.
"""
import csv
import os
import sys
import time

import networkx as nx


def load(data_dir):
    ties = {}  # year -> {(a, b): code}
    with open(os.path.join(data_dir, "atop5_1_ddyr_full.csv"), newline="") as f:
        for r in csv.DictReader(f):
            if r["atop_defense"] == "1" or r["atop_offense"] == "1":
                code = 3
            elif r["atop_neutral"] == "1" or r["atop_nonagg"] == "1":
                code = 2
            elif r["atop_consul"] == "1":
                code = 1
            else:
                continue
            a, b = int(r["ccode1"]), int(r["ccode2"])
            key = (min(a, b), max(a, b))
            year = ties.setdefault(int(r["year"]), {})
            if year.get(key, 0) < code:
                year[key] = code
    periods = []
    with open(os.path.join(data_dir, "cow_states2016_peacesciencer.csv"), newline="") as f:
        for r in csv.DictReader(f):
            periods.append((int(r["ccode"]), int(r["styear"]), int(r["endyear"])))
    last = max(p[2] for p in periods)
    return ties, periods, last


def members(periods, last, year):
    if year <= last:
        return sorted({c for c, s, e in periods if s <= year <= e})
    return sorted({c for c, s, e in periods if e == last})


def s_matrix(nodes, edges):
    n = len(nodes)
    partners = {v: {v: 3} for v in nodes}
    for (a, b), code in edges.items():
        partners[a][b] = code
        partners[b][a] = code
    total = {v: sum(p.values()) for v, p in partners.items()}
    s = {}
    for i, a in enumerate(nodes):
        pa = partners[a]
        for b in nodes[i + 1:]:
            pb = partners[b]
            small, large = (pa, pb) if len(pa) < len(pb) else (pb, pa)
            common = sum(min(x, large[k]) for k, x in small.items() if k in large)
            dist = total[a] + total[b] - 2 * common
            s[(a, b)] = 1.0 - 2.0 * dist / (3.0 * n)
    return s


def main():
    data_dir = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    best = [1e9, 1e9, 1e9]
    for _ in range(runs):
        t0 = time.perf_counter()
        ties, periods, last = load(data_dir)
        load_time = time.perf_counter() - t0
        metrics_time = s_time = 0.0
        sum_density = sum_btw = sum_s = 0.0
        components = 0
        for year in range(1816, 2019):
            t1 = time.perf_counter()
            nodes = members(periods, last, year)
            node_set = set(nodes)
            edges = {k: c for k, c in ties.get(year, {}).items()
                     if k[0] in node_set and k[1] in node_set}
            g = nx.Graph()
            g.add_nodes_from(nodes)
            g.add_edges_from(edges)
            density = nx.density(g)
            comps = nx.number_connected_components(g)
            nx.degree_centrality(g)
            btw = nx.betweenness_centrality(g, normalized=True)
            metrics_time += time.perf_counter() - t1
            t2 = time.perf_counter()
            s = s_matrix(nodes, edges)
            s_time += time.perf_counter() - t2
            sum_density += density
            components += comps
            sum_btw += sum(btw.values())
            # the C++ sums the full matrix: both triangles and the diagonal of ones
            sum_s += 2 * sum(s.values()) + len(nodes)
        best = [min(best[0], load_time), min(best[1], metrics_time), min(best[2], s_time)]
    print(f"Python {sys.version.split()[0]} + NetworkX {nx.__version__}, best of {runs} run(s), "
          "years 1816-2018")
    print(f"  load CSVs          {best[0]:8.3f} s")
    print(f"  networks + metrics {best[1]:8.3f} s")
    print(f"  S-score matrices   {best[2]:8.3f} s")
    print(f"  compute total      {best[1] + best[2]:8.3f} s")
    print(f"  checksums: density {sum_density:.9f} components {components} "
          f"betweenness {sum_btw:.9f} S {sum_s:.6f}")


if __name__ == "__main__":
    main()
