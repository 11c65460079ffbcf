#!/usr/bin/env bash
# Runs every test: native (engine, CLI, oracle), wasm-bindgen-test in headless
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

layer() { # name, log file, command...
  local name=$1 log=$2; shift 2
  printf '\n\033[1m== %s\033[0m\n' "$name"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  summary+=("$name: $(grep -E "$SUMMARY_RE" "$log" | tr '\n' ' ') (exit $rc)")
  if [ "$rc" != 0 ]; then status=1; fi
  if ! grep -qE "$COUNT_RE" "$log"; then
    summary+=("$name: ran no test"); status=1
  fi
}

SUMMARY_RE='^test result:' COUNT_RE='test result: ok\. [1-9]'
layer "native: cargo test (engine, CLI, oracle)" "$LOG/native.log" cargo test --workspace --exclude async-playground

export CHROMEDRIVER=/usr/bin/chromedriver
SUMMARY_RE='^test result:' COUNT_RE='test result: ok\. [1-9]'
layer "wasm: wasm-bindgen-test in headless Chromium" "$LOG/wasm.log" \
  cargo test -p async-playground --target wasm32-unknown-unknown

printf '\n\033[1m== release build (trunk build --release)\033[0m\n'
if ! trunk build --release --public-url ./ 2>&1 | tail -n 3; then status=1; fi

SUMMARY_RE='^# (tests|pass|fail)' COUNT_RE='^# pass [1-9]'
layer "e2e: Playwright against dist/" "$LOG/e2e.log" \
  node --test --test-concurrency=1 tests/e2e/

printf '\n\033[1m== summary\033[0m\n'
printf '%s\n' "${summary[@]}"
exit $status
