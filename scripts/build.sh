#!/usr/bin/env bash
# Builds the release page into dist/ (what you copy to a web server), installing
# what is missing first: trunk, wasm-bindgen-cli and npm's wasm-opt (Debian's is
# too old), as scripts/test.sh does.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_rust
setup_npm
cd "$ROOT"
rm -rf dist
trunk build --release --public-url ./ "$@"
echo "dist/: $(du -cb dist/* | tail -1 | cut -f1) bytes; copy the folder to any web server"
