"""Fakes for the reminder GUI tests: a settable local clock, scripted probes, fake timers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject

from tenang.core.reminders import Due, FixedRule, IntervalRule, OpenCheckIn, SuggestRoutine
from tenang.core.reminders.persist import ReminderSettings
from tenang.core.reminders.state import ReminderState
from tenang.ui.reminders.scheduler import FakeSingleShot, ReminderScheduler

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 11, 23, 9, 10, tzinfo=BERLIN)  # a Monday
HOURLY = IntervalRule("work-breath", 60, time(9, 0), time(17, 0), SuggestRoutine("box-breathing"))
EVENING = FixedRule("evening-checkin", (time(21, 30),), OpenCheckIn())


class LocalClock:
    """Aware local "now" that only the test moves."""

    def __init__(self, start: datetime = START) -> None:
        self.value = start

    def __call__(self) -> datetime:
        return self.value

    def advance(self, **delta: float) -> None:
        self.value = self.value + timedelta(**delta)


@dataclass
class FakeProbes:
    idle: float | None = 0.0
    fullscreen: bool | None = False
    dnd: bool | None = False
    running: bool | None = False
    asked: list[str] = field(default_factory=list)

    def idle_seconds(self) -> float | None:
        self.asked.append("idle")
        return self.idle

    def fullscreen_active(self) -> bool | None:
        return self.fullscreen

    def do_not_disturb(self) -> bool | None:
        return self.dnd

    def session_running(self) -> bool | None:
        return self.running


@dataclass
class Harness:
    scheduler: ReminderScheduler
    clock: LocalClock
    probes: FakeProbes
    shown: list[Due]
    timers: list[FakeSingleShot]

    @property
    def timer(self) -> FakeSingleShot:
        timer = self.scheduler.timer
        assert isinstance(timer, FakeSingleShot)
        return timer

    def run_timer(self) -> None:
        """Move the clock to when the timer was armed for, then fire it."""
        assert self.timer.interval is not None
        self.clock.advance(milliseconds=self.timer.interval)
        self.timer.fire()


MakeHarness = Callable[..., Harness]


def fake_timer_factory(made: list[FakeSingleShot]) -> Callable[..., FakeSingleShot]:
    def make(callback: Callable[[], None], _parent: QObject | None) -> FakeSingleShot:
        timer = FakeSingleShot(callback)
        made.append(timer)
        return timer

    return make


@pytest.fixture
def make_harness(qapp: Any) -> MakeHarness:
    def make(
        rules: tuple[Any, ...] = (HOURLY,),
        *,
        start: datetime = START,
        state: ReminderState | None = None,
        probes: FakeProbes | None = None,
        **kwargs: Any,
    ) -> Harness:
        clock = LocalClock(start)
        shown: list[Due] = []
        timers: list[FakeSingleShot] = []
        fake = probes or FakeProbes()
        scheduler = ReminderScheduler(
            ReminderSettings(rules),
            state or ReminderState(),
            fake,
            shown.append,
            now=clock,
            timer_factory=fake_timer_factory(timers),
            **kwargs,
        )
        return Harness(scheduler, clock, fake, shown, timers)

    return make
