#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine with Rust and Node lacks to build, run and test
# Werfwijzer. Safe to run again: it only installs what is missing.
#   bash scripts/setup.sh          everything (build, run, test)
#   bash scripts/setup.sh --run    only what building and running the app needs
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-all}
sudo_() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pkgs=(libwebkit2gtk-4.1-dev pkg-config fonts-dejavu-core)
if [ "$mode" != "--run" ]; then
  # Tests: a real window (Xvfb), WebDriver for WebKit, PDF tools, unzip (a look inside .docx).
  pkgs+=(xvfb xauth webkit2gtk-driver poppler-utils unzip)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  sudo_ apt-get update -qq
  sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Front-end packages, from the committed lock files; skipped while node_modules matches the lock.
npm_ci() {
  local dir=$1 stamp="$1/node_modules/.werfwijzer-lock"
  local want; want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "setup: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
}
npm_ci ui
if [ "$mode" != "--run" ]; then
  npm_ci tests/e2e
  rustup component add rustfmt clippy >/dev/null 2>&1 || true
  if ! command -v tauri-driver >/dev/null 2>&1; then
    echo "setup: installing tauri-driver"
    cargo install tauri-driver --version '^2' --locked --quiet
  fi
fi
