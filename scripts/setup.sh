#!/usr/bin/env bash
# Installs what the playground needs and is missing, and only that.
# Sourced by scripts/serve.sh and scripts/test.sh. Prints what it installs and why.
# Needs: rustup/cargo, node/npm, python3; apt (as root or with sudo) for Chromium.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[setup] error:\033[0m %s\n' "$*" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$PATH"

# wasm-bindgen: Cargo.lock, Cargo.toml and Trunk.toml must agree, and the CLI must match.
WB_LOCK=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' "$ROOT/Cargo.lock")
WB_TRUNK=$(sed -n 's/^wasm_bindgen *= *"\(.*\)"/\1/p' "$ROOT/Trunk.toml")
[ -n "$WB_LOCK" ] || die "no wasm-bindgen in Cargo.lock"
[ "$WB_LOCK" = "$WB_TRUNK" ] || die "wasm-bindgen $WB_LOCK in Cargo.lock but $WB_TRUNK in Trunk.toml: make them equal (pin wasm-bindgen with = in Cargo.toml)"

setup_rust() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target (the app compiles to WebAssembly)"
    rustup target add wasm32-unknown-unknown
  fi
  local c
  for c in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$c"; then
      say "adding the $c component (scripts/test.sh checks formatting and lints first)"
      rustup component add "$c"
    fi
  done
  if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (builds and serves the app; 0.22 needs a newer rustc). This takes ~13 minutes on 2 cores, once."
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WB_LOCK\b"; then
    say "installing wasm-bindgen-cli $WB_LOCK (must equal wasm-bindgen in Cargo.lock; ~4 minutes, once)"
    # Not --locked: the CLI's own lock file pins a crate the registry no longer has.
    cargo install wasm-bindgen-cli --version "=$WB_LOCK"
  fi
  local got
  got=$(wasm-bindgen --version | awk '{print $2}')
  [ "$got" = "$WB_LOCK" ] || die "wasm-bindgen CLI is $got but Cargo.lock has $WB_LOCK"
}

setup_npm() {
  local dir="$ROOT/tests/e2e"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing the npm packages of tests/e2e (playwright-core, binaryen's wasm-opt, axe-core) with npm ci"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
  # wasm-opt for release builds: Debian's binaryen is too old; npm's binaryen 132 works.
  export PATH="$dir/node_modules/.bin:$PATH"
}

setup_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver (headless browser tests; never a browser download)"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

export TRUNK_SKIP_VERSION_CHECK=true
