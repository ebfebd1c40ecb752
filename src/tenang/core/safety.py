"""Safety rails for routines from other people: which ones deserve a word before they start.

Long breath holds and fast breathing can make people dizzy or faint, and a shared routine may
ask for either without saying so. These checks are deliberately simple and visible (two
thresholds, documented in docs/writing-routines.md) so an author can predict the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from tenang.core.model import BreatheStep, BreathPattern, Session

LONG_HOLD_SECONDS: Final = 10.0
"""A hold (full or empty) this long or longer is a "long hold"."""

FAST_BREATH_SECONDS: Final = 3.0
"""A breath shorter than this (more than 20 breaths a minute) is "fast breathing"."""


@dataclass(frozen=True)
class Intensity:
    """Why a routine is intense: its longest hold and its shortest breath, when they matter."""

    longest_hold: float | None = None
    """Seconds of the longest hold at or above :data:`LONG_HOLD_SECONDS`, else ``None``."""
    fastest_breath: float | None = None
    """Seconds of the shortest breath below :data:`FAST_BREATH_SECONDS`, else ``None``."""

    @property
    def intense(self) -> bool:
        return self.longest_hold is not None or self.fastest_breath is not None


def _patterns(session: Session) -> list[BreathPattern]:
    """Every breath pattern a routine can reach: each step's first breath and its ramp target.

    Ramps are linear, so the extremes of every phase lie at one of the two ends.
    """
    patterns: list[BreathPattern] = []
    for step in session.steps:
        if isinstance(step, BreatheStep):
            patterns.append(step.pattern)
            if step.ramp_to is not None:
                patterns.append(step.ramp_to)
    return patterns


def intensity(session: Session) -> Intensity:
    """The long holds and fast breaths in ``session`` (see :class:`Intensity`)."""
    patterns = _patterns(session)
    holds = [max(p.hold, p.hold_empty) for p in patterns]
    breaths = [p.cycle_seconds for p in patterns]
    longest = max(holds, default=0.0)
    fastest = min(breaths, default=FAST_BREATH_SECONDS)
    return Intensity(
        longest_hold=longest if longest >= LONG_HOLD_SECONDS else None,
        fastest_breath=fastest if fastest < FAST_BREATH_SECONDS else None,
    )


def is_intense(session: Session) -> bool:
    """True when the routine has a hold of 10 s or more, or a breath shorter than 3 s."""
    return intensity(session).intense


def unknown_author(session: Session) -> bool:
    """True when a routine names neither a source nor a caution: nobody vouches for it."""
    return session.source is None and session.caution is None
