#!/usr/bin/env python3
"""Start-up time and idle memory of Werfwijzer, side by side with a bare Tauri 2 window.

Both binaries are release builds with their front end embedded. Each page calls the
`ui_ready` command after its first populated paint (Werfwijzer: after it has loaded the
organisations and procedures of a demo database and rendered them; bare: after its first
frame). With WERFWIJZER_READY_SIGNAL set, the binary prints `werfwijzer-ready` on stdout then.

* start: wall time from exec to that line, over warm runs (after warm-up runs), median.
* idle PSS: the process and all its children (WebKitWebProcess, WebKitNetworkProcess),
  summed from /proc/PID/smaps_rollup, 5 s after ready.

Prints each figure with its target (PRODUCT.md §4.3). Run under a display:
    xvfb-run -a python3 benches/startup.py
"""
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APP = os.path.join(ROOT, "target/release/werfwijzer")
BARE = os.path.join(ROOT, "target/release/bare-tauri")
CLI = os.path.join(ROOT, "target/release/werfwijzer-cli")
RUNS = int(os.environ.get("RUNS", "11"))
WARMUP = 2


def launch(binary, env_extra, signal_mode):
    env = dict(os.environ, WERFWIJZER_READY_SIGNAL=signal_mode, **env_extra)
    t0 = time.perf_counter()
    proc = subprocess.Popen([binary], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True,
                            start_new_session=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    if not line.startswith("werfwijzer-ready"):
        kill_tree(proc)
        raise SystemExit(f"{binary} did not report ready (got {line!r})")
    return proc, elapsed


def kill_tree(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def descendants(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in os.listdir(f"/proc/{p}/task") if os.path.isdir(f"/proc/{p}/task") else []:
            try:
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
            except OSError:
                pass
    return out


def pss_kib(pid):
    total = 0
    for p in descendants(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def start_times(binary, env_extra):
    times = []
    for i in range(WARMUP + RUNS):
        proc, elapsed = launch(binary, env_extra, "exit")
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            kill_tree(proc)
        if i >= WARMUP:
            times.append(elapsed)
    return times


def idle_pss(binary, env_extra):
    proc, _ = launch(binary, env_extra, "1")
    try:
        time.sleep(5)
        return pss_kib(proc.pid)
    finally:
        kill_tree(proc)


def main():
    for b in (APP, BARE, CLI):
        if not os.path.exists(b):
            sys.exit(f"missing {b}: run `bash benches/build.sh` first")
    if not os.environ.get("DISPLAY"):
        sys.exit("no DISPLAY: run under `xvfb-run -a python3 benches/startup.py`")
    work = tempfile.mkdtemp(prefix="werfwijzer-bench-")
    try:
        db = os.path.join(work, "demo.db")
        subprocess.run([CLI, "demo", "--db", db], check=True, stdout=subprocess.DEVNULL)
        app_env = {"WERFWIJZER_DB": db, "XDG_DATA_HOME": work}
        bare_env = {"XDG_DATA_HOME": work}
        # Interleave the two so drift in machine load hits both alike.
        app_t, bare_t = [], []
        for _ in range(2):
            bare_t += start_times(BARE, bare_env)
            app_t += start_times(APP, app_env)
        app_med, bare_med = statistics.median(app_t), statistics.median(bare_t)
        app_pss, bare_pss = idle_pss(APP, app_env), idle_pss(BARE, bare_env)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    ratio = app_med / bare_med
    ok_start = ratio <= 1.1 and app_med < 1.0
    mem_ratio = app_pss / bare_pss
    print(f"start to populated window (warm, median of {len(app_t)}): werfwijzer {app_med*1e3:.0f} ms, "
          f"bare Tauri {bare_med*1e3:.0f} ms, ratio {ratio:.2f}  target <= 1.10 and < 1000 ms  "
          f"{'MET' if ok_start else 'NOT MET'}")
    print(f"idle PSS (app + WebKit processes): werfwijzer {app_pss/1024:.0f} MiB, bare Tauri {bare_pss/1024:.0f} MiB, "
          f"ratio {mem_ratio:.2f}  target <= 1.25  {'MET' if mem_ratio <= 1.25 else 'NOT MET'}")


if __name__ == "__main__":
    main()
