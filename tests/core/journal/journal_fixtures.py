"""Helpers shared by the journal tests (importable by name; fixtures live in conftest.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

WIB = timezone(timedelta(hours=7))
"""Western Indonesia Time, UTC+7: the offset most of our tests write entries in."""


class StepClock:
    """Returns a fixed aware time; tests move it with ``advance``. No wall clock anywhere."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)
