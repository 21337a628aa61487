#!/usr/bin/env bash
# Sets everything up and runs every test: formatting and lints, native core tests, component
# tests in headless Chromium, the release build, its size report (failing over budget), load
# timings (alone and beside SurveyJS) and sealing timings, and the end-to-end suite.
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

step "end-to-end tests against the release build"
node --test tests/e2e/*.test.mjs tests/tools/*.test.mjs
