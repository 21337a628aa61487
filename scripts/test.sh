#!/usr/bin/env bash
# Sets everything up and runs every test: formatting and lints, native core tests, component
# tests in headless Chromium, the release build, its size report (failing over budget), load
# timings (alone and beside SurveyJS) and sealing timings, the smoke suite and printing in
# Chromium, Firefox and WebKit, the end-to-end suite in Chromium, and part of it in Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n== %s\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy -p infoshare -p infoshare-seal-worker --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

step "core: native unit, property and interop tests (age, qpdf, poppler), fuzz corpora replayed"
cargo test -p infoshare-core

step "flowchart layout: crossings per chart, no more than Graphviz dot's"
cargo run --quiet -p infoshare-core --bin dot-crossings

step "app: component tests in headless Chromium"
cargo test -p infoshare --target wasm32-unknown-unknown

step "release build"
trunk build --release

step "release sizes (the first load must stay within its budget)"
node tools/size-report.mjs dist

step "load time in Chromium with 4x CPU slowdown (reported, not asserted)"
node tools/measure-load.mjs dist

step "load time side by side with SurveyJS, 4x CPU slowdown, cold cache (reported, not asserted)"
node tools/measure-vs-surveyjs.mjs dist

step "sealing speed and memory in Chromium (reported, not asserted)"
node tools/measure-sealing.mjs dist

# Each engine's share of the time is printed, for the 45-minute budget of the whole command.
timed() {
  local what=$1 started=$SECONDS
  shift
  "$@"
  echo "$what: $((SECONDS - started)) s"
}

step "smoke suite and printing in Chromium, Firefox and WebKit, against the release build"
for engine in chromium firefox webkit; do
  INFOSHARE_ENGINE=$engine timed "smoke suite in $engine" node --test tests/smoke/*.test.mjs
done

step "end-to-end tests against the release build (Chromium)"
node --test tests/e2e/*.test.mjs tests/tools/*.test.mjs

# The whole end-to-end suite passes in Firefox too (INFOSHARE_ENGINE=firefox: about 12 minutes
# on 2 cores), more than the time budget allows on every change. Here: the files where engines
# differ most beyond what the smoke suite walks (every page by keyboard, focus, storage, CSP,
# offline).
step "end-to-end tests in Firefox: keyboard, focus, storage, CSP and offline"
INFOSHARE_ENGINE=firefox timed "end-to-end tests in firefox" \
  node --test tests/e2e/{keyboard,focus-history,storage,csp,offline}.test.mjs
