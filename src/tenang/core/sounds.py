"""The names of the bundled sounds, shared by the validator and the audio backend.

The validator needs them to reject an unknown cue name at load time; the audio package maps
each to a file under ``assets/audio/``. Keeping the list here, in the pure core, means a
routine can be validated on a machine with no audio stack at all.
"""

from __future__ import annotations

CUE_NAMES: tuple[str, ...] = ("bell-bowl", "bell-soft", "chime-rise", "chime-fall", "tick")
"""Short sounds played on a boundary: bells for start, end and intervals, chimes per phase."""

AMBIENT_NAMES: tuple[str, ...] = ("brown-noise", "rain", "ocean")
"""Seamless loops played quietly under a step."""

CUSTOM_SOUND_SUFFIXES: tuple[str, ...] = (".wav", ".ogg")
"""File types a user routine may reference by a path relative to its TOML file."""


def is_custom_sound(value: str) -> bool:
    """True when a cue or ambient value names a file rather than a bundled sound."""
    return value.lower().endswith(CUSTOM_SOUND_SUFFIXES)
