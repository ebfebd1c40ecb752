"""What the rest of the app may ask of audio, and a silent stand-in.

Drivers and the director talk to an :class:`AudioPort`, never to pygame, so tests can record
what would have played, the CLI can run with ``--no-audio``, and a machine without a sound
card gets :class:`NullAudio`-like behaviour from the real backend instead of a crash.

A *sound* is either a bundled name from :mod:`tenang.core.sounds` or the path of a ``.wav`` /
``.ogg`` file (the director resolves a routine's relative paths against its folder).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from tenang.core.plan import Segment


@runtime_checkable
class AudioPort(Protocol):
    """Every method is safe to call at any time, in any state, and never raises."""

    @property
    def problem(self) -> str | None:
        """Why audio is (partly) unavailable, or ``None``. The first reason is kept."""
        ...

    def preload(self, names: Iterable[str]) -> None:
        """Decode these sounds now, so the first cue does not wait for disk and decoder."""

    def cue(self, name: str) -> None:
        """Play a short sound once, on a free channel, over whatever else plays."""

    def start_ambient(self, name: str, fade_ms: int) -> None:
        """Loop ``name`` under everything, fading in; an ambient already playing fades out."""

    def stop_ambient(self, fade_ms: int) -> None:
        """Fade the ambient loop out (never cut it: a hard stop is a click)."""

    def start_pacing_tone(self, segments: Sequence[Segment], from_elapsed: float) -> None:
        """Play the breath-following tone for one breathe step's segments from ``from_elapsed``.

        ``segments`` carry absolute offsets; starting mid-step (after a pause, or a late event)
        starts the tone in phase with the timeline rather than at the top of a breath.
        """

    def stop_pacing_tone(self) -> None:
        """Stop the tone with a short fade."""

    def pump(self) -> None:
        """Keep queued audio fed (the pacing tone is queued one chunk ahead); cheap."""

    def set_volumes(self, master: float, cue: float, ambient: float) -> None:
        """Volumes 0..1; cue volume also applies to the pacing tone."""

    @property
    def available(self) -> bool:
        """True once sound can really be heard (the mixer is up); callers skip waiting for a
        bell to ring out when it is not."""
        ...

    def shutdown(self) -> None:
        """Stop everything at once and release the device."""


class NullAudio:
    """Silence that satisfies :class:`AudioPort`: for ``--no-audio`` and for tests."""

    def __init__(self, problem: str | None = None) -> None:
        self._problem = problem

    @property
    def problem(self) -> str | None:
        return self._problem

    def preload(self, names: Iterable[str]) -> None:
        pass

    def cue(self, name: str) -> None:
        pass

    def start_ambient(self, name: str, fade_ms: int) -> None:
        pass

    def stop_ambient(self, fade_ms: int) -> None:
        pass

    def start_pacing_tone(self, segments: Sequence[Segment], from_elapsed: float) -> None:
        pass

    def stop_pacing_tone(self) -> None:
        pass

    def pump(self) -> None:
        pass

    def set_volumes(self, master: float, cue: float, ambient: float) -> None:
        pass

    @property
    def available(self) -> bool:
        return False

    def shutdown(self) -> None:
        pass
