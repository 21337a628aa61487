#!/usr/bin/env bash
# Installs everything InfoShare needs to build, serve and test, on a Debian machine that has
# only rustup. Idempotent: each step checks first, so a second run installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.21.14
# The splitter that cuts the page's WebAssembly into a chunk per area (tools/split-build.mjs).
# Pinned with wasm-bindgen (Cargo.lock) and wasm_split_helpers (Cargo.toml): retest all three
# together on any bump.
SPLITTER_VERSION=0.2.4
# The three engines tested: Chromium; Firefox ESR (driven by playwright-core over WebDriver
# BiDi); WebKitGTK's MiniBrowser (driven by selenium-webdriver through WebKitWebDriver, under
# Xvfb), and its GObject bindings, through which WebKit prints to PDF (tools/webkit-print.py).
APT_PACKAGES=(chromium chromium-driver firefox-esr webkit2gtk-driver gir1.2-webkit2-4.1 python3-gi xvfb xauth
  nodejs npm age qpdf poppler-utils unzip python3 graphviz)

step() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_apt_packages() {
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  # The machine may have node and npm from elsewhere; only install Debian's if neither exists.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
  fi
  read -r -a missing <<< "${missing[*]}"
  if [ "${#missing[@]}" -eq 0 ]; then echo "apt packages present"; return; fi
  step "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

install_rust_tools() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown || { step "rustup target add wasm32"; rustup target add wasm32-unknown-unknown; }
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    step "cargo install trunk $TRUNK_VERSION (about 8 minutes)"
    cargo install trunk --version "=$TRUNK_VERSION" --locked
  fi
  # wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly. Installed without
  # --locked: its own lock names a version the registry mirror lacks.
  local bindgen
  bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]; then
    step "cargo install wasm-bindgen-cli $bindgen (about 4 minutes)"
    cargo install wasm-bindgen-cli --version "=$bindgen"
  fi
  grep -q "wasm_bindgen = \"$bindgen\"" Trunk.toml || { echo "Trunk.toml [tools] wasm_bindgen must be $bindgen" >&2; exit 1; }
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLITTER_VERSION:"; then
    step "cargo install wasm_split_cli_support $SPLITTER_VERSION (about 2 minutes)"
    cargo install wasm_split_cli_support --version "=$SPLITTER_VERSION" --locked --features build-binary
  fi
}

install_npm_packages() {
  local stamp=node_modules/.infoshare-lock-sha256
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "npm packages present"
  else
    step "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
  fi
  # playwright-core needs two changes to drive Firefox ESR (the script says which); it fails
  # loudly if the text it changes is not there.
  node tools/patch-playwright.mjs
}

install_apt_packages
install_rust_tools
install_npm_packages
echo "setup complete"
