#!/usr/bin/env bash
# Builds the front end and the release app binary with the front end embedded
# (the `custom-protocol` feature, as `tauri build` does), plus the release CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
npm --prefix ui run build --silent
cargo build --release --locked -p werfwijzer --features custom-protocol -p werfwijzer-cli
