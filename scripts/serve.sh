#!/usr/bin/env bash
# Builds the release app and serves it at http://127.0.0.1:8080/ (PORT=… to change).
# Installs whatever is missing first (see setup.sh). DIGIWIJZER_THEME=… picks a theme.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

trunk build --release --offline
exec node scripts/serve.mjs --dir dist --port "${PORT:-8080}"
