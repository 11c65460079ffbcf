#!/usr/bin/env bash
# Prints the benchmark tables, every figure measured in this run and side by
# side with what it is compared with (this machine is noisy: compare ratios).
#  1. the Python interpreter (`transcript FILE.py`, native build with PGO:
#     scripts/pgo.sh) vs CPython 3.11 running the same file through the oracle
#     (tools/pyref.py): whole-process wall time and peak memory; then, for
#     context, our build without PGO and a CPython built with PGO+LTO
#     (tools/bench_interp.py);
#  2. the release build in headless Chromium: transfer size and time to first
#     result beside Pyodide (CPython in the page, from the npm package), edit ->
#     output, real-clock lateness, and smoothness with 10,000 tasks.
# Usage: bash scripts/bench.sh [--native-only]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
cargo build -q --profile native --bin transcript -p playground-python
bash scripts/pgo.sh >/dev/null
echo "== the interpreter (PGO build, scripts/pgo.sh) vs CPython on the same .py file (best of 7 runs, the builds taking turns; ratio = CPython time / ours)"
OTHER=(--plain target/native/transcript)
[ -x /usr/bin/python3.11 ] && OTHER+=(--python-pgo /usr/bin/python3.11)
python3 tools/bench_interp.py --bin target/pgo/native/transcript "${OTHER[@]}"
[ "${1:-}" = "--native-only" ] && exit 0

setup_rust
setup_npm
setup_chromium
if [ ! -d tools/bench/node_modules ] || [ tools/bench/package-lock.json -nt tools/bench/node_modules/.package-lock.json ]; then
  say "installing the benchmark's npm packages (playwright-core, pyodide for the comparison)"
  (cd tools/bench && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
echo
echo "== release build"
trunk build --release --public-url ./ 2>&1 | tail -n 1
echo
echo "== the page in headless Chromium ($(date -u +%F), $(nproc) cores)"
node tools/bench/bench.mjs
