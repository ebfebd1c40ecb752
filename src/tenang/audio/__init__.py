"""Sound for Tenang: cues on boundaries, ambient loops, the pacing tone.

This is the only package that imports pygame, and only inside the backend when audio is first
used, so ``import tenang.audio`` stays cheap (the CLI's ``--help`` and the tests of the core
never pay for SDL).
"""

from __future__ import annotations

from collections.abc import Callable

from tenang.audio.director import AudioDirector, AudioOptions
from tenang.audio.library import SoundInfo, list_sounds
from tenang.audio.port import AudioPort, NullAudio

__all__ = [
    "AudioDirector",
    "AudioOptions",
    "AudioPort",
    "NullAudio",
    "SoundInfo",
    "create_audio",
    "list_sounds",
]


def create_audio(enabled: bool, on_problem: Callable[[str], None] | None = None) -> AudioPort:
    """The pygame backend when audio is wanted, else silence.

    The backend starts the mixer lazily; if that fails it reports once through ``on_problem``
    and behaves like :class:`NullAudio` from then on.
    """
    if not enabled:
        return NullAudio()
    from tenang.audio.pygame_backend import PygameAudio

    return PygameAudio(on_problem)
