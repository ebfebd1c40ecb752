"""The timer engine: a compiled plan plus an injected clock.

Elapsed time is ``now - t0 - paused`` (plus any skip offset); every boundary is the absolute
deadline ``t0 + offset``. Nothing counts ticks, so nothing drifts, and a stalled event loop
gets every boundary it missed, late but once and in order. ``frame(now)`` is a pure function
of ``now`` and the engine state, which is what lets the UI and the audio never disagree.
"""

from __future__ import annotations

import math
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from tenang.core.model import Phase, Text
from tenang.core.plan import EventKind, Plan, PlanEvent, Segment

TOP_UP_SHARE = 0.8
"""With a second inhale, the first fills the breath to this level and the top-up the rest."""

MEDITATE_LEVEL = 0.5
"""A meditate step shows a still, half-full shape: nothing to follow, nothing moving."""


class Clock(Protocol):
    """Monotonic seconds. Injected so tests advance time by hand."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: monotonic, so a wall-clock change never moves a session."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when a test tells it to."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self._now += seconds

    def set(self, now: float) -> None:
        if now < self._now:
            raise ValueError("a monotonic clock never goes back")
        self._now = now


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Frame:
    """Everything a view needs to draw the session at one instant."""

    state: State
    elapsed: float
    total: float
    remaining: float
    progress: float
    segment: Segment | None
    segment_progress: float
    segment_remaining: float
    step_index: int
    step_count: int
    step_progress: float
    breath_level: float
    prompt: Text | None
    cycles_completed: int


def ease(fraction: float) -> float:
    """Cosine ease-in-out: a breath starts and ends slowly, as real breathing does."""
    return (1.0 - math.cos(math.pi * fraction)) / 2.0


def breath_level(segment: Segment, fraction: float) -> float:
    """How full the breath is, 0..1, at ``fraction`` through ``segment``."""
    has_top_up = segment.pattern is not None and segment.pattern.top_up > 0
    if segment.phase is Phase.INHALE:
        return ease(fraction) * (TOP_UP_SHARE if has_top_up else 1.0)
    if segment.phase is Phase.TOP_UP:
        return TOP_UP_SHARE + (1.0 - TOP_UP_SHARE) * ease(fraction)
    if segment.phase is Phase.HOLD:
        return 1.0
    if segment.phase is Phase.EXHALE:
        return 1.0 - ease(fraction)
    if segment.phase is Phase.HOLD_EMPTY:
        return 0.0
    return MEDITATE_LEVEL


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


class Engine:
    """Runs one plan against a clock. Not thread-safe; the owner's event loop drives it."""

    def __init__(self, plan: Plan, clock: Clock) -> None:
        self.plan = plan
        self.clock = clock
        self.state = State.IDLE
        self._t0 = 0.0
        self._paused_total = 0.0
        self._paused_at = 0.0
        self._skipped = 0.0
        self._skipped_spans: list[tuple[float, float]] = []
        self._end_elapsed = 0.0
        self._cursor = 0
        self._pending: list[PlanEvent] = []
        self._event_times = [event.at for event in plan.events]

    # -- control ---------------------------------------------------------------------------

    def start(self) -> None:
        if self.state is not State.IDLE:
            raise RuntimeError(f"cannot start a session that is {self.state.value}")
        self._t0 = self.clock.now()
        self.state = State.RUNNING

    def pause(self) -> None:
        if self.state is State.RUNNING:
            now = self.clock.now()
            self._collect(now)
            self._paused_at = now
            self.state = State.PAUSED

    def resume(self) -> None:
        if self.state is State.PAUSED:
            self._paused_total += self.clock.now() - self._paused_at
            self.state = State.RUNNING

    def toggle_pause(self) -> None:
        if self.state is State.RUNNING:
            self.pause()
        elif self.state is State.PAUSED:
            self.resume()

    def skip(self) -> None:
        """Jump to the start of the next step (or the end, from the last step).

        Events already due are kept for the next poll; the boundaries jumped over are not
        delivered, since the user chose not to hear them.
        """
        if self.state not in (State.RUNNING, State.PAUSED):
            return
        now = self.clock.now()
        self._collect(now)
        elapsed = self.elapsed(now)
        target = self.plan.total
        for start, _end in self.plan.step_spans:
            if start > elapsed:
                target = start
                break
        self._skipped += target - elapsed
        self._skipped_spans.append((elapsed, target))
        self._cursor = max(self._cursor, bisect_left(self._event_times, target))

    def stop(self) -> None:
        if self.state in (State.RUNNING, State.PAUSED, State.IDLE):
            self._end_elapsed = self.elapsed()
            self.state = State.STOPPED
            self._pending.clear()

    # -- queries ---------------------------------------------------------------------------

    def elapsed(self, now: float | None = None) -> float:
        """Session time: monotonic time since start, minus pauses, plus skipped spans."""
        if self.state is State.IDLE:
            return 0.0
        if self.state in (State.FINISHED, State.STOPPED):
            return self._end_elapsed
        if self.state is State.PAUSED:
            now = self._paused_at
        elif now is None:
            now = self.clock.now()
        raw = now - self._t0 - self._paused_total + self._skipped
        return min(self.plan.total, max(0.0, raw))

    def breathed_seconds(self, now: float | None = None) -> float:
        """Session time actually lived through: elapsed minus the spans the user skipped."""
        return self.elapsed(now) - self._skipped

    def breaths_completed(self, now: float | None = None) -> int:
        """Whole breaths actually taken; breaths inside a skipped span do not count."""
        cycles = self.plan.cycles_completed
        skipped = sum(cycles(end) - cycles(start) for start, end in self._skipped_spans)
        return cycles(self.elapsed(now)) - skipped

    def poll(self, now: float | None = None) -> list[PlanEvent]:
        """Every event crossed since the last poll, once each and in order.

        After a stall the whole backlog comes at once; the caller decides how to present
        late events (the audio skips stale cues, the UI shows only the latest phase).
        """
        if now is None:
            now = self.clock.now()
        if self.state in (State.RUNNING, State.PAUSED):
            self._collect(now)
        delivered, self._pending = self._pending, []
        if any(event.kind is EventKind.SESSION_END for event in delivered):
            self._end_elapsed = self.plan.total
            self.state = State.FINISHED
        return delivered

    def next_deadline(self) -> float | None:
        """Clock time at which the next undelivered event falls due; ``None`` unless running."""
        if self.state is not State.RUNNING:
            return None
        if self._pending:
            return self.clock.now()
        if self._cursor >= len(self._event_times):
            return None
        return self._t0 + self._paused_total - self._skipped + self._event_times[self._cursor]

    def frame(self, now: float | None = None) -> Frame:
        """The picture at ``now``: a pure function of the state and the time asked about."""
        plan = self.plan
        elapsed = self.elapsed(now)
        if self.state is State.IDLE:
            segment: Segment | None = None
            fraction = 0.0
            segment_remaining = plan.segments[0].duration
            level = 0.0
        else:
            segment = plan.segment_at(elapsed)
            fraction = _clamp((elapsed - segment.start) / segment.duration)
            segment_remaining = max(0.0, segment.end - elapsed)
            level = breath_level(segment, fraction)
        step_index = segment.step_index if segment is not None else 0
        step_start, step_end = plan.step_spans[step_index]
        return Frame(
            state=self.state,
            elapsed=elapsed,
            total=plan.total,
            remaining=max(0.0, plan.total - elapsed),
            progress=_clamp(elapsed / plan.total),
            segment=segment,
            segment_progress=fraction,
            segment_remaining=segment_remaining,
            step_index=step_index,
            step_count=len(plan.step_spans),
            step_progress=_clamp((elapsed - step_start) / (step_end - step_start)),
            breath_level=level,
            prompt=plan.prompt_at(elapsed) if segment is not None else None,
            cycles_completed=plan.cycles_completed(elapsed),
        )

    # -- internals -------------------------------------------------------------------------

    def _collect(self, now: float) -> None:
        elapsed = self.elapsed(now)
        end = bisect_right(self._event_times, elapsed)
        if end > self._cursor:
            self._pending.extend(self.plan.events[self._cursor : end])
            self._cursor = end
