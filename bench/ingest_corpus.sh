#!/usr/bin/env bash
# Ingest speed and database size on a large corpus, next to a baseline that stores the same texts
# in an SQLite FTS5 table with Python's sqlite3 module (no segmentation, no extraction).
# Usage: bench/ingest_corpus.sh LATTICE_BINARY [MEGABYTES]
# The corpus is built as in extract_corpus.sh: files of the five seed documents concatenated and
# repeated to about 316 KB each, MEGABYTES (default 100) in all.
set -euo pipefail
bin=$(realpath "$1")
mb=${2:-100}
root=$(cd "$(dirname "$0")/.." && pwd)
seeds="$root/../shared/corpus/seeds"
work="$root/build/bench/ingest-corpus"
rm -rf "$work" && mkdir -p "$work/all"
cat "$seeds"/*.txt > "$work/unit.txt"
unit_size=$(stat -c %s "$work/unit.txt")
reps=$(( 262144 / unit_size + 1 ))
for _ in $(seq "$reps"); do cat "$work/unit.txt"; done > "$work/block.txt"
block_size=$(stat -c %s "$work/block.txt")
files=$(( mb * 1048576 / block_size + 1 ))
# Each file differs in its first line, so that every document has its own sha256.
for i in $(seq -w 1 "$files"); do { echo "Copy $i"; cat "$work/block.txt"; } > "$work/all/doc$i.txt"; done
all_files=("$work"/all/*.txt)
total=$(du -cb "${all_files[@]}" | tail -1 | cut -f1)
echo "corpus: $files files, $(( total / 1048576 )) MB"

report() {  # label, seconds, database file
  python3 - "$1" "$2" "$3" "$total" <<'PY'
import os, sys
label, secs, db, total = sys.argv[1], float(sys.argv[2]), sys.argv[3], int(sys.argv[4])
size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
print(f"{label:36s} {secs:8.2f} s  {total / 1048576 / secs:7.1f} MB/s  database {size / 1048576:7.1f} MB"
      f" ({size / total:.2f}x the text)")
PY
}

start=$(date +%s.%N)
python3 - "$work/baseline.db" "${all_files[@]}" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("CREATE VIRTUAL TABLE docs USING fts5(name, text, tokenize='porter unicode61')")
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        db.execute("INSERT INTO docs VALUES (?, ?)", (path, f.read()))
    db.commit()
db.close()
PY
end=$(date +%s.%N)
report "baseline: python sqlite3 FTS5 insert" "$(python3 -c "print($end - $start)")" "$work/baseline.db"

start=$(date +%s.%N)
taskset -c 0 "$bin" ingest --db "$work/lattice.db" "${all_files[@]}" > /dev/null
end=$(date +%s.%N)
report "lattice ingest (first time)" "$(python3 -c "print($end - $start)")" "$work/lattice.db"

start=$(date +%s.%N)
taskset -c 0 "$bin" ingest --db "$work/lattice.db" "${all_files[@]}" > /dev/null
end=$(date +%s.%N)
report "lattice ingest (again, unchanged)" "$(python3 -c "print($end - $start)")" "$work/lattice.db"

start=$(date +%s.%N)
"$bin" search --db "$work/lattice.db" --limit 20 '"host nation support"' > /dev/null
end=$(date +%s.%N)
echo "lattice search over the corpus: $(python3 -c "print($end - $start)") s"
rm -rf "$work"
