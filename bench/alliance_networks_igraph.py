#!/usr/bin/env python3
"""Second baseline for bench/alliance_networks.cpp: the graph measures with python-igraph (the
same C library Lattice calls, through Python), the S matrix as in alliance_networks_networkx.py.
Usage: alliance_networks_igraph.py DATA_DIR [RUNS] (needs Debian python3-igraph and
python3-networkx, whose script it reuses for loading and the S matrix).
"""
import os
import sys
import time

import igraph

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from alliance_networks_networkx import load, members, s_matrix  # noqa: E402


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
            index = {c: i for i, c in enumerate(nodes)}
            edges = {k: c for k, c in ties.get(year, {}).items() if k[0] in index and k[1] in index}
            n = len(nodes)
            g = igraph.Graph(n=n, edges=[(index[a], index[b]) for a, b in edges])
            density = g.density()
            comps = len(g.connected_components())
            g.degree()
            btw = g.betweenness()
            metrics_time += time.perf_counter() - t1
            t2 = time.perf_counter()
            s = s_matrix(nodes, edges)
            s_time += time.perf_counter() - t2
            sum_density += density
            components += comps
            if n > 2:
                sum_btw += sum(btw) / ((n - 1) * (n - 2) / 2)
            sum_s += 2 * sum(s.values()) + n
        best = [min(best[0], load_time), min(best[1], metrics_time), min(best[2], s_time)]
    print(f"Python {sys.version.split()[0]} + python-igraph {igraph.__version__}, best of {runs} "
          "run(s), years 1816-2018")
    print(f"  load CSVs          {best[0]:8.3f} s")
    print(f"  networks + metrics {best[1]:8.3f} s")
    print(f"  S-score matrices   {best[2]:8.3f} s")
    print(f"  compute total      {best[1] + best[2]:8.3f} s")
    print(f"  checksums: density {sum_density:.9f} components {components} "
          f"betweenness {sum_btw:.9f} S {sum_s:.6f}")


if __name__ == "__main__":
    main()
