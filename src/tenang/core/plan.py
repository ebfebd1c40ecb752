"""Compile a :class:`Session` into a flat timeline of segments and events.

The engine never walks the session tree while it runs: everything it needs is laid out here
once, as absolute offsets from the start. That is what keeps pacing exact. Each boundary has
a fixed offset, so the engine computes ``t0 + offset`` and never accumulates tick error.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from enum import Enum

from tenang.core.model import (
    BREATH_PHASES,
    BreatheStep,
    BreathPattern,
    MeditateStep,
    Phase,
    Session,
    Text,
)


class EventKind(Enum):
    """What happens at a point on the timeline. The order here breaks ties at equal times."""

    SESSION_START = 0
    STEP_START = 1
    PHASE_START = 2
    BELL = 3
    PROMPT = 4
    SESSION_END = 5


@dataclass(frozen=True)
class Segment:
    """One phase of one breath, or one whole meditate step."""

    index: int
    start: float
    end: float
    phase: Phase
    step_index: int
    cycle: int
    """1-based breath number within the step; 0 for a meditate step."""
    cycles: int
    """Breaths in the step; 0 for a meditate step."""
    cue: str | None
    pattern: BreathPattern | None
    """This breath's pattern; with a ramp each breath has its own."""

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class PlanEvent:
    """A boundary the drivers act on: a cue to play, a prompt to show, the end."""

    at: float
    kind: EventKind
    segment_index: int
    sound: str | None = None
    text: Text | None = None
    sequence: int = 0


@dataclass(frozen=True)
class Plan:
    """The compiled timeline of one session."""

    session: Session
    segments: tuple[Segment, ...]
    events: tuple[PlanEvent, ...]
    step_spans: tuple[tuple[float, float], ...]
    total: float
    cycle_ends: tuple[float, ...]
    """End offset of every whole breath, ascending: counts completed breaths by bisection."""

    def segment_at(self, elapsed: float) -> Segment:
        """The segment running at ``elapsed`` (the last one at or after the end)."""
        starts = self._segment_starts
        index = max(0, bisect_right(starts, elapsed) - 1)
        return self.segments[min(index, len(self.segments) - 1)]

    def step_at(self, elapsed: float) -> int:
        return self.segment_at(elapsed).step_index

    def cycles_completed(self, elapsed: float) -> int:
        # A small tolerance so that a breath ending exactly at ``elapsed`` counts despite
        # the float sums that built the offsets.
        return bisect_right(self.cycle_ends, elapsed + 1e-9)

    def prompt_at(self, elapsed: float) -> Text | None:
        """The meditate prompt showing at ``elapsed``: the latest one of the current step."""
        step = self.step_at(elapsed)
        shown: Text | None = None
        for event in self._prompts:
            if event.at > elapsed:
                break
            if self.segments[event.segment_index].step_index == step:
                shown = event.text
        return shown

    @property
    def _segment_starts(self) -> list[float]:
        cached: list[float] | None = self.__dict__.get("_starts_cache")
        if cached is None:
            cached = [segment.start for segment in self.segments]
            object.__setattr__(self, "_starts_cache", cached)
        return cached

    @property
    def _prompts(self) -> list[PlanEvent]:
        cached: list[PlanEvent] | None = self.__dict__.get("_prompts_cache")
        if cached is None:
            cached = [event for event in self.events if event.kind is EventKind.PROMPT]
            object.__setattr__(self, "_prompts_cache", cached)
        return cached


def breath_count(step: BreatheStep) -> int:
    """How many whole breaths a breathe step has.

    A step limited by time ends on a whole breath: we take the number of breaths whose total
    is nearest to the requested duration (at least one). With a linear ramp the mean breath is
    the mean of the first and last, so the same rule applies to the mean.
    """
    if step.cycles is not None:
        return step.cycles
    assert step.duration is not None
    first = step.pattern.cycle_seconds
    last = step.ramp_to.cycle_seconds if step.ramp_to is not None else first
    mean = (first + last) / 2
    return max(1, math.floor(step.duration / mean + 0.5))


def breath_patterns(step: BreatheStep) -> list[BreathPattern]:
    """The pattern of each breath in the step, interpolated linearly along a ramp."""
    count = breath_count(step)
    if step.ramp_to is None or count == 1:
        return [step.pattern] * count
    return [step.pattern.lerp(step.ramp_to, k / (count - 1)) for k in range(count)]


class _Builder:
    """Accumulates segments and events while walking the steps once."""

    def __init__(self) -> None:
        self.time = 0.0
        self.segments: list[Segment] = []
        self.events: list[PlanEvent] = []
        self.cycle_ends: list[float] = []

    def segment(
        self,
        phase: Phase,
        seconds: float,
        step_index: int,
        cycle: int,
        cycles: int,
        cue: str | None,
        pattern: BreathPattern | None,
    ) -> Segment:
        segment = Segment(
            index=len(self.segments),
            start=self.time,
            end=self.time + seconds,
            phase=phase,
            step_index=step_index,
            cycle=cycle,
            cycles=cycles,
            cue=cue,
            pattern=pattern,
        )
        self.segments.append(segment)
        self.event(self.time, EventKind.PHASE_START, sound=cue)
        self.time = segment.end
        return segment

    def event(
        self,
        at: float,
        kind: EventKind,
        *,
        sound: str | None = None,
        text: Text | None = None,
        segment_index: int | None = None,
    ) -> None:
        index = len(self.segments) - 1 if segment_index is None else segment_index
        self.events.append(PlanEvent(at, kind, max(index, 0), sound, text))

    def breathe(self, step: BreatheStep, step_index: int) -> None:
        patterns = breath_patterns(step)
        for cycle, pattern in enumerate(patterns, start=1):
            for phase in BREATH_PHASES:
                seconds = pattern.seconds(phase)
                if seconds > 0:
                    cue = step.cues.for_phase(phase)
                    self.segment(phase, seconds, step_index, cycle, len(patterns), cue, pattern)
            self.cycle_ends.append(self.time)

    def meditate(self, step: MeditateStep, step_index: int) -> None:
        start = self.time
        segment = self.segment(Phase.MEDITATE, step.duration, step_index, 0, 0, None, None)
        if step.bell_every:
            count = math.ceil(step.duration / step.bell_every) - 1
            for k in range(1, count + 1):
                at = start + k * step.bell_every
                self.event(at, EventKind.BELL, sound=step.bell, segment_index=segment.index)
        for prompt in step.prompts:
            self.event(
                start + prompt.at, EventKind.PROMPT, text=prompt.text, segment_index=segment.index
            )


def compile_plan(session: Session) -> Plan:
    """Lay the session out as absolute offsets; the engine only ever bisects this."""
    builder = _Builder()
    spans: list[tuple[float, float]] = []
    builder.event(0.0, EventKind.SESSION_START, sound=session.start_bell, segment_index=0)
    for step_index, step in enumerate(session.steps):
        start = builder.time
        builder.event(start, EventKind.STEP_START, segment_index=len(builder.segments))
        if isinstance(step, BreatheStep):
            builder.breathe(step, step_index)
        else:
            builder.meditate(step, step_index)
        spans.append((start, builder.time))
    total = builder.time
    builder.event(total, EventKind.SESSION_END, sound=session.end_bell)
    ordered = sorted(builder.events, key=lambda event: (event.at, event.kind.value))
    events = tuple(
        PlanEvent(e.at, e.kind, e.segment_index, e.sound, e.text, sequence)
        for sequence, e in enumerate(ordered)
    )
    return Plan(
        session=session,
        segments=tuple(builder.segments),
        events=events,
        step_spans=tuple(spans),
        total=total,
        cycle_ends=tuple(builder.cycle_ends),
    )
