#!/usr/bin/env bash
# Serves the app on http://127.0.0.1:8080, rebuilding on change.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_rust
setup_npm
cd "$ROOT"
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
