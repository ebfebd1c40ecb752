"""CPU cost of the player while a routine plays, beside a bare PySide6 circle at 60 Hz.

Each side runs in its own subprocess for the same number of seconds, with the real clock and
real timers. The child measures its own CPU time (``time.process_time``) over the playing
window only, so start-up is not counted; the parent also reads ``resource.getrusage`` for the
whole child as a cross-check.

    .venv/bin/python bench/player_cpu.py              # 60 s each (two minutes in all)
    .venv/bin/python bench/player_cpu.py --seconds 10

Without a ``DISPLAY`` (or ``WAYLAND_DISPLAY``) it uses Qt's offscreen platform; run it under
``xvfb-run`` or on a desktop for numbers closer to real use. Not a test: it prints a table.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WINDOW = (800, 600)
ROUTINE = "box-breathing"


def _offscreen_without_display() -> None:
    """Children inherit this: with no display to draw on, use Qt's offscreen platform."""
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# -- children --------------------------------------------------------------------------------


def _load_routine() -> tuple[Any, str]:
    from tenang.core.model import BreatheStep, BreathPattern, Session, Text
    from tenang.core.resources import bundled_sessions_dir
    from tenang.core.sessions.loader import load_session_text

    file = bundled_sessions_dir() / f"{ROUTINE}.toml"
    result = load_session_text(file.read_text(encoding="utf-8"), file.name)
    if result.session is not None:
        return result.session, ROUTINE
    print(f"note: {ROUTINE}.toml did not load; using a built-in 4-4-4-4 box", file=sys.stderr)
    session = Session(
        id="box",
        title=Text.plain("Box"),
        steps=(BreatheStep(BreathPattern(4, 4, 4, 4), duration=240.0),),
    )
    return session, "built-in box"


def _rss_kb() -> dict[str, int]:
    """Resident memory now and at its peak, from ``/proc/self/status`` (Linux; -1 elsewhere)."""
    found = {"rss_kb": -1, "peak_rss_kb": -1}
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    found["rss_kb"] = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    found["peak_rss_kb"] = int(line.split()[1])
    except OSError:
        pass
    return found


def _audio_listener(session: Any) -> Any:
    """The app's own audio director on the real pygame-ce port (SDL dummy driver headless)."""
    from tenang.app import create_audio_port, director_factory
    from tenang.core.settings import Settings

    port = create_audio_port(lambda reason: print(f"audio: {reason}", file=sys.stderr))
    return None if port is None else director_factory(port)(session, Settings())


def child_player(seconds: float, *, reduced: bool = False, audio: bool = False) -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tenang.core.engine import MonotonicClock
    from tenang.core.model import Phase
    from tenang.ui.player import PlayerOptions, PlayerView

    app = QApplication([])
    session, name = _load_routine()
    clock = MonotonicClock()
    listener = _audio_listener(session) if audio else None
    player = PlayerView(
        session, clock=clock, options=PlayerOptions(reduced_motion=reduced), listener=listener
    )
    player.resize(*WINDOW)

    # Paints per phase, read at each phase boundary from the driver (no extra timer).
    spans = {"motion": [0.0, 0], "hold": [0.0, 0]}
    mark: dict[str, Any] = {"t": None, "paints": 0, "phase": None}

    def boundary(_events: list[object]) -> None:
        frame = player.driver.frame()
        now = clock.now()
        if mark["t"] is not None and mark["phase"] is not None:
            kind = "hold" if mark["phase"] in (Phase.HOLD, Phase.HOLD_EMPTY) else "motion"
            spans[kind][0] += now - mark["t"]
            spans[kind][1] += player.visual.paint_count - mark["paints"]
        mark.update(
            t=now,
            paints=player.visual.paint_count,
            phase=frame.segment.phase if frame.segment else None,
        )

    player.driver.eventsDue.connect(boundary)
    result: dict[str, Any] = {}

    def finish() -> None:
        result["cpu"] = time.process_time() - cpu0
        result["wall"] = time.monotonic() - wall0
        result["paints"] = player.visual.paint_count
        result.update(_rss_kb())
        boundary([])  # close the phase still running
        player.stop_silently()
        app.quit()

    player.show()
    app.processEvents()
    cpu0, wall0 = time.process_time(), time.monotonic()
    QTimer.singleShot(round(seconds * 1000), finish)
    app.exec()
    result["routine"] = name
    result["platform"] = app.platformName()
    result["motion_rate"] = spans["motion"][1] / spans["motion"][0] if spans["motion"][0] else None
    result["hold_rate"] = spans["hold"][1] / spans["hold"][0] if spans["hold"][0] else None
    return result


def child_baseline(seconds: float) -> dict[str, Any]:
    from PySide6.QtCore import QPointF, Qt, QTimer
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])

    class Circle(QWidget):
        """The naive way: repaint every 16 ms whether or not anything moved."""

        def __init__(self) -> None:
            super().__init__()
            self.paints = 0
            self.t0 = time.monotonic()

        def paintEvent(self, event: object) -> None:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), QColor(250, 250, 247))
            level = (1 - math.cos(2 * math.pi * (time.monotonic() - self.t0) / 8)) / 2
            radius = 60 + 200 * level
            painter.setBrush(QColor(80, 140, 160))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(self.width() / 2, self.height() / 2), radius, radius)
            painter.end()
            self.paints += 1

    widget = Circle()
    widget.resize(*WINDOW)
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(widget.update)
    result: dict[str, Any] = {}

    def finish() -> None:
        result["cpu"] = time.process_time() - cpu0
        result["wall"] = time.monotonic() - wall0
        result["paints"] = widget.paints
        result.update(_rss_kb())
        app.quit()

    widget.show()
    app.processEvents()
    cpu0, wall0 = time.process_time(), time.monotonic()
    timer.start(16)
    QTimer.singleShot(round(seconds * 1000), finish)
    app.exec()
    rate = widget.paints / result["wall"]
    result["motion_rate"] = rate
    result["hold_rate"] = None
    return result


# -- parent ----------------------------------------------------------------------------------


def run_child(kind: str, seconds: float, *extra: str) -> dict[str, Any]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    completed = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--seconds", str(seconds), *extra],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode != 0:
        sys.exit(f"{kind} child failed:\n{completed.stderr}")
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    result["rusage_cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:7.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="playing time per side")
    parser.add_argument("--reduced-motion", action="store_true", help="also time reduced motion")
    parser.add_argument("--audio", action="store_true", help="play with the real audio director")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--child", choices=["player", "baseline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    _offscreen_without_display()
    if args.child == "player":
        print(json.dumps(child_player(args.seconds, reduced=args.reduced_motion, audio=args.audio)))
        return
    if args.child == "baseline":
        print(json.dumps(child_baseline(args.seconds)))
        return

    extra = ["--audio"] if args.audio else []
    player = run_child("player", args.seconds, *extra)
    baseline = run_child("baseline", args.seconds)
    sides = [("Tenang player", player), ("bare PySide6 circle at 60 Hz", baseline)]
    if args.reduced_motion:
        sides.insert(
            1,
            (
                "Tenang player, reduced motion",
                run_child("player", args.seconds, *extra, "--reduced-motion"),
            ),
        )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"seconds": args.seconds, "audio": args.audio, "sides": dict(sides)}, indent=2
            ),
            encoding="utf-8",
        )
    size = f"{WINDOW[0]}x{WINDOW[1]}"
    print(f"Player CPU, {args.seconds:g} s each, window {size}, Qt platform {player['platform']}")
    sound = "real audio director" if args.audio else "no audio"
    print(f"routine: {player['routine']}, default visual (circle), {sound}\n")
    header = (
        f"{'':32} {'CPU % core':>10} {'paints/s':>9} {'motion/s':>9} {'hold/s':>7}"
        f" {'child CPU s':>11}"
    )
    print(header)
    print("-" * len(header))
    for label, r in sides:
        share = 100.0 * r["cpu"] / r["wall"]
        print(
            f"{label:32} {share:10.1f} {r['paints'] / r['wall']:9.1f} {_rate(r['motion_rate']):>9}"
            f" {_rate(r['hold_rate']):>7} {r['rusage_cpu']:11.2f}"
        )
    ratio = (player["cpu"] / player["wall"]) / (baseline["cpu"] / baseline["wall"])
    print(f"\nplayer / baseline CPU: {ratio:.2f}")
    print("CPU % is the child's process time over the playing window only; child CPU s is")
    print("resource.getrusage for the whole child, start-up included.")


if __name__ == "__main__":
    main()
