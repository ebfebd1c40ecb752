"""Where each sound's bytes come from, and what ``tenang audio list`` says about them.

Bundled sounds are read through :func:`tenang.core.resources.bundled_audio_dir`, which also
works from a zipped wheel, so the backend always loads from bytes, never from a path it
assumes exists. Nothing here imports pygame: listing sounds needs no audio device.
"""

from __future__ import annotations

import struct
import wave
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from tenang.core.resources import bundled_audio_dir
from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES


class SoundUnavailableError(Exception):
    """A sound that cannot be read; the message is shown to the user as it is."""


@dataclass(frozen=True)
class SoundInfo:
    name: str
    kind: str  # "cue" or "ambient"
    file: str
    duration: float | None


def bundled_file_name(name: str) -> str | None:
    """The file behind a bundled name: cues are WAV, ambient loops OGG Vorbis."""
    if name in CUE_NAMES:
        return f"{name}.wav"
    if name in AMBIENT_NAMES:
        return f"{name}.ogg"
    return None


def describe_source(name: str) -> str:
    """How to name the sound in a message: the bundled name, or the file path."""
    return f"bundled sound {name!r}" if bundled_file_name(name) else f"sound file {name}"


def read_sound(name: str) -> bytes:
    """The encoded bytes of a bundled name or a file path; :class:`SoundUnavailableError` if not."""
    file_name = bundled_file_name(name)
    try:
        if file_name is not None:
            return (bundled_audio_dir() / file_name).read_bytes()
        return Path(name).read_bytes()
    except FileNotFoundError:
        where = f"bundled sound {name!r} ({file_name})" if file_name else f"sound file {name}"
        raise SoundUnavailableError(f"{where} is missing") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise SoundUnavailableError(f"cannot read {describe_source(name)}: {reason}") from None


def duration_of(data: bytes) -> float | None:
    """Seconds of audio in a WAV or Ogg Vorbis file, read from its headers; ``None`` if unknown."""
    if data[:4] == b"RIFF":
        try:
            with wave.open(BytesIO(data)) as reader:
                return float(reader.getnframes() / reader.getframerate())
        except (wave.Error, EOFError):
            return None
    if data[:4] == b"OggS":
        return _ogg_vorbis_duration(data)
    return None


def _ogg_vorbis_duration(data: bytes) -> float | None:
    # The identification header names the rate; the last page's granule is the sample count.
    ident = data.find(b"\x01vorbis")
    last = data.rfind(b"OggS")
    if ident < 0 or last < 0 or len(data) < max(ident + 16, last + 14):
        return None
    rate = int(struct.unpack_from("<I", data, ident + 12)[0])
    granule = int(struct.unpack_from("<q", data, last + 6)[0])
    if rate <= 0 or granule < 0:
        return None
    return float(granule / rate)


def list_sounds() -> list[SoundInfo]:
    """Every bundled sound with its file and length (length ``None`` if the file is missing)."""
    rows = []
    for kind, names in (("cue", CUE_NAMES), ("ambient", AMBIENT_NAMES)):
        for name in names:
            file_name = bundled_file_name(name)
            assert file_name is not None
            try:
                duration = duration_of(read_sound(name))
            except SoundUnavailableError:
                duration = None
            rows.append(SoundInfo(name, kind, file_name, duration))
    return rows
