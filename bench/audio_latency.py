"""How late do cues start? Boundary-to-cue lateness on the real Qt event loop.

Runs a 5-minute routine (box breathing, an extended exhale with the pacing tone, a meditation
with interval bells, rain underneath) through the real engine, the real audio director and the
real pygame-ce backend (SDL's dummy driver unless ``--device``), twice:

- *precise*: the way Tenang drives it: one ``Qt.PreciseTimer`` single-shot armed for
  ``engine.next_deadline()``, re-armed from the clock after every poll;
- *naive chain* (the baseline): each cue schedules the next with ``QTimer.singleShot(interval)``,
  the interval taken from the plan, so every wake-up's lateness is carried into the next.

For every cue it records (monotonic time right after ``Sound.play()`` returned) minus (the
boundary's scheduled time) and prints p50, p99 and max. Not a test: it takes 10 minutes at
``--speed 1``. ``--speed N`` runs the timeline N times faster (the table says so).

    python bench/audio_latency.py [--speed 1] [--device]
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable

from tenang.audio import pacing_tone
from tenang.audio.director import AudioDirector, AudioOptions
from tenang.audio.pygame_backend import BUFFER_FRAMES, PygameAudio
from tenang.core.engine import Engine, State
from tenang.core.model import BreatheStep, BreathPattern, MeditateStep, Session, Text
from tenang.core.plan import Plan, PlanEvent, compile_plan

KEEP_EVERY_CUE = AudioOptions(max_lateness=math.inf)
"""The app drops a cue more than a second late; here every lateness is measured."""


def routine() -> Session:
    return Session(
        id="bench",
        title=Text.plain("Audio latency bench"),
        ambient="rain",
        steps=(
            BreatheStep(BreathPattern(4, 4, 4, 4), duration=144),
            BreatheStep(BreathPattern(4, 0, 6), duration=90, pacing_tone=True),
            MeditateStep(66, bell_every=15, ambient="ocean"),
        ),
    )


class ScaledClock:
    """Monotonic time running ``speed`` times faster from its creation."""

    def __init__(self, speed: float) -> None:
        self.speed = speed
        self.origin = time.monotonic()

    def now(self) -> float:
        return self.origin + (time.monotonic() - self.origin) * self.speed

    def real(self, clock_time: float) -> float:
        """The monotonic time at which the clock reads ``clock_time``."""
        return self.origin + (clock_time - self.origin) / self.speed


class TimedAudio(PygameAudio):
    """The real backend, noting when each cue's ``play()`` returned."""

    def __init__(self) -> None:
        super().__init__(lambda message: print(f"audio: {message}", file=sys.stderr))
        self.started: list[float] = []

    def cue(self, name: str) -> None:
        super().cue(name)
        self.started.append(time.monotonic())


def cue_events(plan: Plan) -> list[PlanEvent]:
    return [event for event in plan.events if event.sound is not None]


def cue_times(plan: Plan) -> list[float]:
    return [event.at for event in cue_events(plan)]


def run_precise(plan: Plan, speed: float) -> list[float]:
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    app = QCoreApplication.instance() or QCoreApplication([])
    audio = TimedAudio()
    director = AudioDirector(audio, plan, KEEP_EVERY_CUE)
    director.preload()
    clock = ScaledClock(speed)
    engine = Engine(plan, clock)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def arm() -> None:
        deadline = engine.next_deadline()
        if deadline is None:
            app.quit()
            return
        # Round up: a timer that fires early only costs one more wake-up, never an early cue.
        timer.start(max(0, math.ceil((deadline - clock.now()) / speed * 1000)))

    def fire() -> None:
        events = engine.poll()
        if events:
            director.on_events(events, engine.elapsed())
        if engine.state is State.FINISHED:
            app.quit()
            return
        arm()

    timer.timeout.connect(fire)
    engine.start()
    fire()
    app.exec()
    audio.shutdown()
    starts = engine._t0  # the clock time of elapsed 0
    scheduled = [clock.real(starts + at) for at in cue_times(plan)]
    return [(s - b) * 1000 for s, b in zip(audio.started, scheduled, strict=True)]


def run_naive(plan: Plan, speed: float) -> list[float]:
    """Each cue arms the next after the plan's interval: lateness accumulates."""
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication.instance() or QCoreApplication([])
    audio = TimedAudio()
    director = AudioDirector(audio, plan, KEEP_EVERY_CUE)
    director.preload()
    events = [event for event in plan.events if event.sound is not None]
    origin = time.monotonic()

    def play(index: int) -> Callable[[], None]:
        def fire() -> None:
            audio.cue(director.resolve(events[index].sound or ""))
            if index + 1 == len(events):
                app.quit()
                return
            interval = (events[index + 1].at - events[index].at) / speed
            QTimer.singleShot(round(interval * 1000), play(index + 1))

        return fire

    QTimer.singleShot(0, play(0))
    app.exec()
    audio.shutdown()
    scheduled = [origin + event.at / speed for event in events]
    return [(s - b) * 1000 for s, b in zip(audio.started, scheduled, strict=True)]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))
    return ordered[index]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Cue lateness on the Qt event loop")
    parser.add_argument("--speed", type=float, default=1.0, help="run the timeline N× faster")
    parser.add_argument("--device", action="store_true", help="use the real audio device")
    args = parser.parse_args(argv)
    if not args.device:
        os.environ["SDL_AUDIODRIVER"] = "dummy"
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

    plan = compile_plan(routine())
    pacing_tone.clear_cache()
    began = time.perf_counter()
    pacing_tone.prepare(44100)
    for index in range(len(plan.session.steps)):
        segments = [s for s in plan.segments if s.step_index == index]
        if isinstance(plan.session.steps[index], BreatheStep):
            stream = pacing_tone.ToneStream(segments, segments[0].start, 44100, 2)
            for end in stream.breath_ends():
                stream.next_chunk(end)
    tone_ms = (time.perf_counter() - began) * 1000

    cues = len(cue_times(plan))
    print(f"Cue lateness: (cue started) - (scheduled boundary), {cues} cues per run")
    print(
        f"routine {plan.total:.0f} s, mixer buffer {BUFFER_FRAMES} frames, "
        f"SDL driver {'device' if args.device else 'dummy'}, Python {platform.python_version()}, "
        f"{platform.machine()} {os.cpu_count()} cores"
    )
    if args.speed != 1.0:
        print(f"NOTE: timeline run {args.speed:g}x faster than real time ({args.speed:g}x speed)")
    print()
    rows = [("precise single-shot (Tenang)", run_precise(plan, args.speed))]
    rows.append(("naive singleShot chain", run_naive(plan, args.speed)))
    header = f"{'driver':30} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'min ms':>8}  furthest off"
    print(header)
    print("-" * len(header))
    events = cue_events(plan)
    for name, lateness in rows:
        worst = events[max(range(len(lateness)), key=lambda i: abs(lateness[i]))]
        print(
            f"{name:30} {statistics.median(lateness):8.2f} {percentile(lateness, 0.99):8.2f} "
            f"{max(lateness):8.2f} {min(lateness):8.2f}  {worst.sound} at {worst.at:g} s"
        )
    if len(events) < 100:
        print(f"(with {len(events)} cues per run, p99 is the largest)")
    print(
        f"\npacing tone for every breathe step of this routine (cold cache, stereo 44.1 kHz): "
        f"{tone_ms:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
