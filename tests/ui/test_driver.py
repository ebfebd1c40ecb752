"""The Qt driver: one precise deadline at a time, events once each and in order."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from tenang.core.engine import FakeClock, State
from tenang.core.model import BreatheStep, BreathPattern, MeditateStep, Session, Text
from tenang.core.plan import EventKind, PlanEvent, compile_plan
from tenang.ui.driver import QtDriver
from tenang.ui.timers import FakeDeadlineTimer, FakeTimerFactory

START = 1000.0


class RecordingListener:
    """Stands in for the audio director; records every call in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def on_events(self, events: Sequence[PlanEvent], elapsed: float) -> None:
        self.calls.append(("events", ([e.sequence for e in events], elapsed)))

    def on_pause(self) -> None:
        self.calls.append(("pause", None))

    def on_resume(self, elapsed: float) -> None:
        self.calls.append(("resume", elapsed))

    def on_stop(self) -> None:
        self.calls.append(("stop", None))

    def on_finish(self) -> None:
        self.calls.append(("finish", None))


def session() -> Session:
    return Session(
        id="box",
        title=Text.plain("Box"),
        steps=(
            BreatheStep(BreathPattern(4, 4, 4, 4), cycles=2),
            MeditateStep(duration=20.0, bell_every=10.0),
        ),
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def timers() -> FakeTimerFactory:
    return FakeTimerFactory()


@pytest.fixture
def listener() -> RecordingListener:
    return RecordingListener()


@pytest.fixture
def driver(
    qtbot: QtBot, clock: FakeClock, timers: FakeTimerFactory, listener: RecordingListener
) -> QtDriver:
    return QtDriver(compile_plan(session()), clock, listener=listener, timer_factory=timers)


@pytest.fixture
def deadline(driver: QtDriver, timers: FakeTimerFactory) -> FakeDeadlineTimer:
    return timers.deadlines["driver"]


def collect(driver: QtDriver) -> list[PlanEvent]:
    received: list[PlanEvent] = []
    driver.eventsDue.connect(received.extend)
    return received


def test_idle_driver_has_no_timer(driver: QtDriver, deadline: FakeDeadlineTimer) -> None:
    assert driver.state is State.IDLE
    assert not deadline.is_active


def test_start_delivers_opening_events_and_arms_the_first_boundary(
    driver: QtDriver, deadline: FakeDeadlineTimer, listener: RecordingListener
) -> None:
    received = collect(driver)
    driver.start()
    kinds = [e.kind for e in received]
    assert kinds == [EventKind.SESSION_START, EventKind.STEP_START, EventKind.PHASE_START]
    assert deadline.deadline == pytest.approx(START + 4.0)
    assert listener.calls == [("events", ([0, 1, 2], 0.0))]


def test_deadline_is_re_anchored_from_the_clock_not_from_ticks(
    driver: QtDriver, deadline: FakeDeadlineTimer, clock: FakeClock
) -> None:
    driver.start()
    clock.set(START + 4.013)  # the timer woke 13 ms late
    deadline.fire()
    # The next boundary is still at 8 s on the timeline, not 4 s after the late wake-up.
    assert deadline.deadline == pytest.approx(START + 8.0)


def test_early_wake_delivers_nothing_and_re_arms(
    driver: QtDriver, deadline: FakeDeadlineTimer, clock: FakeClock
) -> None:
    received = collect(driver)
    driver.start()
    received.clear()
    clock.set(START + 3.9)
    deadline.fire()
    assert received == []
    assert deadline.deadline == pytest.approx(START + 4.0)


def test_every_event_once_and_in_order_after_a_ten_second_stall(
    driver: QtDriver, deadline: FakeDeadlineTimer, clock: FakeClock, listener: RecordingListener
) -> None:
    received = collect(driver)
    driver.start()
    clock.set(START + 10.0)  # the event loop was blocked for 10 s
    deadline.fire()
    sequences = [e.sequence for e in received]
    assert sequences == sorted(set(sequences))
    plan_events = driver.engine.plan.events
    due = [e.sequence for e in plan_events if e.at <= 10.0]
    assert sequences == due
    # The backlog is one batch, then the next boundary (12 s) is armed.
    assert listener.calls[-1] == ("events", ([3, 4], 10.0))
    assert deadline.deadline == pytest.approx(START + 12.0)
    deadline.fire()  # a spurious second wake-up delivers nothing new
    assert [e.sequence for e in received] == due


def test_whole_run_delivers_each_plan_event_exactly_once(
    driver: QtDriver, timers: FakeTimerFactory, clock: FakeClock, qtbot: QtBot
) -> None:
    received = collect(driver)
    driver.start()
    with qtbot.waitSignal(driver.finished, timeout=0):
        timers.run_until(clock, START + 100.0)
    assert [e.sequence for e in received] == list(range(len(driver.engine.plan.events)))
    assert driver.state is State.FINISHED
    assert not timers.any_active()


def test_pause_cancels_the_timer_and_resume_shifts_deadlines(
    driver: QtDriver, deadline: FakeDeadlineTimer, clock: FakeClock, listener: RecordingListener
) -> None:
    states: list[State] = []
    driver.stateChanged.connect(states.append)
    driver.start()
    clock.set(START + 2.0)
    driver.pause()
    assert not deadline.is_active
    clock.set(START + 60.0)
    driver.resume()
    # 58 s were paused: the 4 s boundary moved to 62 s.
    assert deadline.deadline == pytest.approx(START + 62.0)
    assert states == [State.RUNNING, State.PAUSED, State.RUNNING]
    assert ("pause", None) in listener.calls
    assert ("resume", 2.0) in listener.calls


def test_pause_first_delivers_what_is_already_due(driver: QtDriver, clock: FakeClock) -> None:
    received = collect(driver)
    driver.start()
    clock.set(START + 4.005)  # the boundary passed, the timer has not fired yet
    driver.pause()
    assert received[-1].kind is EventKind.PHASE_START
    assert received[-1].at == 4.0


def test_toggle_pause(driver: QtDriver) -> None:
    driver.start()
    driver.toggle_pause()
    assert driver.state is State.PAUSED
    driver.toggle_pause()
    assert driver.state is State.RUNNING


def test_skip_jumps_to_the_next_step_and_drops_the_skipped_events(
    driver: QtDriver, deadline: FakeDeadlineTimer, clock: FakeClock
) -> None:
    received = collect(driver)
    driver.start()
    clock.set(START + 5.0)
    driver.skip()
    kinds = [e.kind for e in received]
    # The 4 s boundary was due before the skip, then the meditate step starts at once.
    assert kinds[-3:] == [EventKind.PHASE_START, EventKind.STEP_START, EventKind.PHASE_START]
    frame = driver.frame()
    assert frame.step_index == 1
    assert frame.elapsed == pytest.approx(32.0)
    # Next: the interval bell 10 s into the meditation, 10 s of clock time from now.
    assert deadline.deadline == pytest.approx(START + 15.0)


def test_skip_from_the_last_step_finishes(driver: QtDriver, clock: FakeClock, qtbot: QtBot) -> None:
    driver.start()
    driver.skip()
    with qtbot.waitSignal(driver.finished, timeout=0):
        driver.skip()
    assert driver.state is State.FINISHED


def test_stop_cancels_everything_and_tells_the_listener(
    driver: QtDriver, deadline: FakeDeadlineTimer, listener: RecordingListener, clock: FakeClock
) -> None:
    driver.start()
    clock.set(START + 6.0)
    driver.stop()
    assert driver.state is State.STOPPED
    assert not deadline.is_active
    assert listener.calls[-1] == ("stop", None)
    driver.stop()  # idempotent
    assert [c for c in listener.calls if c[0] == "stop"] == [("stop", None)]


def test_finish_tells_the_listener_after_the_last_events(
    driver: QtDriver, timers: FakeTimerFactory, clock: FakeClock, listener: RecordingListener
) -> None:
    driver.start()
    timers.run_until(clock, START + 100.0)
    assert listener.calls[-1] == ("finish", None)
    assert listener.calls[-2][0] == "events"


def test_works_without_a_listener(qtbot: QtBot, clock: FakeClock, timers: FakeTimerFactory) -> None:
    driver = QtDriver(compile_plan(session()), clock, timer_factory=timers)
    driver.start()
    driver.pause()
    driver.resume()
    timers.run_until(clock, START + 100.0)
    assert driver.state is State.FINISHED


def test_a_failing_listener_does_not_stop_the_pacing(
    qtbot: QtBot, clock: FakeClock, timers: FakeTimerFactory
) -> None:
    class Broken(RecordingListener):
        def on_events(self, events: Sequence[PlanEvent], elapsed: float) -> None:
            raise RuntimeError("no audio device")

    driver = QtDriver(compile_plan(session()), clock, listener=Broken(), timer_factory=timers)
    with pytest.raises(RuntimeError, match="no audio device"):
        driver.start()
    assert timers.deadlines["driver"].deadline == pytest.approx(START + 4.0)


def test_real_qt_deadline_timer_is_precise_single_shot(qtbot: QtBot, clock: FakeClock) -> None:
    from PySide6.QtCore import Qt

    from tenang.ui.timers import QtDeadlineTimer

    timer = QtDeadlineTimer(clock, lambda: None)
    timer.arm_at(START + 0.0101)
    qt_timer = timer._timer
    assert qt_timer.timerType() is Qt.TimerType.PreciseTimer
    assert qt_timer.isSingleShot()
    assert qt_timer.interval() == 11  # rounded up: never early
    assert timer.is_active
    timer.cancel()
    assert not timer.is_active


@settings(max_examples=60, deadline=None)
@given(
    wakeups=st.lists(
        st.tuples(
            st.floats(min_value=0.0, max_value=15.0),  # how long the loop was away
            st.sampled_from(["fire", "pause", "resume", "skip"]),
        ),
        max_size=25,
    )
)
def test_any_mix_of_stalls_and_controls_never_repeats_or_reorders(
    qapp: object, wakeups: list[tuple[float, str]]
) -> None:
    clock = FakeClock(START)
    timers = FakeTimerFactory()
    driver = QtDriver(compile_plan(session()), clock, timer_factory=timers)
    received: list[int] = []
    driver.eventsDue.connect(lambda events: received.extend(e.sequence for e in events))
    driver.start()
    deadline = timers.deadlines["driver"]
    for away, action in wakeups:
        clock.advance(away)
        if action == "fire" and deadline.is_active:
            deadline.fire()
        elif action == "pause":
            driver.pause()
        elif action == "resume":
            driver.resume()
        elif action == "skip":
            driver.skip()
        # No timer unless running; when running, always one armed (until the end).
        assert deadline.is_active == (driver.state is State.RUNNING)
    assert received == sorted(set(received))
    # Whatever was delivered is exactly the plan's events up to now, minus skipped spans.
    elapsed = driver.engine.elapsed()
    assert all(driver.engine.plan.events[s].at <= elapsed + 1e-9 for s in received)


def test_real_frame_timer_follows_the_screen_refresh_rate(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from tenang.ui.timers import QtFrameTimer

    widget = QWidget()
    qtbot.addWidget(widget)
    ticks: list[int] = []
    timer = QtFrameTimer(lambda: ticks.append(1), widget)
    assert not timer.is_active
    timer.start()
    assert timer.is_active
    rate = widget.screen().refreshRate() or 60.0
    assert timer.interval_ms == max(1, round(1000 / rate))
    assert timer._timer.timerType() is Qt.TimerType.PreciseTimer
    timer.stop()
    assert not timer.is_active


def test_a_slot_that_stops_the_session_keeps_the_listener_consistent(
    driver: QtDriver, deadline: FakeDeadlineTimer, clock: FakeClock, listener: RecordingListener
) -> None:
    driver.start()
    driver.eventsDue.connect(lambda _events: driver.stop())
    clock.set(START + 4.0)
    deadline.fire()
    assert listener.calls[-1] == ("stop", None)  # no events after the stop
    assert not deadline.is_active
