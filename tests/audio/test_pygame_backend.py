"""The real pygame-ce backend on SDL's dummy driver: loads, plays, fades, and fails softly."""

from __future__ import annotations

import io
from typing import Any

import pygame
import pytest

from tenang.audio.director import AudioDirector
from tenang.audio.library import bundled_file_name, duration_of, read_sound
from tenang.audio.pygame_backend import AMBIENT_CHANNELS, BUFFER_FRAMES, TONE_CHANNEL, PygameAudio
from tenang.core.engine import FakeClock
from tenang.core.model import BreatheStep, BreathPattern, Cues
from tenang.core.plan import compile_plan
from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES
from tenang.textrun import TextRunner

pytestmark = pytest.mark.usefixtures("mixer_released")


class WatchedChannel:
    """A real channel whose fades and plays are written down."""

    def __init__(self, channel: Any, log: list[tuple[Any, ...]]) -> None:
        self._channel = channel
        self._log = log

    def __getattr__(self, name: str) -> Any:
        return getattr(self._channel, name)

    def play(self, sound: Any, loops: int = 0, maxtime: int = 0, fade_ms: int = 0) -> None:
        self._log.append(("play", self._channel.id, loops, fade_ms))
        self._channel.play(sound, loops=loops, maxtime=maxtime, fade_ms=fade_ms)

    def fadeout(self, ms: int) -> None:
        self._log.append(("fadeout", self._channel.id, ms))
        self._channel.fadeout(ms)

    def stop(self) -> None:
        self._log.append(("stop", self._channel.id))
        self._channel.stop()


def watched(audio: PygameAudio, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    log: list[tuple[Any, ...]] = []
    real = audio._channel
    monkeypatch.setattr(audio, "_channel", lambda number: WatchedChannel(real(number), log))
    return log


def test_the_mixer_starts_lazily_with_a_small_buffer():
    problems: list[str] = []
    audio = PygameAudio(problems.append)
    assert pygame.mixer.get_init() is None  # constructing it touches nothing
    audio.preload(["tick"])
    assert pygame.mixer.get_init() is not None
    assert pygame.mixer.get_num_channels() >= 8
    assert BUFFER_FRAMES == 512
    assert problems == []
    audio.shutdown()
    assert pygame.mixer.get_init() is None


@pytest.mark.parametrize("name", CUE_NAMES + AMBIENT_NAMES)
def test_every_bundled_sound_loads_with_pygame(name):
    problems: list[str] = []
    audio = PygameAudio(problems.append)
    sound = audio._sound(name, "cue")
    assert sound is not None, problems
    expected = duration_of(read_sound(name))
    assert expected is not None
    assert sound.get_length() == pytest.approx(expected, abs=0.001)
    file_name = bundled_file_name(name)
    assert file_name is not None
    assert file_name.endswith(".ogg" if name in AMBIENT_NAMES else ".wav")
    audio.shutdown()


def test_a_cue_plays_on_a_free_channel_never_the_reserved_ones():
    audio = PygameAudio()
    audio.preload(["bell-bowl"])
    audio.cue("bell-bowl")
    busy = [n for n in range(pygame.mixer.get_num_channels()) if pygame.mixer.Channel(n).get_busy()]
    assert len(busy) == 1
    assert busy[0] > TONE_CHANNEL
    audio.shutdown()


def test_ambient_fades_in_on_a_reserved_channel_and_stop_fades_it_out(monkeypatch):
    audio = PygameAudio()
    audio.preload(["rain"])
    log = watched(audio, monkeypatch)
    audio.start_ambient("rain", 800)
    [(_, channel, loops, fade_in)] = [e for e in log if e[0] == "play"]
    assert channel in AMBIENT_CHANNELS and loops == -1 and fade_in == 800
    assert pygame.mixer.Channel(channel).get_busy()
    audio.stop_ambient(1200)
    assert ("fadeout", channel, 1200) in log
    assert not any(e[0] == "stop" for e in log)  # never cut
    assert pygame.mixer.Channel(channel).get_busy()  # still sounding while it fades


def test_a_new_ambient_crossfades_on_the_other_reserved_channel(monkeypatch):
    audio = PygameAudio()
    audio.preload(["rain", "ocean"])
    log = watched(audio, monkeypatch)
    audio.start_ambient("rain", 500)
    audio.start_ambient("rain", 500)  # the same loop again: nothing restarts
    audio.start_ambient("ocean", 500)
    plays = [e for e in log if e[0] == "play"]
    assert [p[1] for p in plays] == [AMBIENT_CHANNELS[1], AMBIENT_CHANNELS[0]]
    assert ("fadeout", AMBIENT_CHANNELS[1], 500) in log


def test_the_pacing_tone_plays_and_queues_its_next_chunk(two_step_plan):
    audio = PygameAudio()
    segments = [s for s in two_step_plan.segments if s.step_index == 0]
    audio.start_pacing_tone(segments, 0.0)
    channel = pygame.mixer.Channel(TONE_CHANNEL)
    assert channel.get_busy()
    first = channel.get_sound()
    assert first is not None and channel.get_queue() is not None
    assert first.get_length() == pytest.approx(16.0, abs=0.02)  # one 4-4-4-4 breath
    audio.stop_pacing_tone()
    assert audio._tone is None


def test_volumes_apply_to_loaded_sounds():
    audio = PygameAudio()
    audio.preload(["tick", "rain"])
    audio.set_volumes(0.5, 0.8, 0.4)
    assert audio._sounds["tick"].get_volume() == pytest.approx(0.4, abs=0.01)
    assert audio._sounds["rain"].get_volume() == pytest.approx(0.2, abs=0.01)


def run_text(plan, audio: PygameAudio) -> int:
    clock = FakeClock()
    director = AudioDirector(audio, plan)
    director.preload()
    runner = TextRunner(plan, clock, io.StringIO(), sleep=clock.advance, listener=director)
    return runner.run()


def test_a_failing_mixer_gives_one_message_and_the_session_finishes(monkeypatch, make_session):
    def no_device(*args: object, **kwargs: object) -> None:
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "init", no_device)
    problems: list[str] = []
    audio = PygameAudio(problems.append)
    plan = compile_plan(make_session(ambient="rain", pacing_tone=True))
    assert run_text(plan, audio) == 0
    assert problems == [
        "audio is unavailable (No available audio device); continuing without sound"
    ]
    assert audio.problem == problems[0]
    audio.shutdown()


def test_a_missing_sound_file_gives_one_message_and_the_session_finishes(tmp_path, make_session):
    steps = (BreatheStep(BreathPattern(2, 0, 2), cycles=3, cues=Cues(inhale="gone.wav")),)
    plan = compile_plan(make_session(path=tmp_path / "mine.toml", steps=steps))
    problems: list[str] = []
    audio = PygameAudio(problems.append)
    assert run_text(plan, audio) == 0
    assert problems == [f"sound file {tmp_path / 'gone.wav'} is missing; it will be silent"]
    audio.shutdown()


def test_an_unreadable_sound_file_gives_one_message(tmp_path, make_session):
    (tmp_path / "bad.ogg").write_bytes(b"this is not audio")
    plan = compile_plan(make_session(path=tmp_path / "mine.toml", ambient="bad.ogg"))
    problems: list[str] = []
    audio = PygameAudio(problems.append)
    assert run_text(plan, audio) == 0
    assert len(problems) == 1
    assert problems[0].startswith(f"cannot play sound file {tmp_path / 'bad.ogg'} (")
    assert problems[0].endswith("); it will be silent")
    audio.shutdown()


def test_an_import_failure_is_reported_like_a_missing_device(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pygame(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pygame":
            raise ImportError("No module named 'pygame'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pygame)
    problems: list[str] = []
    audio = PygameAudio(problems.append)
    audio.cue("tick")
    audio.start_ambient("rain", 100)
    audio.start_pacing_tone([], 0.0)
    assert problems == ["audio is unavailable (No module named 'pygame'); continuing without sound"]


def test_a_mixer_opened_elsewhere_in_another_format_turns_only_the_tone_off(two_step_plan):
    pygame.mixer.init(frequency=44100, size=32, channels=2)
    problems: list[str] = []
    audio = PygameAudio(problems.append)
    audio.start_pacing_tone(two_step_plan.segments[:4], 0.0)
    audio.cue("tick")
    assert problems == ["the pacing tone needs 16-bit output, not 32-bit; it is off"]
    assert not pygame.mixer.Channel(TONE_CHANNEL).get_busy()
