"""Start-up time and idle cost of the main window, beside a bare PySide6 window.

* Start-up: from just before the process is spawned to the first paint of the main window
  (the child prints ``time.monotonic()`` at its first Paint event; ``CLOCK_MONOTONIC`` is
  system-wide on Linux). Tenang and the bare window alternate, median of ``--runs`` each.
  Tenang starts as ``tenang`` does, through ``tenang.app.run_gui``: the single-instance claim,
  the real audio port (pygame itself waits for the first routine), settings, theme, language,
  library, journal and reminders; the bench only puts its watcher on the window as it is built.
  The child's CPU time (all threads) at that paint is reported too, to tell work in the
  process from waiting (for the disk, a lock or other jobs on the machine).
* Idle: the window stays open and untouched for ``--idle`` seconds; the child reports its CPU
  time and how often it woke up (voluntary context switches from ``/proc/self/status``).

    .venv/bin/python bench/startup_idle.py             # 7 start-ups each, 10 s idle each
    .venv/bin/python bench/startup_idle.py --runs 11 --idle 30
    .venv/bin/python bench/startup_idle.py --journal 100000   # a long-used journal

Without a display it uses Qt's offscreen platform; under ``xvfb-run`` or on a desktop the
numbers are closer to real use. Not a test: it prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, sys, time
kind, mode, idle = sys.argv[1], sys.argv[2], float(sys.argv[3])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

def status_field(name):
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(name):
                    return int(line.split()[1])
    except OSError:
        return -1
    return -1

def switches():
    return status_field("voluntary_ctxt_switches")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.monotonic()
            self.cpu = time.process_time()
            QTimer.singleShot(0, after_paint)
        return False

def after_paint():
    app = QApplication.instance()
    if mode == "startup":
        print(json.dumps({"painted": watcher.at, "cpu_to_paint": watcher.cpu}), flush=True)
        app.quit()
        return
    cpu0, sw0, t0 = time.process_time(), switches(), time.monotonic()
    def done():
        wall = time.monotonic() - t0
        print(json.dumps({"cpu": (time.process_time() - cpu0) / wall,
                          "wakeups": (switches() - sw0) / wall,
                          "rss_kb": status_field("VmRSS:")}), flush=True)
        app.quit()
    QTimer.singleShot(int(idle * 1000), done)

watcher = FirstPaint()
if kind == "tenang":
    import tenang.app
    build = tenang.app.build_main_window

    def watched_build(app, paths, **kwargs):
        window = build(app, paths, **kwargs)
        window.installEventFilter(watcher)
        return window

    tenang.app.build_main_window = watched_build
    tenang.app.run_gui([sys.argv[0]], os.environ["BENCH_DATA"])
else:
    app = QApplication([sys.argv[0]])
    window = QWidget()
    window.setWindowTitle("bare")
    window.resize(960, 620)
    window.installEventFilter(watcher)
    window.show()
    app.exec()
"""


def run_child(kind: str, mode: str, idle: float, data: str) -> dict[str, float]:
    env = {**os.environ, "BENCH_DATA": data, "SDL_AUDIODRIVER": "dummy"}
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, mode, str(idle)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if "painted" in result:
        result["startup"] = result["painted"] - started
    return result


def cpu_model() -> str:
    """The CPU's model name from ``/proc/cpuinfo``, else what ``platform`` knows."""
    cpu = platform.processor() or platform.machine()
    try:
        with Path("/proc/cpuinfo").open(encoding="ascii", errors="replace") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if "model name" in line)
    except (OSError, StopIteration):
        pass
    return cpu


def machine() -> str:
    import PySide6

    cpu = cpu_model()
    qpa = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen")
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, Qt platform {qpa}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="start-ups of each (default 7)")
    parser.add_argument("--idle", type=float, default=10.0, help="idle seconds (default 10)")
    parser.add_argument(
        "--journal",
        type=int,
        default=0,
        metavar="N",
        help="start over a journal of N entries, built as journal_bench.py does (default none)",
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        if args.journal:
            from journal_bench import build

            from tenang.core.paths import resolve_paths

            paths = resolve_paths(data)
            paths.ensure()
            build(paths.journal_file, args.journal)
        startups: dict[str, list[dict[str, float]]] = {"tenang": [], "bare": []}
        for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
            for kind in ("tenang", "bare"):
                startups[kind].append(run_child(kind, "startup", 0, data))
        idle = {kind: run_child(kind, "idle", args.idle, data) for kind in ("tenang", "bare")}

    def median_ms(kind: str, key: str) -> float:
        return statistics.median(run[key] for run in startups[kind]) * 1000

    rows = [
        (
            "start-up to first paint (median)",
            median_ms("tenang", "startup"),
            median_ms("bare", "startup"),
            "ms",
        ),
        # Next to the wall time: how much of it was work in the process rather than waiting.
        (
            "CPU time to first paint (median)",
            median_ms("tenang", "cpu_to_paint"),
            median_ms("bare", "cpu_to_paint"),
            "ms",
        ),
        ("idle CPU, window open", idle["tenang"]["cpu"] * 100, idle["bare"]["cpu"] * 100, "%"),
        ("idle wake-ups per second", idle["tenang"]["wakeups"], idle["bare"]["wakeups"], "/s"),
        (
            "RSS, window open and idle",
            idle["tenang"]["rss_kb"] / 1024,
            idle["bare"]["rss_kb"] / 1024,
            "MB",
        ),
    ]
    print(f"machine: {machine()}")
    journal = f"a journal of {args.journal:,} entries" if args.journal else "no journal"
    print(f"{args.runs} start-ups each, interleaved; {args.idle:g} s idle each; {journal}\n")
    print(f"{'figure':<34} {'Tenang':>10} {'bare window':>12} {'ratio':>7}")
    for name, ours, base, unit in rows:
        ratio = f"{ours / base:.2f}" if base else "-"
        print(f"{name:<34} {ours:>8.2f}{unit:<2} {base:>10.2f}{unit:<2} {ratio:>7}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"machine": machine(), "journal_entries": args.journal, "rows": rows}, indent=2
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
