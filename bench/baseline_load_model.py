#!/usr/bin/env python3
"""Baseline for bench_load_model: parse the same model files with Python's tomllib and csv
(parsing only: no validation), best of N runs, in milliseconds."""
import csv, io, pathlib, sys, time, tomllib

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "data/usjapan")
files = sorted(p for p in root.rglob("*") if p.suffix in (".toml", ".csv"))
texts = [(p, p.read_text(encoding="utf-8")) for p in files]
best = float("inf")
for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 20):
    t0 = time.perf_counter()
    for p, t in texts:
        if p.suffix == ".toml":
            tomllib.loads(t)
        else:
            list(csv.reader(io.StringIO(t)))
    best = min(best, time.perf_counter() - t0)
print(f"python tomllib+csv parse of {len(texts)} files: {best * 1000:.2f} ms (best of runs)")
