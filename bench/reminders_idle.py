"""Idle cost of reminders: the app with reminders on, beside the same app without them.

Each child builds the real main window (``tenang.app.build_main_window``) over a fresh data
folder, shows it, and sits untouched for ``--idle`` seconds. "with reminders" writes a rule that
is always active (every 5 minutes, all day, every day), so the scheduler always has a timer
armed (capped at one minute); "without" replaces ``attach_reminders`` with a no-op. The child
reports CPU time / wall time, wake-ups per second (voluntary context switches from
``/proc/self/status``) and how often the reminder timer actually woke the app.

    .venv/bin/python bench/reminders_idle.py              # 3 runs x 20 s idle each
    .venv/bin/python bench/reminders_idle.py --runs 5 --idle 65

Not a test: it prints a table. Without a display it uses Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import json, os, sys, time
mode, idle = sys.argv[1], float(sys.argv[2])
from PySide6.QtCore import QTimer

def switches():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("voluntary_ctxt_switches"):
                    return int(line.split()[1])
    except OSError:
        return -1
    return -1

from tenang.app import build_main_window, prepare_application
from tenang.audio import NullAudio
from tenang.core.paths import resolve_paths
import tenang.ui.reminders.controller as reminders
import tenang.ui.reminders.scheduler as scheduler

paths = resolve_paths(os.environ["BENCH_DATA"])
paths.ensure()
wakes = [0]
if mode == "with":
    (paths.config_dir / "reminders.toml").write_text(
        'format = 1\n[[rules]]\nid = "always"\nkind = "interval"\nevery_minutes = 5\n'
        'start = "00:00"\nend = "23:59"\naction = "checkin"\n', encoding="utf-8")
    original = scheduler.ReminderScheduler._wake
    def counted(self):
        wakes[0] += 1
        original(self)
    scheduler.ReminderScheduler._wake = counted
else:
    reminders.attach_reminders = lambda *a, **k: None
app = prepare_application([sys.argv[0]])
window = build_main_window(app, paths, audio=NullAudio())
window.resize(960, 620)
window.show()

def start():
    cpu0, sw0, t0 = time.process_time(), switches(), time.monotonic()
    def done():
        wall = time.monotonic() - t0
        controller = window.reminders_controller
        armed = controller.scheduler.timer.isActive() if controller is not None else False
        print(json.dumps({"cpu": (time.process_time() - cpu0) / wall,
                          "wakeups": (switches() - sw0) / wall,
                          "timer_wakes": wakes[0] / wall * 60, "armed": armed}), flush=True)
        app.quit()
    QTimer.singleShot(int(idle * 1000), done)

QTimer.singleShot(1500, start)  # let start-up work (journal check, first paint) settle
app.exec()
"""


def run_child(mode: str, idle: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="tenang-bench-") as data:
        env = {**os.environ, "BENCH_DATA": data, "SDL_AUDIODRIVER": "dummy"}
        if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        done = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(idle)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=idle + 120,
        )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--idle", type=float, default=20.0)
    args = parser.parse_args()
    results: dict[str, list[dict[str, float]]] = {"without": [], "with": []}
    started = time.monotonic()
    for _ in range(args.runs):
        for mode in ("without", "with"):  # alternate so machine noise hits both alike
            results[mode].append(run_child(mode, args.idle))
    print(
        f"{args.runs} runs x {args.idle:.0f} s idle each, medians "
        f"(QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM') or 'auto'}; "
        f"{time.monotonic() - started:.0f} s total)"
    )
    print(f"{'':24} {'CPU %':>8} {'wake-ups/s':>11} {'reminder wakes/min':>19}")
    for mode, label in (("without", "app, no reminders"), ("with", "app, reminders on")):
        runs = results[mode]
        cpu = statistics.median(r["cpu"] for r in runs) * 100
        wakeups = statistics.median(r["wakeups"] for r in runs)
        timer = statistics.median(r["timer_wakes"] for r in runs)
        print(f"{label:24} {cpu:8.2f} {wakeups:11.2f} {timer:19.2f}")
    armed = all(r["armed"] for r in results["with"])
    print(f"reminder timer armed at the end of every 'with' run: {armed}")


if __name__ == "__main__":
    main()
