"""Thin wrappers around ``QTimer`` so tests can swap in fakes that fire on demand.

Two kinds of timer drive the UI, and nothing else does:

* a :class:`DeadlineTimer`: one precise single-shot armed for an absolute clock time. It is
  re-armed from the clock every time, never by adding intervals, so it cannot drift
  (DESIGN.md: a naive ``singleShot`` chain drifts about 1 ms per phase; a coarse timer fires
  up to 67 ms early; a re-anchored precise one lands 1-15 ms late, never early).
* a :class:`FrameTimer`: a repeating timer at the screen refresh rate, used only for
  animation and only while an animated visual is on screen.

Widgets take a :class:`TimerFactory` so a test passes :class:`FakeTimerFactory` and drives time
itself with a fake clock, with no sleeps (the qutebrowser ``usertypes.Timer`` idea).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tenang.core.engine import Clock

Callback = Callable[[], None]

DEFAULT_REFRESH_HZ = 60.0
"""Used when no screen reports a refresh rate (offscreen, some virtual displays)."""


class DeadlineTimer(Protocol):
    """A single-shot that calls back once the clock reaches an absolute time."""

    def arm_at(self, clock_time: float) -> None: ...

    def cancel(self) -> None: ...

    @property
    def is_active(self) -> bool: ...


class FrameTimer(Protocol):
    """A repeating animation tick at about the display's refresh rate."""

    def start(self) -> None: ...

    def stop(self) -> None: ...

    @property
    def is_active(self) -> bool: ...


class TimerFactory(Protocol):
    """Creates the timers a widget needs; ``name`` lets fakes be found by role in tests."""

    def deadline_timer(
        self, clock: Clock, callback: Callback, *, parent: QObject | None, name: str
    ) -> DeadlineTimer: ...

    def frame_timer(
        self, callback: Callback, *, parent: QWidget | None, name: str
    ) -> FrameTimer: ...


# -- the real ones ---------------------------------------------------------------------------


class QtDeadlineTimer:
    """One ``Qt.PreciseTimer`` single-shot; :meth:`arm_at` converts clock time to a delay."""

    def __init__(self, clock: Clock, callback: Callback, parent: QObject | None = None) -> None:
        self._clock = clock
        self._timer = QTimer(parent)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(callback)
        self.deadline: float | None = None

    def arm_at(self, clock_time: float) -> None:
        # Round up: a precise timer never fires early, and neither should we by rounding.
        delay_ms = math.ceil((clock_time - self._clock.now()) * 1000.0)
        self.deadline = clock_time
        self._timer.start(max(0, delay_ms))

    def cancel(self) -> None:
        self.deadline = None
        self._timer.stop()

    @property
    def is_active(self) -> bool:
        return self._timer.isActive()


class QtFrameTimer:
    """A repeating precise timer at the refresh rate of the screen the widget is on."""

    def __init__(self, callback: Callback, parent: QWidget | None = None) -> None:
        self._widget = parent
        self._timer = QTimer(parent)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(callback)

    def _interval_ms(self) -> int:
        screen = self._widget.screen() if self._widget is not None else None
        if screen is None:
            screen = QGuiApplication.primaryScreen()
        rate = screen.refreshRate() if screen is not None else 0.0
        if not rate or rate < 1.0:
            rate = DEFAULT_REFRESH_HZ
        return max(1, round(1000.0 / rate))

    def start(self) -> None:
        # Re-read the rate on every start: the window may have moved to another screen.
        if not self._timer.isActive():
            self._timer.start(self._interval_ms())

    def stop(self) -> None:
        self._timer.stop()

    @property
    def is_active(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()


class QtTimerFactory:
    """The production factory."""

    def deadline_timer(
        self, clock: Clock, callback: Callback, *, parent: QObject | None, name: str
    ) -> DeadlineTimer:
        return QtDeadlineTimer(clock, callback, parent)

    def frame_timer(self, callback: Callback, *, parent: QWidget | None, name: str) -> FrameTimer:
        return QtFrameTimer(callback, parent)


# -- fakes for tests -------------------------------------------------------------------------


class FakeDeadlineTimer:
    """Remembers its deadline; fires only when a test says so."""

    def __init__(self, clock: Clock, callback: Callback, name: str) -> None:
        self.clock = clock
        self.callback = callback
        self.name = name
        self.deadline: float | None = None
        self.arm_count = 0

    def arm_at(self, clock_time: float) -> None:
        self.deadline = clock_time
        self.arm_count += 1

    def cancel(self) -> None:
        self.deadline = None

    @property
    def is_active(self) -> bool:
        return self.deadline is not None

    def fire(self) -> None:
        """Fire now, whatever the clock says (like a real timer that woke early or late)."""
        if self.deadline is None:
            raise AssertionError(f"timer {self.name!r} fired while not armed")
        self.deadline = None
        self.callback()

    def is_due(self) -> bool:
        return self.deadline is not None and self.deadline <= self.clock.now()


class FakeFrameTimer:
    """Counts ticks; :meth:`tick` calls back only while started, as a real timer would."""

    def __init__(self, callback: Callback, name: str) -> None:
        self.callback = callback
        self.name = name
        self.active = False
        self.start_count = 0

    def start(self) -> None:
        if not self.active:
            self.start_count += 1
        self.active = True

    def stop(self) -> None:
        self.active = False

    @property
    def is_active(self) -> bool:
        return self.active

    def tick(self) -> bool:
        """Deliver one frame if running; returns whether it did."""
        if not self.active:
            return False
        self.callback()
        return True


class SettableClock(Protocol):
    def now(self) -> float: ...

    def set(self, now: float) -> None: ...


class FakeTimerFactory:
    """Hands out fakes and keeps them by name, so a test can reach ``deadlines["driver"]``."""

    def __init__(self) -> None:
        self.deadlines: dict[str, FakeDeadlineTimer] = {}
        self.frames: dict[str, FakeFrameTimer] = {}

    def deadline_timer(
        self, clock: Clock, callback: Callback, *, parent: QObject | None, name: str
    ) -> FakeDeadlineTimer:
        timer = FakeDeadlineTimer(clock, callback, name)
        self.deadlines[name] = timer
        return timer

    def frame_timer(
        self, callback: Callback, *, parent: QWidget | None, name: str
    ) -> FakeFrameTimer:
        timer = FakeFrameTimer(callback, name)
        self.frames[name] = timer
        return timer

    def any_active(self) -> bool:
        return any(t.is_active for t in self.deadlines.values()) or any(
            t.is_active for t in self.frames.values()
        )

    def run_until(
        self,
        clock: SettableClock,
        target: float,
        *,
        frame_step: float = 0.0,
        after_each: Callback | None = None,
    ) -> int:
        """Move ``clock`` to ``target``, firing each deadline exactly at its time, in order.

        This is what a perfectly punctual event loop would do. With ``frame_step`` > 0 the
        frame timers also tick every ``frame_step`` seconds while active. Returns how many
        deadline firings happened. ``after_each`` runs after every firing or tick (tests pass
        ``QApplication.processEvents`` so that requested paints really happen).
        """
        fired = 0
        steps = 0
        next_frame = clock.now() + frame_step if frame_step > 0 else math.inf
        while True:
            armed = [t for t in self.deadlines.values() if t.deadline is not None]
            due = min(armed, key=lambda t: t.deadline or 0.0, default=None)
            due_at = due.deadline if due is not None and due.deadline is not None else math.inf
            step_at = min(due_at, next_frame)
            if step_at > target:
                break
            steps += 1
            if steps > 1_000_000:
                raise AssertionError("timers keep re-arming without the clock moving")
            clock.set(max(clock.now(), step_at))
            if due is not None and due_at <= next_frame:
                due.fire()
                fired += 1
            else:
                for frame in list(self.frames.values()):
                    frame.tick()
                next_frame += frame_step
            if after_each is not None:
                after_each()
        clock.set(max(clock.now(), target))
        return fired


class SingleShot(Protocol):
    """A plain single-shot (reminders, idle re-lock, search debounce); tests pass
    :class:`FakeSingleShot`."""

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...


def qt_single_shot(callback: Callable[[], None], parent: QObject | None) -> SingleShot:
    """A precise single-shot: it may land a few ms late, never early (DESIGN.md)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(callback)
    return timer


class FakeSingleShot:
    """Records what it was armed for; :meth:`fire` runs the callback as the timeout would."""

    def __init__(self, callback: Callable[[], None]) -> None:
        self.callback = callback
        self.interval: int | None = None
        self.active = False
        self.history: list[int] = []

    def start(self, msec: int) -> None:
        self.interval = msec
        self.active = True
        self.history.append(msec)

    def stop(self) -> None:
        self.active = False

    def isActive(self) -> bool:
        return self.active

    def fire(self) -> None:
        assert self.active, "fired a timer that is not armed"
        self.active = False
        self.callback()


SingleShotFactory = Callable[[Callable[[], None], QObject | None], SingleShot]
"""Makes a :class:`SingleShot` for a callback and a parent: :func:`qt_single_shot` in the app."""
