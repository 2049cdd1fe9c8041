#!/usr/bin/env bash
# Runs every test of Werfwijzer, installing what a fresh Debian/Ubuntu machine lacks first.
# Suites: formatting, clippy, Rust tests (unit, migrations, bindings drift, CLI, whole-product),
# UI type check and unit tests, and end-to-end tests of the release app in a real window.
# Each suite prints one closing line "<suite>: N passed, N failed"; the last line sums them.
# Exit code 0 only when every suite passed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
logs="$root/artifacts/test-logs"
mkdir -p "$logs"
started=$(date +%s); step_started=$started

bash scripts/setup.sh || { echo "setup: 0 passed, 1 failed"; exit 1; }

total_pass=0; total_fail=0; failed_suites=()
report() { # suite passed failed
  echo "($1 took $(( $(date +%s) - step_started )) s)"
  echo "$1: $2 passed, $3 failed"
  total_pass=$((total_pass + $2)); total_fail=$((total_fail + $3))
  [ "$3" -eq 0 ] || failed_suites+=("$1")
}
step() { printf '\n=== %s ===\n' "$1"; step_started=$(date +%s); }
# A check that is one command: passes or fails as a whole; its output goes to a log (shown on failure).
check() { # suite command...
  local suite=$1; shift
  if "$@" >"$logs/$suite.log" 2>&1; then report "$suite" 1 0; else tail -n 60 "$logs/$suite.log"; report "$suite" 0 1; fi
}

step "front end build (needed by the shell crate at compile time)"
check ui-build npm --prefix ui run build

step "formatting"
check fmt cargo fmt --all --check

step "clippy"
check clippy cargo clippy --workspace --all-targets --locked -- -D warnings

step "Rust tests"
cargo test --workspace --locked 2>&1 | tee "$logs/rust.log" | grep -E '^(test result|running|error|failures:|    [a-z_:]+$)|panicked' || true
read -r rust_pass rust_fail < <(grep -E '^test result' "$logs/rust.log" \
  | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/' | awk '{p+=$1; f+=$2; n++} END {if (n) print p, f; else print "", ""}')
if [ -z "$rust_pass" ] || grep -qE '^error(\[|:)' "$logs/rust.log"; then
  tail -n 40 "$logs/rust.log"; report rust "${rust_pass:-0}" $(( ${rust_fail:-0} + 1 ))
else
  report rust "$rust_pass" "$rust_fail"
fi

step "UI type check"
check ui-check npm --prefix ui run check

step "UI unit tests"
rm -f "$logs/vitest.json"
(cd ui && npx vitest run --reporter=default --reporter=json --outputFile="$logs/vitest.json") >"$logs/ui.log" 2>&1
ui_status=$?
if [ -f "$logs/vitest.json" ]; then
  read -r ui_pass ui_fail < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.success?0:(r.numFailedTests?0:1)))' "$logs/vitest.json")
else ui_pass=0; ui_fail=1; fi
[ "$ui_status" -eq 0 ] || { tail -n 60 "$logs/ui.log"; [ "$ui_fail" -gt 0 ] || ui_fail=1; }
report ui "$ui_pass" "$ui_fail"

step "release build of the app (front end embedded)"
check release-build bash scripts/build-app.sh

step "end-to-end tests of the real app under Xvfb"
if [ -x target/release/werfwijzer ]; then
  bash tests/e2e/run.sh 2>&1 | tee "$logs/e2e.log"
  e2e_status=${PIPESTATUS[0]}
  e2e_pass=$(grep -E '^# pass [0-9]+' "$logs/e2e.log" | tail -1 | awk '{print $3}')
  e2e_fail=$(grep -E '^# fail [0-9]+' "$logs/e2e.log" | tail -1 | awk '{print $3}')
  e2e_pass=${e2e_pass:-0}; e2e_fail=${e2e_fail:-0}
  if [ "$e2e_status" -ne 0 ] && [ "$e2e_fail" -eq 0 ]; then e2e_fail=1; fi
  report e2e "$e2e_pass" "$e2e_fail"
else
  report e2e 0 1
fi

echo
echo "Screenshots: artifacts/screenshots/  Logs: artifacts/test-logs/  Time: $(( $(date +%s) - started )) s"
[ ${#failed_suites[@]} -eq 0 ] || echo "Failed suites: ${failed_suites[*]}"
echo "all: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
