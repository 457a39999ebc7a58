#!/usr/bin/env bash
# Extraction speed and memory on a large corpus, next to `wc -w` on the same files.
# Usage: bench/extract_corpus.sh LATTICE_BINARY [MEGABYTES]
# Builds a corpus of MEGABYTES (default 100) from the seed documents of ../shared/corpus/seeds,
# each file the five seeds concatenated and repeated to about 256 KB, then runs, on one core:
#   wc -w over the files (the baseline), and `lattice extract --jsonl` over the same files,
# and again over half the files, to show that peak memory does not grow with the corpus.
set -euo pipefail
bin=$(realpath "$1")
mb=${2:-100}
root=$(cd "$(dirname "$0")/.." && pwd)
seeds="$root/../shared/corpus/seeds"
work="$root/build/bench/extract-corpus"
rm -rf "$work" && mkdir -p "$work/all"
cat "$seeds"/*.txt > "$work/unit.txt"
unit_size=$(stat -c %s "$work/unit.txt")
reps=$(( 262144 / unit_size + 1 ))
for _ in $(seq "$reps"); do cat "$work/unit.txt"; done > "$work/block.txt"
block_size=$(stat -c %s "$work/block.txt")
files=$(( mb * 1048576 / block_size + 1 ))
for i in $(seq -w 1 "$files"); do cp "$work/block.txt" "$work/all/doc$i.txt"; done
all_files=("$work"/all/*.txt)
half_files=("${all_files[@]:0:$(( files / 2 ))}")
total=$(( files * block_size ))
total_half=$(( ${#half_files[@]} * block_size ))
echo "corpus: $files files, $(( total / 1048576 )) MB"

seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.2f}')" "$1"; }
run() {  # label, then the command; prints wall seconds, MB/s and peak RSS
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" taskset -c 0 "$@" > /dev/null
  read -r secs rss < "$work/time.txt"
  python3 - "$label" "$secs" "$rss" "$total" <<'PY'
import sys
label, secs, rss, total = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
mbs = total / 1048576 / secs if secs > 0 else float("inf")
print(f"{label:40s} {secs:8.2f} s  {mbs:8.1f} MB/s  peak RSS {rss / 1024:7.1f} MB")
PY
}
run "wc -w (baseline)" wc -w "${all_files[@]}"
run "lattice extract --jsonl" "$bin" extract --jsonl "${all_files[@]}"
run "lattice extract --kinds recommendation,claim" "$bin" extract --jsonl --kinds recommendation,claim "${all_files[@]}"
/usr/bin/time -f "%e %M" -o "$work/time.txt" taskset -c 0 "$bin" extract --jsonl "${half_files[@]}" > /dev/null
read -r secs rss < "$work/time.txt"
echo "half the corpus ($(( total_half / 1048576 )) MB): $secs s, peak RSS $(( rss / 1024 )) MB"
rm -rf "$work/all"
