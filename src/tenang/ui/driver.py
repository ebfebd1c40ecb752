"""The Qt side of the timer engine: one precise single-shot per boundary, nothing else.

The engine knows when the next event falls due (:meth:`Engine.next_deadline`, a clock time).
The driver arms one precise single-shot for exactly that time, polls the engine when it fires
and hands the events on. It re-arms from the clock after every poll, never by adding the
previous interval, so a late wake-up does not push every later boundary back; and because the
engine returns every event crossed since the last poll, a stalled event loop delivers the
backlog late but once each and in order. When the session is idle, paused or over, no timer
is armed at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from tenang.core.engine import Clock, Engine, Frame, State
from tenang.core.plan import Plan, PlanEvent
from tenang.ui.timers import QtTimerFactory, TimerFactory


class SessionListener(Protocol):
    """What the driver tells a listener such as the audio director.

    Kept as a protocol so the UI never imports the audio package; ``app.py`` passes the
    director in.
    """

    def on_events(self, events: Sequence[PlanEvent], elapsed: float) -> None: ...

    def on_pause(self) -> None: ...

    def on_resume(self, elapsed: float) -> None: ...

    def on_stop(self) -> None: ...

    def on_finish(self) -> None: ...


class QtDriver(QObject):
    """Owns an :class:`Engine` and turns its deadlines into Qt timer callbacks.

    Signals:
        eventsDue(list[PlanEvent]): the events of one poll, in order (never empty).
        stateChanged(State): after every state change, with the new state.
        finished(): once, when the session ran to its end.
    """

    eventsDue = Signal(list)
    stateChanged = Signal(object)
    finished = Signal()

    def __init__(
        self,
        plan: Plan,
        clock: Clock,
        *,
        listener: SessionListener | None = None,
        timer_factory: TimerFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = Engine(plan, clock)
        self.clock = clock
        self.listener = listener
        factory = timer_factory if timer_factory is not None else QtTimerFactory()
        self._timer = factory.deadline_timer(clock, self._on_deadline, parent=self, name="driver")
        self.delivered_count = 0

    # -- queries -----------------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self.engine.state

    @property
    def timer_active(self) -> bool:
        return self._timer.is_active

    def frame(self, now: float | None = None) -> Frame:
        return self.engine.frame(self.clock.now() if now is None else now)

    # -- control -----------------------------------------------------------------------------

    def start(self) -> None:
        if self.engine.state is not State.IDLE:
            return
        self.engine.start()
        self.stateChanged.emit(self.engine.state)
        self._dispatch()

    def pause(self) -> None:
        if self.engine.state is not State.RUNNING:
            return
        # Deliver what is already due first, so a pause a few ms after a boundary still
        # plays that boundary's cue and shows its phase.
        self._dispatch(rearm=False)
        if self.engine.state is not State.RUNNING:
            return
        self.engine.pause()
        self._timer.cancel()
        if self.listener is not None:
            self.listener.on_pause()
        self.stateChanged.emit(self.engine.state)

    def resume(self) -> None:
        if self.engine.state is not State.PAUSED:
            return
        self.engine.resume()
        if self.listener is not None:
            self.listener.on_resume(self.engine.elapsed())
        self.stateChanged.emit(self.engine.state)
        self._dispatch()

    def toggle_pause(self) -> None:
        if self.engine.state is State.RUNNING:
            self.pause()
        elif self.engine.state is State.PAUSED:
            self.resume()

    def skip(self) -> None:
        """Jump to the next step; its start events arrive at once, the skipped ones never."""
        if self.engine.state not in (State.RUNNING, State.PAUSED):
            return
        self.engine.skip()
        if self.engine.state is State.RUNNING:
            self._dispatch()
        else:
            # Paused: the new step's events wait for resume; the view still needs repainting.
            self.stateChanged.emit(self.engine.state)

    def stop(self) -> None:
        if self.engine.state in (State.FINISHED, State.STOPPED):
            return
        self._timer.cancel()
        self.engine.stop()
        if self.listener is not None:
            self.listener.on_stop()
        self.stateChanged.emit(self.engine.state)

    # -- internals ---------------------------------------------------------------------------

    def _on_deadline(self) -> None:
        self._dispatch()

    def _dispatch(self, *, rearm: bool = True) -> None:
        """Poll, re-arm from the clock, then tell everyone.

        Re-arming comes before the listeners run so that an exception in a slot cannot stop
        the pacing of the boundaries after it.
        """
        events = self.engine.poll(self.clock.now())
        if rearm:
            self._arm()
        if not events:
            return
        self.delivered_count += len(events)
        elapsed = self.engine.elapsed()
        self.eventsDue.emit(list(events))
        if self.engine.state is State.STOPPED:
            return  # a slot stopped the session; the listener has had on_stop already
        if self.listener is not None:
            self.listener.on_events(events, elapsed)
        if self.engine.state is State.FINISHED:
            self._timer.cancel()
            if self.listener is not None:
                self.listener.on_finish()
            self.stateChanged.emit(self.engine.state)
            self.finished.emit()

    def _arm(self) -> None:
        deadline = self.engine.next_deadline()
        if deadline is None:
            self._timer.cancel()
        else:
            self._timer.arm_at(deadline)
