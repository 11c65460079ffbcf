#!/usr/bin/env bash
# Runs every test: formatting and lints, native (engine, CLI, oracle), wasm-bindgen-test in headless
# Chromium, and the Playwright end-to-end suite against the release build.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
set -e
setup_rust
setup_npm
setup_chromium
cd "$ROOT"
set +e
LOG="$ROOT/target/test-logs"; mkdir -p "$LOG"
status=0
summary=()

summarize() { # the runners' own summary lines, totalled for cargo's many binaries
  if grep -q '^test result:' "$1"; then
    grep '^test result:' "$1" | awk '{p+=$4; f+=$6; i+=$8} END {printf "test result: %d passed; %d failed; %d ignored (%d test binaries)", p, f, i, NR}'
  else
    grep -E "$SUMMARY_RE" "$1" | tr '\n' ' '
  fi
}

layer() { # name, log file, command...
  local name=$1 log=$2; shift 2
  printf '\n\033[1m== %s\033[0m\n' "$name"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  summary+=("$name: $(summarize "$log") (exit $rc)")
  if [ "$rc" != 0 ]; then status=1; fi
  if ! grep -qE "$COUNT_RE" "$log"; then
    summary+=("$name: ran no test"); status=1
  fi
}

# Formatting and lints first: an unformatted line or a clippy warning fails the run.
lint() {
  cargo fmt --all --check &&
    cargo clippy --workspace --all-targets -- -D warnings &&
    cargo clippy -p async-playground --target wasm32-unknown-unknown --all-targets -- -D warnings &&
    echo "lint: ok (cargo fmt --check; clippy -D warnings, native and wasm32)"
}
SUMMARY_RE='^lint: ' COUNT_RE='^lint: ok'
layer "lint: cargo fmt --check, cargo clippy -D warnings (native, wasm32)" "$LOG/lint.log" lint

SUMMARY_RE='^test result:' COUNT_RE='test result: ok\. [1-9]'
layer "native: cargo test (engine, CLI, oracle)" "$LOG/native.log" cargo test --workspace --exclude async-playground

export CHROMEDRIVER=/usr/bin/chromedriver
SUMMARY_RE='^test result:' COUNT_RE='test result: ok\. [1-9]'
layer "wasm: wasm-bindgen-test in headless Chromium" "$LOG/wasm.log" \
  cargo test -p async-playground --target wasm32-unknown-unknown

printf '\n\033[1m== release build (trunk build --release --public-url ./)\033[0m\n'
rm -rf dist  # never test a stale build
if trunk build --release --public-url ./ > "$LOG/release.log" 2>&1; then
  tail -n 1 "$LOG/release.log"
  summary+=("release build: $(du -cb dist/*.wasm dist/*.js | tail -1 | cut -f1) bytes of wasm+js")
else
  tail -n 30 "$LOG/release.log"; summary+=("release build: FAILED"); status=1
fi

SUMMARY_RE='^# (tests|pass|fail)' COUNT_RE='^# pass [1-9]'
layer "e2e: Playwright against dist/" "$LOG/e2e.log" \
  node --test --test-concurrency=1 tests/e2e/

printf '\n\033[1m== summary\033[0m\n'
printf '%s\n' "${summary[@]}"
exit $status
