#!/usr/bin/env bash
# Prints the benchmark table: the engine natively vs CPython 3.11 asyncio on
# the same workload (N gathered sleeping tasks on a virtual clock), measured
# side by side in one run, plus the release build's transfer size.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
NS="${*:-1000 10000 100000}"
cargo build -q --profile native --bin bench
echo "== engine vs CPython: µs per task (N gathered sleeping tasks, virtual clock, best of runs)"
printf '%-8s %12s %12s %10s\n' N engine CPython ratio
for n in $NS; do
  e=$(target/native/bench "$n" | cut -f2)
  p=$(python3 tools/bench_cpython.py "$n" | cut -f2)
  printf '%-8s %12s %12s %9.1fx\n' "$n" "$e" "$p" "$(python3 -c "print($p/$e)")"
done
if [ -d dist ] && ls dist/*.wasm >/dev/null 2>&1; then
  echo
  echo "== transfer size of dist/ (build it with: trunk build --release --public-url ./)"
  printf '%-44s %10s %10s\n' file raw gzip
  total_raw=0; total_gz=0
  for f in dist/*.wasm dist/*.js dist/*.css dist/*.html dist/*.svg; do
    [ -f "$f" ] || continue
    raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    printf '%-44s %10s %10s\n' "$(basename "$f")" "$raw" "$gz"
  done
  printf '%-44s %10s %10s\n' total "$total_raw" "$total_gz"
fi
