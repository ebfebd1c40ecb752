"""Phase-boundary accuracy on the real Qt event loop, beside a naive ``singleShot`` chain.

A 10-minute routine (box breathing, an extended exhale, a meditation with interval bells) runs
twice on a ``QCoreApplication`` with real timers:

* *Tenang*: the real :class:`tenang.ui.driver.QtDriver` with the real precise deadline timer
  (``QtTimerFactory``) and the real audio director on the pygame-ce backend (SDL dummy driver
  unless ``SDL_AUDIODRIVER`` says otherwise) as its listener;
* *naive chain* (the baseline): each boundary arms the next with
  ``QTimer.singleShot(interval)``, the interval taken from the plan, and plays the same cues.

For every boundary event it records (monotonic time the event reached its handler) minus (its
scheduled time), and the same for every cue (time ``play()`` returned). It prints p50, p99 and
max lateness in real milliseconds, and the drift: lateness of the last boundary minus that of
the first boundary a timer fired.

``--speed N`` runs the timeline N times faster (the clock is scaled, the timers get real-time
delays); the output says so. Lateness is always in real milliseconds. At ``--speed 1`` this
takes 20 minutes.

    .venv/bin/python bench/phase_accuracy.py [--speed 1] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from audio_latency import KEEP_EVERY_CUE, ScaledClock, TimedAudio, percentile
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from tenang.audio.director import AudioDirector
from tenang.core.engine import MonotonicClock
from tenang.core.model import BreatheStep, BreathPattern, MeditateStep, Session, Text
from tenang.core.plan import Plan, PlanEvent, compile_plan
from tenang.ui.driver import QtDriver
from tenang.ui.timers import Callback, DeadlineTimer, QtDeadlineTimer, QtTimerFactory


def routine() -> Session:
    return Session(
        id="phase-bench",
        title=Text.plain("Phase accuracy bench"),
        steps=(
            BreatheStep(BreathPattern(4, 4, 4, 4), duration=240),
            BreatheStep(BreathPattern(4, 0, 6), duration=180),
            MeditateStep(180, bell_every=30),
        ),
    )


class _RealTimeDeadline:
    """The real precise timer, armed at the real time a scaled clock reaches ``clock_time``."""

    def __init__(self, clock: ScaledClock, callback: Callback, parent: QObject | None) -> None:
        self._clock = clock
        self._inner = QtDeadlineTimer(MonotonicClock(), callback, parent)

    def arm_at(self, clock_time: float) -> None:
        self._inner.arm_at(self._clock.real(clock_time))

    def cancel(self) -> None:
        self._inner.cancel()

    @property
    def is_active(self) -> bool:
        return self._inner.is_active


class ScaledTimerFactory(QtTimerFactory):
    """``QtTimerFactory`` whose deadline timers understand a sped-up clock."""

    def __init__(self, clock: ScaledClock) -> None:
        self.clock = clock

    def deadline_timer(
        self, clock: Any, callback: Callback, *, parent: QObject | None, name: str
    ) -> DeadlineTimer:
        return _RealTimeDeadline(self.clock, callback, parent)


@dataclass
class Run:
    boundaries: list[float]  # real ms late, one per plan event, in plan order
    cues: list[float]  # real ms late, one per event with a sound


def _lateness(
    handled: Sequence[float], events: Sequence[PlanEvent], origin: float, speed: float
) -> list[float]:
    return [(at - (origin + e.at / speed)) * 1000 for at, e in zip(handled, events, strict=True)]


def _finish(
    plan: Plan, audio: TimedAudio, handled: list[float], origin: float, speed: float
) -> Run:
    """Close the audio and turn handling times into lateness against the plan."""
    audio.shutdown()
    sounded = [e for e in plan.events if e.sound is not None]
    return Run(
        _lateness(handled, plan.events, origin, speed),
        _lateness(audio.started, sounded, origin, speed),
    )


def run_tenang(plan: Plan, speed: float) -> Run:
    app = QCoreApplication.instance() or QCoreApplication([])
    audio = TimedAudio()
    director = AudioDirector(audio, plan, KEEP_EVERY_CUE)
    director.preload()
    clock = ScaledClock(speed)
    factory = ScaledTimerFactory(clock) if speed != 1.0 else QtTimerFactory()
    driver = QtDriver(plan, clock, listener=director, timer_factory=factory)
    handled: list[float] = []
    driver.eventsDue.connect(lambda events: handled.extend([time.monotonic()] * len(events)))
    driver.finished.connect(app.quit)
    driver.start()
    origin = clock.real(driver.engine._t0)  # the real time of elapsed 0
    app.exec()
    return _finish(plan, audio, handled, origin, speed)


def run_naive(plan: Plan, speed: float) -> Run:
    """Each boundary arms the next after the plan's interval: lateness accumulates."""
    app = QCoreApplication.instance() or QCoreApplication([])
    audio = TimedAudio()
    director = AudioDirector(audio, plan, KEEP_EVERY_CUE)
    director.preload()
    times = sorted({event.at for event in plan.events})
    handled: list[float] = []
    origin = time.monotonic()

    def step(index: int) -> Callable[[], None]:
        def fire() -> None:
            now = time.monotonic()
            for event in plan.events:
                if event.at == times[index]:
                    handled.append(now)
                    if event.sound is not None:
                        audio.cue(director.resolve(event.sound))
            if index + 1 == len(times):
                app.quit()
                return
            interval = (times[index + 1] - times[index]) / speed
            QTimer.singleShot(round(interval * 1000), step(index + 1))

        return fire

    step(0)()
    app.exec()
    return _finish(plan, audio, handled, origin, speed)


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50": statistics.median(values),
        "p99": percentile(values, 0.99),
        "max": max(values),
        "min": min(values),
    }


def measure(speed: float) -> dict[str, Any]:
    plan = compile_plan(routine())
    result: dict[str, Any] = {
        "speed": speed,
        "routine_seconds": plan.total,
        "events": len(plan.events),
        "cues": sum(1 for e in plan.events if e.sound is not None),
    }
    for name, runner in (("tenang", run_tenang), ("naive", run_naive)):
        run = runner(plan, speed)
        # Drift: the last boundary against the first one a timer fired (the events at 0 s
        # are delivered by start() itself, before any timer).
        first = next(i for i, e in enumerate(plan.events) if e.at > 0)
        result[name] = {
            "boundary": summary(run.boundaries),
            "cue": summary(run.cues),
            "drift_ms": run.boundaries[-1] - run.boundaries[first],
        }
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", type=float, default=1.0, help="run the timeline N× faster")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    result = measure(args.speed)
    print(
        f"Phase-boundary lateness, routine {result['routine_seconds']:.0f} s, "
        f"{result['events']} events, {result['cues']} cues per run (real ms)"
    )
    if args.speed != 1.0:
        print(f"NOTE: sped-up clock, timeline run {args.speed:g}x faster than real time")
    header = f"{'driver':26} {'what':9} {'p50':>7} {'p99':>7} {'max':>7} {'min':>7} {'drift':>7}"
    print(header)
    for name, label in (("tenang", "Tenang QtDriver"), ("naive", "naive singleShot chain")):
        for what in ("boundary", "cue"):
            s = result[name][what]
            drift = f"{result[name]['drift_ms']:7.2f}" if what == "boundary" else ""
            print(
                f"{label:26} {what:9} {s['p50']:7.2f} {s['p99']:7.2f} {s['max']:7.2f}"
                f" {s['min']:7.2f} {drift:>7}"
            )
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
