"""Soak: a 2-hour routine through the real QtDriver and PlayerView, on a fake clock.

Two hours of boundaries (about 2,000 events) pass in a second or two because the fake timers
fire each deadline at its exact time. What must hold over the whole run: every plan event
reaches the listener exactly once and in order, and memory traced by ``tracemalloc`` does not
grow from the first half hour to the end (a leak of one small object per event would).
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Sequence

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tenang.core.engine import FakeClock, State
from tenang.core.model import BreatheStep, BreathPattern, MeditateStep, Prompt, Session, Text
from tenang.core.plan import PlanEvent
from tenang.ui.player import PlayerOptions, PlayerView
from tenang.ui.timers import FakeTimerFactory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

START = 1000.0
GROWTH_LIMIT = 256 * 1024
"""Bytes; per-event leaks over ~1,500 events would exceed it, allocator noise does not."""


class Counting:
    def __init__(self) -> None:
        self.sequences: list[int] = []
        self.finished = 0

    def on_events(self, events: Sequence[PlanEvent], elapsed: float) -> None:
        self.sequences.extend(event.sequence for event in events)

    def on_pause(self) -> None: ...

    def on_resume(self, elapsed: float) -> None: ...

    def on_stop(self) -> None: ...

    def on_finish(self) -> None:
        self.finished += 1


def two_hours() -> Session:
    return Session(
        id="soak",
        title=Text.plain("Two hours"),
        steps=(
            BreatheStep(BreathPattern(4, 4, 4, 4), duration=100 * 60),
            MeditateStep(20 * 60, bell_every=60, prompts=(Prompt(30, Text.plain("Still here")),)),
        ),
    )


def test_two_hours_deliver_the_plan_exactly_with_flat_memory(qtbot: QtBot) -> None:
    clock, timers, listener = FakeClock(START), FakeTimerFactory(), Counting()
    player = PlayerView(
        two_hours(), clock=clock, options=PlayerOptions(), listener=listener, timer_factory=timers
    )
    qtbot.addWidget(player)
    player.show()
    plan = player.plan
    assert plan.total == pytest.approx(2 * 3600)

    def run_to(t: float) -> None:
        timers.run_until(clock, START + t)
        QApplication.processEvents()

    run_to(30 * 60)  # warm up: caches, fonts, the first paints
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for minute in range(40, 2 * 60 + 1, 10):
            run_to(minute * 60.0)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    run_to(2 * 3600 + 1)
    assert player.state is State.FINISHED
    assert listener.sequences == list(range(len(plan.events)))
    assert len(plan.events) > 1500
    assert listener.finished == 1
    assert not timers.any_active()  # nothing keeps waking the app after the end
    assert grown < GROWTH_LIMIT, f"traced memory grew by {grown} bytes over 90 minutes"
