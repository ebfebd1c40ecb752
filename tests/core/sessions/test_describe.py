"""Plain-language lengths and patterns for the CLI and the GUI."""

from __future__ import annotations

import pytest

from tenang.core.model import BreatheStep, BreathPattern, MeditateStep
from tenang.core.sessions import describe_pattern, format_seconds


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (4, "4 s"),
        (5.5, "5.5 s"),
        (59.96, "1 min"),
        (60, "1 min"),
        (90, "1 min 30 s"),
        (3600, "1 h"),
        (3900, "1 h 5 min"),
        (3905, "1 h 5 min 5 s"),
        (10800, "3 h"),
        (-2, "0 s"),
    ],
)
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


def test_four_seven_eight() -> None:
    step = BreatheStep(BreathPattern(inhale=4, hold=7, exhale=8), cycles=4)
    assert describe_pattern(step) == "4 s in, 7 s hold, 8 s out, 4 cycles"


def test_all_phases_duration_and_ramp() -> None:
    step = BreatheStep(
        BreathPattern(inhale=2, top_up=1, exhale=6, hold_empty=2),
        duration=300,
        ramp_to=BreathPattern(inhale=5.5, exhale=5.5),
    )
    assert describe_pattern(step) == (
        "2 s in, 1 s top-up, 6 s out, 2 s hold empty, easing to 5.5 s in, 5.5 s out, for 5 min"
    )


def test_one_cycle_is_singular() -> None:
    assert describe_pattern(BreatheStep(BreathPattern(inhale=4, exhale=4), cycles=1)).endswith(
        ", 1 cycle"
    )


def test_meditate() -> None:
    assert describe_pattern(MeditateStep(duration=600)) == "10 min"
    assert describe_pattern(MeditateStep(duration=630, bell_every=120)) == (
        "10 min 30 s, bell every 2 min"
    )
