#!/usr/bin/env bash
# Runs libFuzzer targets for a bounded time each, from their committed seed corpora, and fails on
# any crash, leak, timeout, out-of-memory or sanitizer report (`make fuzz-smoke`, `make fuzz`).
#
# Usage: fuzz/run-fuzzers.sh BUILD_DIR TARGET...
#   BUILD_DIR   the clang build (build/fuzz); the binaries are BUILD_DIR/fuzz/TARGET
# Environment:
#   FUZZ_SECONDS   seconds per target (default 20)
#   FUZZ_PARALLEL  targets run at the same time (default 2)
#   FUZZ_TIMEOUT   seconds one input may take before it counts as a hang (default 10)
#   FUZZ_RSS_MB    memory limit of one fuzzer process in MB (default 2048)
#   FUZZ_KEEP      1: keep the corpus each target grows, in BUILD_DIR/corpus/TARGET/, from one
#                  run to the next (make fuzz); default 0: start from the seeds every time, with
#                  a scratch corpus in BUILD_DIR/smoke/TARGET/ (make fuzz-smoke)
#
# Seeds are read from fuzz/corpus/TARGET/ and never written to: new inputs go to the corpus
# folder above, crash inputs to BUILD_DIR/artifacts/TARGET/, logs to BUILD_DIR/logs/TARGET.log.
set -u

if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD_DIR TARGET..." >&2
  exit 2
fi
build=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
seconds=${FUZZ_SECONDS:-20}
parallel=${FUZZ_PARALLEL:-2}
timeout=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}
keep=${FUZZ_KEEP:-0}

# Extra options of some targets (their inputs are larger than libFuzzer's default 4 KiB).
extra_options() {
  case $1 in
    fuzz_extract | fuzz_claim_check) echo "-max_len=65536" ;;
    fuzz_model_loader | fuzz_model_series | fuzz_alliance_data) echo "-max_len=32768" ;;
  esac
}

# Runs one target; prints one line and returns non-zero on any finding.
run_one() {
  local target=$1
  local bin=$build/fuzz/$target seeds=$here/corpus/$target
  local corpus=$build/smoke/$target artifacts=$build/artifacts/$target log=$build/logs/$target.log
  [ "$keep" = 1 ] && corpus=$build/corpus/$target
  if [ ! -x "$bin" ]; then
    echo "FAIL $target: $bin is not built"
    return 1
  fi
  if [ ! -d "$seeds" ] || [ -z "$(ls -A "$seeds")" ]; then
    echo "FAIL $target: no seed corpus in $seeds"
    return 1
  fi
  [ "$keep" = 1 ] || rm -rf "$corpus"
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  # halt_on_error: a UBSan report stops the run like an ASan one; leaks are checked per input.
  # shellcheck disable=SC2046
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1${ASAN_OPTIONS:+:$ASAN_OPTIONS} \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS} \
  LSAN_OPTIONS=suppressions=$here/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS} \
    "$bin" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss" \
    -artifact_prefix="$artifacts/" -print_final_stats=1 $(extra_options "$target") \
    "$corpus" "$seeds" >"$log" 2>&1
  local status=$?
  local runs
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  local crash
  crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
  local kind
  kind=$(grep -m1 -E '^SUMMARY: |runtime error: ' "$log")
  if [ $status -ne 0 ] || [ -n "$crash" ] || [ -n "$kind" ]; then
    echo "FAIL $target: ${kind:-exit status $status}"
    echo "     input: ${crash:-(none written)}"
    echo "     log:   $log"
    [ -n "$crash" ] && echo "     again: $bin $crash"
    echo "----- $log (last 40 lines) -----"
    tail -n 40 "$log"
    echo "-----"
    return 1
  fi
  echo "ok   $target: ${runs:-?} runs in ${seconds} s, corpus of $(find "$corpus" -type f | wc -l) inputs"
}

echo "fuzzing ${#} targets, ${seconds} s each, ${parallel} at a time (FUZZ_SECONDS=$seconds)"
status_dir=$(mktemp -d)
trap 'rm -rf "$status_dir"' EXIT
running=0
for target in "$@"; do
  if [ "$running" -ge "$parallel" ]; then
    wait -n
    running=$((running - 1))
  fi
  (run_one "$target" >"$status_dir/$target.out"; echo $? >"$status_dir/$target.rc"; cat "$status_dir/$target.out") &
  running=$((running + 1))
done
wait

failed=()
for target in "$@"; do
  [ "$(cat "$status_dir/$target.rc" 2>/dev/null)" = 0 ] || failed+=("$target")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing FAILED for ${failed[*]} (crash inputs under $build/artifacts/; add each as a" \
    "regression test and to fuzz/corpus/TARGET/)" >&2
  exit 1
fi
echo "fuzzing: all ${#} targets ran clean"
