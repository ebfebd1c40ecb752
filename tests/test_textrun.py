"""The terminal runner on a fake clock: exact timestamps, Ctrl-C, languages, live countdown."""

from __future__ import annotations

import io
import re

import pytest

from tenang.core.engine import FakeClock
from tenang.core.model import BreatheStep, BreathPattern, MeditateStep, Prompt, Session, Text
from tenang.core.plan import compile_plan
from tenang.textrun import TextRunner

STAMP = re.compile(r"^\s*(\d+\.\d{3})  (.*)$")


def minute_routine() -> Session:
    return Session(
        id="minute",
        title=Text.of({"en": "One minute", "id": "Satu menit"}),
        steps=(
            BreatheStep(BreathPattern(4, 0, 6), cycles=5),
            MeditateStep(duration=10, prompts=(Prompt(0, Text.plain("Notice")),)),
        ),
    )


class Sleeper:
    """Advances the fake clock as a real sleep would, with a little scheduling lateness."""

    def __init__(self, clock: FakeClock, lateness: float = 0.002) -> None:
        self.clock = clock
        self.lateness = lateness
        self.calls = 0

    def __call__(self, seconds: float) -> None:
        self.calls += 1
        self.clock.advance(seconds + self.lateness)


def run(session: Session, **options: object) -> tuple[int, str, TextRunner]:
    clock = FakeClock(500.0)
    out = io.StringIO()
    runner = TextRunner(
        plan=compile_plan(session),
        clock=clock,
        out=out,
        sleep=Sleeper(clock),
        **options,  # type: ignore[arg-type]
    )
    return runner.run(), out.getvalue(), runner


def test_phase_lines_carry_timestamps_that_match_the_plan_without_drift() -> None:
    code, output, runner = run(minute_routine())
    assert code == 0
    stamps = [float(m.group(1)) for m in map(STAMP.match, output.splitlines()) if m]
    phase_lines = [line for line in output.splitlines() if "Breathe" in line]
    assert len(phase_lines) == 10
    planned = [s.start for s in runner.plan.segments]
    actual = sorted(set(stamps))[: len(planned)]
    lateness = [a - p for a, p in zip(actual, planned, strict=True)]
    # Each line is late by one scheduling delay only: lateness never accumulates.
    assert max(lateness) == pytest.approx(0.002, abs=1e-6)
    assert lateness[-1] - lateness[1] == pytest.approx(0.0, abs=1e-6)
    assert output.rstrip().endswith("Finished One minute: 1 min breathed, 5 breaths.")
    assert runner.summary is not None and runner.summary.completed


def test_prompts_and_cycle_numbers_are_printed() -> None:
    _, output, _ = run(minute_routine())
    assert "Breathe in           4 s   breath 3 of 5" in output
    assert "“Notice”" in output
    assert "Be still" in output


def test_indonesian_words() -> None:
    _, output, _ = run(minute_routine(), language="id")
    assert "Tarik napas" in output and "Hembuskan" in output
    assert "Selesai Satu menit" in output


def test_ctrl_c_stops_cleanly_with_130_and_a_summary() -> None:
    clock = FakeClock(0.0)
    out = io.StringIO()

    def interrupting_sleep(seconds: float) -> None:
        clock.advance(seconds)
        if clock.now() >= 14.0:
            raise KeyboardInterrupt

    runner = TextRunner(
        plan=compile_plan(minute_routine()), clock=clock, out=out, sleep=interrupting_sleep
    )
    assert runner.run() == 130
    assert out.getvalue().rstrip().endswith("Stopped One minute after 14 s of 1 min, 1 breath.")
    assert runner.summary is not None and not runner.summary.completed


def test_live_countdown_redraws_but_never_delays_a_deadline() -> None:
    code, output, runner = run(minute_routine(), live=True)
    assert code == 0
    assert "\r\x1b[K   Breathe in" in output
    stamps = [
        float(m.group(1))
        for m in map(STAMP.match, output.replace("\r\x1b[K", "\n").splitlines())
        if m
    ]
    # The last printed line (the meditate step) is exactly one scheduling delay late.
    assert max(stamps) == pytest.approx(runner.plan.segments[-1].start + 0.002, abs=1e-6)
