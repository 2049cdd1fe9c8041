#!/usr/bin/env bash
# Release binary size and .deb size (tauri build --bundles deb), with their targets.
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm ci` trips over the lock entries of the CLI's per-platform optional packages; the version is pinned.
(cd benches && npm install --no-audit --no-fund --loglevel=error >/dev/null)
(cd src-tauri && ../benches/node_modules/.bin/tauri build --bundles deb --features custom-protocol >/dev/null 2>&1) \
  || { echo "tauri build failed; run it by hand to see why: (cd src-tauri && ../benches/node_modules/.bin/tauri build --bundles deb)"; exit 1; }
bin=target/release/werfwijzer
deb=$(ls -t target/release/bundle/deb/*.deb | head -1)
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB (%.1f MB)", b/1048576, b/1e6 }'; }
echo "release binary $bin: $(mib "$(stat -c %s "$bin")")"
size=$(stat -c %s "$deb")
verdict=$([ "$size" -lt 10000000 ] && echo MET || echo "NOT MET")
echo ".deb package $(basename "$deb"): $(mib "$size")  target < 10 MB  $verdict"
