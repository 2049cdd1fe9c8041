#!/usr/bin/env bash
# End-to-end tests: the release app in a real window (Xvfb), driven through tauri-driver and
# WebKitWebDriver. Usage, from anywhere:  bash tests/e2e/run.sh [test files...]
# A benchmark that drives the app the same way:  bash tests/e2e/run.sh --script benches/live-check.mjs
#
# Environment (all optional):
#   E2E_APP          the app binary             (default: <repo>/target/release/werfwijzer)
#   E2E_SCREENSHOTS  where screenshots go       (default: <repo>/artifacts/screenshots)
#   E2E_AXE          where axe summaries go     (default: <repo>/artifacts/axe)
#   E2E_PORT         tauri-driver's port        (default: 4444; the native port is E2E_PORT+1)
# Build the app first:
#   npm --prefix ui ci && npm --prefix ui run build && cargo build --release -p werfwijzer --features custom-protocol
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
export E2E_APP="${E2E_APP:-$ROOT/target/release/werfwijzer}"
export E2E_SCREENSHOTS="${E2E_SCREENSHOTS:-$ROOT/artifacts/screenshots}"
export E2E_AXE="${E2E_AXE:-$ROOT/artifacts/axe}"
PORT="${E2E_PORT:-4444}"
NATIVE_PORT=$((PORT + 1))
export E2E_DRIVER_URL="http://127.0.0.1:$PORT"
export PATH="$PATH:$HOME/.cargo/bin"

die() { echo "e2e: $*" >&2; exit 2; }

# ---- what must be there
[ -x "$E2E_APP" ] || die "the app binary $E2E_APP is missing. Build it from $ROOT with:
  npm --prefix ui ci && npm --prefix ui run build && cargo build --release -p werfwijzer --features custom-protocol"
command -v tauri-driver >/dev/null || die "tauri-driver is missing: cargo install tauri-driver --version '^2' --locked"
command -v WebKitWebDriver >/dev/null || die "WebKitWebDriver is missing: apt-get install webkit2gtk-driver"
command -v node >/dev/null || die "node (20 or newer) is missing"
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_open "$PORT" && die "port $PORT is already in use (another tauri-driver?); set E2E_PORT to use another"
port_open "$NATIVE_PORT" && die "port $NATIVE_PORT is already in use; set E2E_PORT to use another"

if [ ! -f "$HERE/node_modules/axe-core/axe.min.js" ]; then
  (cd "$HERE" && npm ci --no-audit --no-fund) || die "npm ci in $HERE failed"
fi

TMP="$(mktemp -d -t werfwijzer-e2e.XXXXXX)"
XVFB_PID=""
DRIVER_PID=""
cleanup() {
  if [ -n "$DRIVER_PID" ] && kill -0 "$DRIVER_PID" 2>/dev/null; then
    kill "$DRIVER_PID" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$DRIVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$DRIVER_PID" 2>/dev/null
  fi
  if [ -n "$XVFB_PID" ] && kill -0 "$XVFB_PID" 2>/dev/null; then
    kill "$XVFB_PID" 2>/dev/null
    wait "$XVFB_PID" 2>/dev/null
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- a display: the one we have if it answers, else our own Xvfb
if [ -n "${DISPLAY:-}" ] && xset -display "$DISPLAY" q >/dev/null 2>&1; then
  echo "e2e: using DISPLAY=$DISPLAY"
else
  command -v Xvfb >/dev/null || die "Xvfb is missing: apt-get install xvfb"
  N=99
  while [ -e "/tmp/.X$N-lock" ] || [ -e "/tmp/.X11-unix/X$N" ]; do N=$((N + 1)); done
  Xvfb ":$N" -screen 0 1280x800x24 -nolisten tcp >"$TMP/xvfb.log" 2>&1 &
  XVFB_PID=$!
  export DISPLAY=":$N"
  for _ in $(seq 100); do
    [ -e "/tmp/.X11-unix/X$N" ] && break
    kill -0 "$XVFB_PID" 2>/dev/null || { cat "$TMP/xvfb.log" >&2; die "Xvfb :$N did not start"; }
    sleep 0.1
  done
  echo "e2e: started Xvfb on DISPLAY=$DISPLAY (pid $XVFB_PID)"
fi

# ---- tauri-driver; the app it starts inherits WERFWIJZER_DB. Flows that need an empty
# database remove this file between sessions (see lib/harness.js).
export E2E_DB="$TMP/werfwijzer.db"
WERFWIJZER_DB="$E2E_DB" tauri-driver --port "$PORT" --native-port "$NATIVE_PORT" >"$TMP/tauri-driver.log" 2>&1 &
DRIVER_PID=$!
export E2E_DRIVER_PID="$DRIVER_PID"
for _ in $(seq 100); do
  port_open "$PORT" && break
  kill -0 "$DRIVER_PID" 2>/dev/null || { cat "$TMP/tauri-driver.log" >&2; die "tauri-driver exited early"; }
  sleep 0.1
done
port_open "$PORT" || { cat "$TMP/tauri-driver.log" >&2; die "tauri-driver does not listen on port $PORT"; }
echo "e2e: tauri-driver on port $PORT (pid $DRIVER_PID), database $E2E_DB"

# ---- the flows, one file at a time (one app session at a time)
START=$(date +%s)
if [ "${1:-}" = "--script" ]; then
  shift
  node "$@"
  RC=$?
else
  rm -f "$E2E_SCREENSHOTS"/{eerste-gebruik,demo,fout,toetsenbord,vacature,FOUT}-*.png "$E2E_AXE"/*.json 2>/dev/null
  if [ "$#" -gt 0 ]; then FILES=("$@"); else FILES=("$HERE"/tests/*.test.js); fi
  node --test --test-concurrency=1 "${FILES[@]}"
  RC=$?
fi
echo "e2e: finished in $(( $(date +%s) - START )) s with exit code $RC; screenshots in $E2E_SCREENSHOTS, axe summaries in $E2E_AXE"
if [ "$RC" -ne 0 ]; then
  echo "e2e: tauri-driver log (last 40 lines):" >&2
  tail -n 40 "$TMP/tauri-driver.log" >&2
fi
exit "$RC"
