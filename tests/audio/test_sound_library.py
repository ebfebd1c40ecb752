"""Reading sounds and their lengths, and that importing the audio package costs no pygame."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tenang.audio import NullAudio, create_audio, list_sounds
from tenang.audio.library import SoundUnavailableError, duration_of, read_sound
from tenang.audio.port import AudioPort


def test_importing_tenang_audio_does_not_import_pygame():
    code = (
        "import sys, tenang.audio, tenang.audio.director, tenang.audio.cli_support;"
        "print('pygame' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_create_audio_off_is_silent_and_on_is_the_pygame_backend():
    off = create_audio(False)
    assert isinstance(off, NullAudio) and isinstance(off, AudioPort)
    assert off.problem is None
    on = create_audio(True)
    assert type(on).__name__ == "PygameAudio" and isinstance(on, AudioPort)


def test_list_sounds_names_every_bundled_sound_with_its_length():
    rows = {info.name: info for info in list_sounds()}
    assert set(rows) == {
        "bell-bowl", "bell-soft", "chime-rise", "chime-fall", "tick",
        "brown-noise", "rain", "ocean",
    }  # fmt: skip
    assert rows["bell-bowl"].kind == "cue" and rows["bell-bowl"].file == "bell-bowl.wav"
    assert rows["bell-bowl"].duration == pytest.approx(4.0)
    assert rows["rain"].kind == "ambient" and rows["rain"].file == "rain.ogg"
    assert 10.0 <= rows["rain"].duration <= 20.0
    assert rows["tick"].duration < 0.5
    for name in ("chime-rise", "chime-fall"):
        assert rows[name].duration < 1.0


def test_a_missing_file_names_the_path(tmp_path):
    with pytest.raises(SoundUnavailableError) as caught:
        read_sound(str(tmp_path / "nope.wav"))
    assert str(caught.value) == f"sound file {tmp_path / 'nope.wav'} is missing"


def test_an_unreadable_path_names_the_reason(tmp_path):
    folder = tmp_path / "folder.wav"
    folder.mkdir()
    with pytest.raises(SoundUnavailableError) as caught:
        read_sound(str(folder))
    assert str(caught.value).startswith(f"cannot read sound file {folder}: ")


def test_duration_of_garbage_is_unknown():
    assert duration_of(b"") is None
    assert duration_of(b"RIFF....WAVEjunk") is None
    assert duration_of(b"OggS" + b"\0" * 10) is None
    assert duration_of(b"ID3 an mp3") is None
