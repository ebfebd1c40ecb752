"""Turns the engine's boundary events into sound.

Why a director between the drivers and the port: the text runner and the Qt player both get
the same events from the same engine, and both must sound the same. The director holds the
little audio state a session has (which ambient loop is on, whether the pacing tone runs) and
nothing about time: every decision is taken from the event and the elapsed time it is given,
so cues come from the driver's precise boundary timer and never from an animation frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tenang.audio.library import SoundUnavailableError, duration_of, read_sound
from tenang.audio.port import AudioPort
from tenang.core.model import BreatheStep
from tenang.core.plan import EventKind, Plan, PlanEvent, Segment
from tenang.core.sounds import is_custom_sound


@dataclass(frozen=True)
class AudioOptions:
    """What the user chose for this run (CLI flags or GUI settings)."""

    cues: bool = True
    """Bells and phase cues; off leaves ambient and the tone as they are."""
    ambient: str | None = None
    """Play this loop under every step instead of what the routine asks for."""
    ambient_enabled: bool = True
    pacing_tone: bool | None = None
    """``True`` forces the tone on for every breathe step, ``False`` off; ``None`` = routine."""
    fade_ms: int = 2500
    """Ambient fade in, out and between steps."""
    stop_fade_ms: int = 1200
    """A user stop should answer quickly but still not cut the sound."""
    max_lateness: float = 1.0
    """A cue later than this (after a stall or a skip) is dropped: it would mislead the breath.
    Bells at the start and end are always played."""


MAX_RING_OUT = 6.0
"""The longest the CLI waits after the end for the bell and the ambient fade."""


class AudioDirector:
    """Plays one plan's sounds through a port, driven by engine events."""

    def __init__(self, port: AudioPort, plan: Plan, options: AudioOptions | None = None) -> None:
        self.port = port
        self.plan = plan
        self.options = options or AudioOptions()
        self.dropped_cues = 0
        self._ambient: str | None = None
        self._tone_step: int | None = None
        self._tone_playing = False
        self._over = False
        self._paused = False
        self._ambient_was_on = False
        base = plan.session.path.parent if plan.session.path is not None else None
        self._base = base

    # -- what the plan needs ---------------------------------------------------------------

    def resolve(self, sound: str) -> str:
        """A routine's relative file path made absolute against the routine's folder."""
        if is_custom_sound(sound) and self._base is not None and not Path(sound).is_absolute():
            return str(self._base / sound)
        return sound

    def ambient_for(self, step_index: int) -> str | None:
        if not self.options.ambient_enabled:
            return None
        if self.options.ambient is not None:
            return self.resolve(self.options.ambient)
        step = self.plan.session.steps[step_index]
        chosen = step.ambient or self.plan.session.ambient
        return self.resolve(chosen) if chosen else None

    def tone_for(self, step_index: int) -> bool:
        step = self.plan.session.steps[step_index]
        if not isinstance(step, BreatheStep):
            return False
        if self.options.pacing_tone is not None:
            return self.options.pacing_tone
        return step.pacing_tone or self.plan.session.pacing_tone

    def sounds(self) -> list[str]:
        """Every sound this run may play, in first-use order, for :meth:`preload`."""
        names: list[str] = []
        if self.options.cues:
            names += [self.resolve(e.sound) for e in self.plan.events if e.sound is not None]
        names += [a for i in range(len(self.plan.session.steps)) if (a := self.ambient_for(i))]
        return list(dict.fromkeys(names))

    def ring_out_seconds(self) -> float:
        """How long sound goes on after the end: the end bell's length, or the ambient's fade
        if that is longer. The CLI waits this long (at most :data:`MAX_RING_OUT`) before exit."""
        bell = 0.0
        if self.options.cues and self.plan.session.end_bell is not None:
            try:
                data = read_sound(self.resolve(self.plan.session.end_bell))
                bell = duration_of(data) or 0.0
            except SoundUnavailableError:
                pass
        fade = self.options.fade_ms / 1000 if self._ambient_was_on else 0.0
        return min(MAX_RING_OUT, max(bell, fade))

    def preload(self) -> None:
        self.port.preload(self.sounds())

    def step_segments(self, step_index: int) -> tuple[Segment, ...]:
        return tuple(s for s in self.plan.segments if s.step_index == step_index)

    # -- driven by the engine --------------------------------------------------------------

    def on_events(self, events: Sequence[PlanEvent], elapsed: float) -> None:
        """Act on a batch from ``Engine.poll()``; ``elapsed`` is the engine's elapsed time.

        Cues go first: starting an ambient loop or generating the pacing tone takes a few
        milliseconds that must not delay the chime that marks the boundary.
        """
        if self.options.cues:
            for event in events:
                if event.sound is None:
                    continue
                bell = event.kind in (EventKind.SESSION_START, EventKind.SESSION_END)
                if bell or elapsed - event.at <= self.options.max_lateness:
                    self.port.cue(self.resolve(event.sound))
                else:
                    self.dropped_cues += 1
        for event in events:
            if event.kind is EventKind.STEP_START:
                self._enter_step(self.plan.segments[event.segment_index].step_index, elapsed)
            elif event.kind is EventKind.SESSION_END:
                self.on_finish()
        self.port.pump()

    def on_pause(self) -> None:
        self._paused = True
        if self._tone_playing:
            self.port.stop_pacing_tone()
            self._tone_playing = False

    def on_resume(self, elapsed: float) -> None:
        """Restart the tone where the timeline is now, not where the breath began."""
        self._paused = False
        if self._over or self._tone_step is None:
            return
        if self.plan.segment_at(elapsed).step_index != self._tone_step:
            return  # the next STEP_START (already due) decides
        self.port.start_pacing_tone(self.step_segments(self._tone_step), elapsed)
        self._tone_playing = True

    def on_stop(self) -> None:
        """The user stopped: the tone stops, the ambient fades out quickly."""
        self._end(self.options.stop_fade_ms)

    def on_finish(self) -> None:
        """The routine ended: let the end bell ring, fade the ambient slowly."""
        self._end(self.options.fade_ms)

    # -- internals -------------------------------------------------------------------------

    def _end(self, fade_ms: int) -> None:
        if self._over:
            return
        self._over = True
        self._tone_step = None
        if self._tone_playing:
            self.port.stop_pacing_tone()
            self._tone_playing = False
        if self._ambient is not None:
            self.port.stop_ambient(fade_ms)
            self._ambient = None

    def _enter_step(self, step_index: int, elapsed: float) -> None:
        if self._over:
            return
        ambient = self.ambient_for(step_index)
        if ambient != self._ambient:
            if ambient is None:
                self.port.stop_ambient(self.options.fade_ms)
            else:
                self.port.start_ambient(ambient, self.options.fade_ms)
                self._ambient_was_on = True
            self._ambient = ambient
        if self._tone_playing:
            self.port.stop_pacing_tone()
            self._tone_playing = False
        self._tone_step = step_index if self.tone_for(step_index) else None
        if self._tone_step is not None and not self._paused:
            self.port.start_pacing_tone(self.step_segments(step_index), elapsed)
            self._tone_playing = True
