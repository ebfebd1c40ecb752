"""Plain-language descriptions of lengths and breathing patterns for the CLI and the GUI.

English only: the GUI translates through Qt separately. The wording lives in small tables so a
change of phrasing is one edit, not a hunt through string concatenations.
"""

from __future__ import annotations

from tenang.core.model import BREATH_PHASES, BreatheStep, BreathPattern, MeditateStep, Phase

_UNITS: tuple[tuple[str, int], ...] = (("h", 3600), ("min", 60))

PHASE_WORDS: dict[Phase, str] = {
    Phase.INHALE: "in",
    Phase.TOP_UP: "top-up",
    Phase.HOLD: "hold",
    Phase.EXHALE: "out",
    Phase.HOLD_EMPTY: "hold empty",
}
"""How a phase reads after its length: ``4 s in``, ``7 s hold``, ``8 s out``."""


def format_seconds(seconds: float) -> str:
    """``4`` -> ``4 s``, ``90`` -> ``1 min 30 s``, ``3900`` -> ``1 h 5 min``, ``1.5`` -> ``1.5 s``.

    Tenths of a second are kept (breath phases such as 5.5 s matter); zero parts are left out.
    """
    tenths = round(max(seconds, 0.0) * 10)
    parts: list[str] = []
    for unit, size in _UNITS:
        count, tenths = divmod(tenths, size * 10)
        if count:
            parts.append(f"{count} {unit}")
    if tenths or not parts:
        whole, fraction = divmod(tenths, 10)
        parts.append(f"{whole}.{fraction} s" if fraction else f"{whole} s")
    return " ".join(parts)


def describe_breath(pattern: BreathPattern) -> str:
    """``4 s in, 7 s hold, 8 s out``: the phases of one breath, zero-length ones left out."""
    return ", ".join(
        f"{format_seconds(pattern.seconds(phase))} {PHASE_WORDS[phase]}"
        for phase in BREATH_PHASES
        if pattern.seconds(phase) > 0
    )


def describe_pattern(step: BreatheStep | MeditateStep) -> str:
    """One line about a step: ``4 s in, 7 s hold, 8 s out, 4 cycles`` or ``10 min, bell every
    2 min``."""
    if isinstance(step, MeditateStep):
        parts = [format_seconds(step.duration)]
        if step.bell_every is not None:
            parts.append(f"bell every {format_seconds(step.bell_every)}")
        return ", ".join(parts)
    parts = [describe_breath(step.pattern)]
    if step.ramp_to is not None:
        parts.append(f"easing to {describe_breath(step.ramp_to)}")
    if step.cycles is not None:
        parts.append(f"{step.cycles} cycle" + ("" if step.cycles == 1 else "s"))
    elif step.duration is not None:
        parts.append(f"for {format_seconds(step.duration)}")
    return ", ".join(parts)
