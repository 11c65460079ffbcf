#!/usr/bin/env bash
# Builds the CLI interpreter with profile-guided optimization, as CPython's own
# release builds are made (`--enable-optimizations`): an instrumented build
# runs a training set, LLVM merges the profile, and the final build uses it.
# Output: target/pgo/native/transcript. The training set is the corpus
# (python/tests/corpus), the lessons' programs and tools/pgo/*.py (a CPU-bound
# and an asyncio program written for this); never the benchmark's programs
# (tools/bench/programs). About 3 minutes on 2 cores.
# Usage: bash scripts/pgo.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
if ! rustup component list --installed 2>/dev/null | grep -q '^llvm-tools'; then
  say "adding the llvm-tools component (llvm-profdata merges the training profile)"
  rustup component add llvm-tools
fi
PROFDATA="$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/llvm-profdata"
[ -x "$PROFDATA" ] || die "no llvm-profdata at $PROFDATA"
RAW="$ROOT/target/pgo-profile"
rm -rf "$RAW"
mkdir -p "$RAW"
say "PGO 1/3: the instrumented build"
RUSTFLAGS="-Cprofile-generate=$RAW -Cllvm-args=-vp-counters-per-site=8" \
  cargo build -q --profile native -p playground-python --bin transcript --target-dir target/pgo-gen
say "PGO 2/3: the training runs"
BIN=target/pgo-gen/native/transcript
for f in python/tests/corpus/*.py engine/src/lessons/py/*.py; do
  timeout 20 "$BIN" "$f" </dev/null >/dev/null 2>&1 || true
done
for f in tools/pgo/*.py; do
  for _ in 1 2 3; do "$BIN" "$f" >/dev/null; done
done
"$PROFDATA" merge -o "$RAW/merged.profdata" "$RAW"/*.profraw
say "PGO 3/3: the optimized build"
RUSTFLAGS="-Cprofile-use=$RAW/merged.profdata" \
  cargo build -q --profile native -p playground-python --bin transcript --target-dir target/pgo
echo "target/pgo/native/transcript"
