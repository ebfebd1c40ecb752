"""The session format as frozen dataclasses.

These types are what the loader produces and what the planner consumes. They are frozen so that
a routine, once validated, cannot change under the engine or the UI; every consumer can share
one instance without copying.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

DEFAULT_LANGUAGE = "en"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Text:
    """A user-visible text in one or more languages.

    Authors may write a plain string (taken as English) or a table of language codes. Lookups
    fall back to English, then to the first language given, so a routine written only in
    Indonesian still shows something in an English UI.
    """

    translations: tuple[tuple[str, str], ...]

    @classmethod
    def plain(cls, text: str) -> Text:
        return cls(((DEFAULT_LANGUAGE, text),))

    @classmethod
    def of(cls, mapping: Mapping[str, str]) -> Text:
        return cls(tuple(mapping.items()))

    def get(self, language: str = DEFAULT_LANGUAGE) -> str:
        table = dict(self.translations)
        if language in table:
            return table[language]
        if DEFAULT_LANGUAGE in table:
            return table[DEFAULT_LANGUAGE]
        return self.translations[0][1] if self.translations else ""

    def languages(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.translations)

    def as_dict(self) -> dict[str, str]:
        return dict(self.translations)


class Phase(Enum):
    """One kind of segment on the timeline."""

    INHALE = "inhale"
    TOP_UP = "top_up"
    HOLD = "hold"
    EXHALE = "exhale"
    HOLD_EMPTY = "hold_empty"
    MEDITATE = "meditate"


BREATH_PHASES: tuple[Phase, ...] = (
    Phase.INHALE,
    Phase.TOP_UP,
    Phase.HOLD,
    Phase.EXHALE,
    Phase.HOLD_EMPTY,
)
"""The order of phases within one breath. ``top_up`` is the short second inhale of the
physiological sigh; like the holds, a zero-length phase is skipped."""


@dataclass(frozen=True)
class BreathPattern:
    """Seconds for each phase of one breath; a zero-length phase is simply skipped."""

    inhale: float
    hold: float = 0.0
    exhale: float = 0.0
    hold_empty: float = 0.0
    top_up: float = 0.0

    def seconds(self, phase: Phase) -> float:
        return {
            Phase.INHALE: self.inhale,
            Phase.TOP_UP: self.top_up,
            Phase.HOLD: self.hold,
            Phase.EXHALE: self.exhale,
            Phase.HOLD_EMPTY: self.hold_empty,
        }[phase]

    @property
    def cycle_seconds(self) -> float:
        return self.inhale + self.top_up + self.hold + self.exhale + self.hold_empty

    def lerp(self, other: BreathPattern, fraction: float) -> BreathPattern:
        """The pattern a fraction of the way from this one to ``other`` (for ramps)."""

        def mix(a: float, b: float) -> float:
            return a + (b - a) * fraction

        return BreathPattern(
            mix(self.inhale, other.inhale),
            mix(self.hold, other.hold),
            mix(self.exhale, other.exhale),
            mix(self.hold_empty, other.hold_empty),
            mix(self.top_up, other.top_up),
        )


@dataclass(frozen=True)
class Cues:
    """Sound cue names per phase; ``None`` means silence for that phase."""

    inhale: str | None = None
    hold: str | None = None
    exhale: str | None = None
    hold_empty: str | None = None
    top_up: str | None = None

    def for_phase(self, phase: Phase) -> str | None:
        return {
            Phase.INHALE: self.inhale,
            Phase.TOP_UP: self.top_up,
            Phase.HOLD: self.hold,
            Phase.EXHALE: self.exhale,
            Phase.HOLD_EMPTY: self.hold_empty,
        }.get(phase)


DEFAULT_CUES = Cues(
    inhale="chime-rise", top_up="chime-rise", hold="tick", exhale="chime-fall", hold_empty="tick"
)
"""Cues used when a breathe step names none; ``cues = {}`` in a file means silence."""


@dataclass(frozen=True)
class BreatheStep:
    """Paced breathing, limited either by ``duration`` (seconds) or by ``cycles``.

    Exactly one of ``duration`` and ``cycles`` is set. With a ``ramp_to`` pattern the phase
    lengths move linearly from ``pattern`` (first breath) to ``ramp_to`` (last breath).
    """

    pattern: BreathPattern
    duration: float | None = None
    cycles: int | None = None
    ramp_to: BreathPattern | None = None
    cues: Cues = field(default_factory=lambda: DEFAULT_CUES)
    ambient: str | None = None
    pacing_tone: bool = False
    label: Text | None = None
    line: int | None = None


@dataclass(frozen=True)
class Prompt:
    """A text shown ``at`` seconds into a meditate step."""

    at: float
    text: Text


@dataclass(frozen=True)
class MeditateStep:
    """Timed silence with optional interval bells and timed text prompts."""

    duration: float
    bell_every: float | None = None
    bell: str = "bell-soft"
    prompts: tuple[Prompt, ...] = ()
    ambient: str | None = None
    label: Text | None = None
    line: int | None = None


Step = BreatheStep | MeditateStep


@dataclass(frozen=True)
class Session:
    """One routine, validated."""

    id: str
    title: Text
    steps: tuple[Step, ...]
    summary: Text | None = None
    tags: tuple[str, ...] = ()
    source: str | None = None
    caution: Text | None = None
    start_bell: str | None = "bell-bowl"
    end_bell: str | None = "bell-bowl"
    ambient: str | None = None
    pacing_tone: bool = False
    format: int = FORMAT_VERSION
    path: Path | None = field(default=None, compare=False)
