"""Fakes for the reminder GUI tests: a settable local clock, scripted probes, fake timers, a
notification service and a sleep signal."""

from __future__ import annotations

import subprocess
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
from tenang.ui.reminders.notify import NotificationListener, NotificationRequest
from tenang.ui.reminders.scheduler import ReminderScheduler
from tenang.ui.timers import FakeSingleShot

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


class FakeNotifications:
    """A notification service in memory: records requests, hands out ids, or refuses."""

    def __init__(self, *, actions: bool = True, markup: bool = False) -> None:
        self.actions = actions
        self.markup = markup
        self.requests: list[NotificationRequest] = []
        self.closed: list[int] = []
        self.listener: NotificationListener | None = None
        self.refuse = False
        self.next_id = 41

    def has_actions(self) -> bool:
        return self.actions

    def has_markup(self) -> bool:
        return self.markup

    def notify(self, request: NotificationRequest) -> int | None:
        self.requests.append(request)
        if self.refuse:
            return None
        if request.replaces_id:
            return request.replaces_id
        self.next_id += 1
        return self.next_id

    def close_notification(self, notification_id: int) -> None:
        self.closed.append(notification_id)

    def listen(self, listener: NotificationListener) -> None:
        self.listener = listener


class FakeSleepWatch:
    """Stands in for logind: :meth:`wake` is the system resuming."""

    def __init__(self, available: bool = True) -> None:
        self.available = available
        self.on_resume: Callable[[], None] | None = None
        self.stopped = False

    def start(self, on_resume: Callable[[], None]) -> bool:
        if self.available:
            self.on_resume = on_resume
        return self.available

    def stop(self) -> None:
        self.stopped = True
        self.on_resume = None

    def wake(self) -> None:
        if self.on_resume is not None:
            self.on_resume()


class FakeTray:
    """A tray that can show messages; records (title, text)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def show_message(self, title: str, text: str) -> bool:
        self.sent.append((title, text))
        return True


def stop_process(process: subprocess.Popen[Any]) -> None:
    """End a helper process the test started (terminate, then kill) and close its pipes."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()
