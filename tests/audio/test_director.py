"""The director turns engine events into port calls: each cue once, ambient and tone per step."""

from __future__ import annotations

from pathlib import Path

import pytest

from tenang.audio.director import AudioDirector, AudioOptions
from tenang.core.engine import Engine, FakeClock
from tenang.core.model import BreatheStep, BreathPattern, Cues, MeditateStep
from tenang.core.plan import EventKind, compile_plan


def test_each_boundary_plays_its_cue_exactly_once(recording_port, two_step_plan, drive):
    director = AudioDirector(recording_port, two_step_plan)
    drive(two_step_plan, director)
    box = ["chime-rise", "tick", "chime-fall", "tick"]
    expected = ["bell-bowl", *box, *box, "bell-soft", "bell-soft", "bell-bowl"]
    assert [name for (name,) in recording_port.named("cue")] == expected
    # ...and that is exactly the plan's sounds, one per event that has one.
    assert expected == [e.sound for e in two_step_plan.events if e.sound is not None]


def test_cues_are_played_when_their_event_arrives_not_before(recording_port, two_step_plan):
    director = AudioDirector(recording_port, two_step_plan)
    clock = FakeClock()
    engine = Engine(two_step_plan, clock)
    engine.start()
    director.on_events(engine.poll(), engine.elapsed())
    assert recording_port.named("cue") == [("bell-bowl",), ("chime-rise",)]
    clock.advance(3.999)
    director.on_events(engine.poll(), engine.elapsed())
    assert len(recording_port.named("cue")) == 2
    clock.advance(0.001)
    director.on_events(engine.poll(), engine.elapsed())
    assert recording_port.named("cue")[-1] == ("tick",)


def test_a_stalled_loop_drops_stale_phase_cues_but_keeps_the_bells(recording_port, two_step_plan):
    director = AudioDirector(recording_port, two_step_plan)
    clock = FakeClock()
    engine = Engine(two_step_plan, clock)
    engine.start()
    clock.advance(100.0)  # the whole routine passes in one stall
    director.on_events(engine.poll(), engine.elapsed())
    assert [name for (name,) in recording_port.named("cue")] == ["bell-bowl", "bell-bowl"]
    assert director.dropped_cues == 10


def test_cues_off_plays_no_cue_but_keeps_the_ambient(recording_port, drive, make_session):
    plan = compile_plan(make_session(ambient="rain"))
    director = AudioDirector(recording_port, plan, AudioOptions(cues=False))
    drive(plan, director)
    assert recording_port.named("cue") == []
    assert recording_port.named("start_ambient") == [("rain", 2500)]


def test_ambient_follows_the_steps_with_fades(recording_port, drive, make_session):
    session = make_session(
        ambient="rain",
        steps=(
            BreatheStep(BreathPattern(4, 0, 4), cycles=2),
            MeditateStep(20, ambient="ocean"),
            BreatheStep(BreathPattern(4, 0, 4), cycles=2),
        ),
    )
    plan = compile_plan(session)
    director = AudioDirector(recording_port, plan)
    drive(plan, director)
    ambient_calls = [c for c in recording_port.calls if c[0] in ("start_ambient", "stop_ambient")]
    assert ambient_calls == [
        ("start_ambient", "rain", 2500),
        ("start_ambient", "ocean", 2500),
        ("start_ambient", "rain", 2500),
        ("stop_ambient", 2500),  # the end: faded, not cut
    ]


def test_the_ambient_option_overrides_and_can_silence(
    recording_port, two_step_plan, drive, make_session, new_port
):
    director = AudioDirector(recording_port, two_step_plan, AudioOptions(ambient="brown-noise"))
    drive(two_step_plan, director)
    assert recording_port.named("start_ambient") == [("brown-noise", 2500)]
    port = new_port()
    plan = compile_plan(make_session(ambient="rain"))
    drive(plan, AudioDirector(port, plan, AudioOptions(ambient_enabled=False)))
    assert port.named("start_ambient") == []


def test_stop_fades_the_ambient_with_the_stop_fade(recording_port, make_session):
    plan = compile_plan(make_session(ambient="ocean", pacing_tone=True))
    director = AudioDirector(recording_port, plan, AudioOptions(stop_fade_ms=1200))
    clock = FakeClock()
    engine = Engine(plan, clock)
    engine.start()
    director.on_events(engine.poll(), engine.elapsed())
    clock.advance(5)
    director.on_events(engine.poll(), engine.elapsed())
    engine.stop()
    director.on_stop()
    assert recording_port.calls[-2:] == [("stop_pacing_tone",), ("stop_ambient", 1200)]
    director.on_finish()  # a driver calling both must not fade twice
    assert recording_port.calls[-1] == ("stop_ambient", 1200)


def test_pause_stops_the_tone_and_resume_restarts_it_in_phase(recording_port, make_session):
    plan = compile_plan(make_session(pacing_tone=True))
    director = AudioDirector(recording_port, plan)
    clock = FakeClock()
    engine = Engine(plan, clock)
    engine.start()
    director.on_events(engine.poll(), engine.elapsed())
    [(segments, offset)] = recording_port.named("start_pacing_tone")
    assert offset == 0.0
    assert segments == tuple(s for s in plan.segments if s.step_index == 0)

    clock.advance(6.5)  # in the hold of the first breath
    director.on_events(engine.poll(), engine.elapsed())
    engine.pause()
    director.on_pause()
    assert recording_port.calls[-1] == ("stop_pacing_tone",)

    clock.advance(30.0)  # a long pause must not move the tone
    engine.resume()
    director.on_resume(engine.elapsed())
    (_, resumed) = recording_port.named("start_pacing_tone")[-1]
    assert resumed == pytest.approx(6.5)


def test_the_tone_stops_when_a_step_without_it_starts(recording_port, two_step_plan, drive):
    director = AudioDirector(recording_port, two_step_plan, AudioOptions(pacing_tone=True))
    drive(two_step_plan, director)
    tone_calls = [c[0] for c in recording_port.calls if "pacing_tone" in c[0]]
    assert tone_calls == ["start_pacing_tone", "stop_pacing_tone"]
    step_start = next(
        e.at for e in two_step_plan.events if e.kind is EventKind.STEP_START and e.at > 0
    )
    assert step_start == 32.0


def test_no_tone_unless_the_routine_or_the_user_asks(
    recording_port, two_step_plan, drive, make_session, new_port
):
    drive(two_step_plan, AudioDirector(recording_port, two_step_plan))
    assert recording_port.named("start_pacing_tone") == []
    port = new_port()
    plan = compile_plan(make_session(pacing_tone=True))
    drive(plan, AudioDirector(port, plan, AudioOptions(pacing_tone=False)))
    assert port.named("start_pacing_tone") == []


def test_custom_sounds_resolve_against_the_routine_folder(
    recording_port, tmp_path, drive, make_session
):
    session = make_session(
        path=tmp_path / "mine.toml",
        ambient="sea.ogg",
        steps=(BreatheStep(BreathPattern(4, 0, 4), cycles=1, cues=Cues(inhale="in.wav")),),
    )
    plan = compile_plan(session)
    director = AudioDirector(recording_port, plan)
    assert director.sounds() == ["bell-bowl", str(tmp_path / "in.wav"), str(tmp_path / "sea.ogg")]
    drive(plan, director)
    assert ("cue", str(tmp_path / "in.wav")) in recording_port.calls
    assert recording_port.named("start_ambient")[0] == (str(Path(tmp_path / "sea.ogg")), 2500)


def test_preload_names_every_sound_once(recording_port, make_session):
    plan = compile_plan(make_session(ambient="rain"))
    AudioDirector(recording_port, plan).preload()
    assert recording_port.named("preload") == [
        (("bell-bowl", "chime-rise", "tick", "chime-fall", "bell-soft", "rain"),)
    ]
