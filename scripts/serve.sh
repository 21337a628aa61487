#!/usr/bin/env bash
# Sets everything up, builds the release app and serves it at http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
trunk build --release
exec node tools/serve.mjs dist 8080
