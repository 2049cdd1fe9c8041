#!/usr/bin/env bash
# Builds what the benchmarks measure: the release app (front end embedded), the release CLI
# and the bare Tauri reference window.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-app.sh
cargo build --release --locked -p bare-tauri --features custom-protocol
