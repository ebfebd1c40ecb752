"""What ``tenang audio list``/``play`` and ``run --text`` get from the audio package."""

from __future__ import annotations

import io

import pygame
import pytest

from tenang.audio.cli_support import (
    close_run,
    director_for_run,
    format_rows,
    list_rows,
    play_preview,
)
from tenang.audio.port import NullAudio
from tenang.core.plan import compile_plan


def test_list_rows_and_their_table():
    rows = list_rows()
    assert rows[0] == ("bell-bowl", "cue", "bell-bowl.wav", "4.0 s")
    assert [row[1] for row in rows].count("ambient") == 3
    table = format_rows(rows).splitlines()
    assert table[0].split() == ["NAME", "KIND", "FILE", "LENGTH"]
    assert table[1].split() == ["bell-bowl", "cue", "bell-bowl.wav", "4.0", "s"]
    assert len(table) == 9


def test_play_preview_rejects_an_unknown_name_with_the_choices():
    err = io.StringIO()
    assert play_preview("gong", err=err, audio=NullAudio()) == 2
    message = err.getvalue()
    assert message.startswith("tenang: unknown sound 'gong'; use one of bell-bowl, ")
    assert message.rstrip().endswith("ocean, or a .wav/.ogg file")


def test_play_preview_of_a_missing_file_names_it(tmp_path):
    err = io.StringIO()
    assert play_preview(str(tmp_path / "x.wav"), err=err, audio=NullAudio()) == 2
    assert err.getvalue() == f"tenang: sound file {tmp_path / 'x.wav'} is missing\n"


def test_play_preview_plays_a_cue_and_lets_it_ring(recording_port):
    audio = recording_port
    slept: list[float] = []
    assert play_preview("bell-soft", audio=audio, sleep=slept.append) == 0
    assert audio.calls == [("preload", ("bell-soft",)), ("cue", "bell-soft"), ("shutdown",)]
    assert slept == [pytest.approx(2.5)]


def test_play_preview_of_a_loop_fades_it_in_and_out(recording_port):
    audio = recording_port
    slept: list[float] = []
    assert play_preview("ocean", audio=audio, sleep=slept.append) == 0
    assert slept == [6.0, 1.0]
    assert audio.calls == [
        ("preload", ("ocean",)),
        ("start_ambient", "ocean", 1000),
        ("stop_ambient", 1000),
        ("shutdown",),
    ]


def test_play_preview_without_a_device_does_not_wait():
    slept: list[float] = []
    assert play_preview("bell-bowl", audio=NullAudio(), sleep=slept.append) == 0
    assert slept == []


def test_director_for_run_without_audio_is_silent(two_step_plan):
    err = io.StringIO()
    director = director_for_run(two_step_plan, enabled=False, err=err)
    assert isinstance(director.port, NullAudio)
    slept: list[float] = []
    close_run(director, finished=True, sleep=slept.append)
    assert err.getvalue() == "" and slept == []


def test_close_run_waits_for_the_end_bell_only_after_a_finish(recording_port, make_session):
    from tenang.audio.director import AudioDirector

    plan = compile_plan(make_session())
    slept: list[float] = []
    close_run(AudioDirector(recording_port, plan), finished=True, sleep=slept.append)
    assert slept == [pytest.approx(4.0)] and recording_port.calls[-1] == ("shutdown",)
    close_run(AudioDirector(recording_port, plan), finished=False, sleep=slept.append)
    assert len(slept) == 1


def test_director_for_run_reports_a_dead_device_in_one_line(monkeypatch, make_session):
    def no_device(*args: object, **kwargs: object) -> None:
        raise pygame.error("ALSA: Couldn't open audio device")

    monkeypatch.setattr(pygame.mixer, "init", no_device)
    err = io.StringIO()
    plan = compile_plan(make_session(ambient="rain"))
    director = director_for_run(plan, enabled=True, ambient="ocean", pacing_tone=True, err=err)
    assert director.options.ambient == "ocean" and director.options.pacing_tone is True
    close_run(director, finished=True, sleep=lambda s: None)
    assert err.getvalue() == (
        "tenang: audio is unavailable (ALSA: Couldn't open audio device); "
        "continuing without sound\n"
    )
