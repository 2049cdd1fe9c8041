#!/usr/bin/env bash
# Builds and starts Werfwijzer (release build, front end embedded) on this machine.
#   bash scripts/run-app.sh            start the app with your own data
#   WERFWIJZER_DB=/tmp/try.db bash scripts/run-app.sh    start it on another database file
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --run
bash scripts/build-app.sh
exec ./target/release/werfwijzer
