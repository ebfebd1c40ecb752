"""Small functions the command line calls for ``tenang audio list/play`` and ``run --text``.

They live here, not in ``cli.py``, so the CLI never imports pygame itself and the behaviour is
tested with the audio package.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from tenang.audio import create_audio
from tenang.audio.director import AudioDirector, AudioOptions
from tenang.audio.library import SoundUnavailableError, duration_of, list_sounds, read_sound
from tenang.audio.port import AudioPort
from tenang.core.plan import Plan
from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES, is_custom_sound

AMBIENT_PREVIEW_SECONDS = 6.0
PREVIEW_FADE_MS = 1000


def list_rows() -> list[tuple[str, str, str, str]]:
    """Rows for ``tenang audio list``: name, kind, file, duration ("4.0 s")."""
    return [
        (
            info.name,
            info.kind,
            info.file,
            "missing" if info.duration is None else f"{info.duration:.1f} s",
        )
        for info in list_sounds()
    ]


def format_rows(rows: list[tuple[str, str, str, str]]) -> str:
    """The rows as an aligned table with a header."""
    table = [("NAME", "KIND", "FILE", "LENGTH"), *rows]
    widths = [max(len(row[i]) for row in table) for i in range(3)]
    return "\n".join(
        f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}"
        for row in table
    )


def stderr_reporter(stream: TextIO | None = None) -> Callable[[str], None]:
    """One line per problem on stderr, prefixed so it reads as a notice, not a crash."""

    def report(message: str) -> None:
        print(f"tenang: {message}", file=stream or sys.stderr, flush=True)

    return report


def play_preview(
    name: str,
    *,
    err: TextIO | None = None,
    sleep: Callable[[float], None] = time.sleep,
    audio: AudioPort | None = None,
) -> int:
    """``tenang audio play NAME``: play a bundled sound or a .wav/.ogg file, then return.

    Returns 0 when it played (or audio is unavailable, which is reported, not an error of the
    command), 2 for an unknown name or an unreadable file.
    """
    stream = err or sys.stderr
    if name not in CUE_NAMES and name not in AMBIENT_NAMES and not is_custom_sound(name):
        known = ", ".join((*CUE_NAMES, *AMBIENT_NAMES))
        print(
            f"tenang: unknown sound {name!r}; use one of {known}, or a .wav/.ogg file", file=stream
        )
        return 2
    if is_custom_sound(name):
        name = str(Path(name).resolve())
    try:
        length = duration_of(read_sound(name)) or 1.0
    except SoundUnavailableError as error:
        print(f"tenang: {error}", file=stream)
        return 2
    port = audio or create_audio(True, stderr_reporter(stream))
    port.preload([name])
    if name in AMBIENT_NAMES:
        port.start_ambient(name, PREVIEW_FADE_MS)
        ringing = min(length, AMBIENT_PREVIEW_SECONDS)
    else:
        port.cue(name)
        ringing = length
    if port.available:
        sleep(ringing)
        if name in AMBIENT_NAMES:
            port.stop_ambient(PREVIEW_FADE_MS)
            sleep(PREVIEW_FADE_MS / 1000)
    port.shutdown()
    return 0


def director_for_run(
    plan: Plan,
    *,
    enabled: bool,
    ambient: str | None = None,
    pacing_tone: bool = False,
    err: TextIO | None = None,
) -> AudioDirector:
    """The director ``run --text`` hands to the text runner as its listener.

    ``--no-audio`` gives silence; ``--ambient NAME`` overrides every step's loop;
    ``--pacing-tone`` turns the tone on for every breathe step (otherwise the routine decides).
    Problems (no device, missing file) are printed once each on ``err`` and never stop the run.
    """
    port = create_audio(enabled, stderr_reporter(err))
    options = AudioOptions(ambient=ambient, pacing_tone=True if pacing_tone else None)
    director = AudioDirector(port, plan, options)
    director.preload()
    return director


def close_run(
    director: AudioDirector, *, finished: bool, sleep: Callable[[float], None] = time.sleep
) -> None:
    """After the run: let the end bell ring out, then release the device.

    Waits only when sound is really playing (not with ``--no-audio`` or without a device), and
    through ``sleep`` so a test's fake clock makes it instant.
    """
    port = director.port
    if finished and port.available:
        sleep(director.ring_out_seconds())
    port.shutdown()
