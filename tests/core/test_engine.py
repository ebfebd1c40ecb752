"""The timer engine against a fake clock: exact offsets, pause, skip, stop, and event delivery."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tenang.core.engine import Engine, FakeClock, State, breath_level
from tenang.core.model import (
    BreatheStep,
    BreathPattern,
    MeditateStep,
    Phase,
    Prompt,
    Session,
    Text,
)
from tenang.core.plan import EventKind, Plan, compile_plan


def box(cycles: int = 2) -> Session:
    return Session(
        id="box",
        title=Text.plain("Box"),
        steps=(BreatheStep(BreathPattern(4, 4, 4, 4), cycles=cycles),),
    )


def two_steps() -> Session:
    return Session(
        id="two",
        title=Text.plain("Two"),
        steps=(
            BreatheStep(BreathPattern(4, 0, 6), cycles=3),
            MeditateStep(
                duration=60,
                bell_every=20,
                prompts=(Prompt(0, Text.plain("Arrive")), Prompt(30, Text.plain("Stay"))),
            ),
        ),
    )


def started(session: Session, start: float = 1000.0) -> tuple[Engine, FakeClock]:
    clock = FakeClock(start)
    engine = Engine(compile_plan(session), clock)
    engine.start()
    return engine, clock


def test_frame_reports_phase_and_countdown_at_given_times() -> None:
    engine, clock = started(box())
    clock.advance(5.5)
    frame = engine.frame()
    assert frame.segment is not None
    assert frame.segment.phase is Phase.HOLD
    assert frame.segment.cycle == 1
    assert frame.segment_remaining == pytest.approx(2.5)
    assert frame.breath_level == 1.0
    clock.advance(4.5)  # 10 s: halfway through the exhale
    frame = engine.frame()
    assert frame.segment is not None and frame.segment.phase is Phase.EXHALE
    assert frame.breath_level == pytest.approx(0.5)


def test_deadline_is_absolute_and_does_not_depend_on_poll_times() -> None:
    engine, clock = started(box(), start=50.0)
    clock.advance(0.0013)
    engine.poll()
    assert engine.next_deadline() == pytest.approx(54.0)
    clock.advance(4.0109)  # a late wake-up must not push the next deadline later
    engine.poll()
    assert engine.next_deadline() == pytest.approx(58.0)


def test_pause_freezes_frame_and_shifts_deadlines() -> None:
    engine, clock = started(box(), start=0.0)
    clock.advance(3.0)
    engine.poll()
    engine.pause()
    frozen = engine.frame()
    clock.advance(120.0)
    assert engine.frame() == frozen
    assert engine.next_deadline() is None
    engine.resume()
    assert engine.next_deadline() == pytest.approx(124.0)
    clock.advance(1.0)
    assert engine.frame().segment is not None
    assert engine.frame().segment.phase is Phase.HOLD  # type: ignore[union-attr]


def test_skip_jumps_to_next_step_and_drops_skipped_cues() -> None:
    engine, clock = started(two_steps(), start=0.0)
    clock.advance(1.0)
    first = engine.poll()
    assert [e.kind for e in first][:3] == [
        EventKind.SESSION_START,
        EventKind.STEP_START,
        EventKind.PHASE_START,
    ]
    engine.skip()
    after = engine.poll()
    assert after[0].kind is EventKind.STEP_START
    assert after[0].at == pytest.approx(30.0)
    frame = engine.frame()
    assert frame.step_index == 1
    assert frame.prompt == Text.plain("Arrive")


def test_skip_from_last_step_finishes() -> None:
    engine, _clock = started(two_steps(), start=0.0)
    engine.skip()
    engine.skip()
    kinds = [e.kind for e in engine.poll()]
    assert kinds[-1] is EventKind.SESSION_END
    assert engine.state is State.FINISHED


def test_stop_keeps_elapsed_and_ends_delivery() -> None:
    engine, clock = started(box(), start=0.0)
    clock.advance(7.0)
    engine.stop()
    clock.advance(100.0)
    assert engine.state is State.STOPPED
    assert engine.elapsed() == pytest.approx(7.0)
    assert engine.poll() == []
    assert engine.next_deadline() is None


def test_events_after_a_long_stall_arrive_once_in_order() -> None:
    engine, clock = started(two_steps(), start=0.0)
    clock.advance(600.0)  # the laptop slept for ten minutes
    events = engine.poll()
    assert [e.sequence for e in events] == list(range(len(engine.plan.events)))
    assert engine.poll() == []
    assert engine.state is State.FINISHED


def test_meditate_prompts_and_bells_at_their_times() -> None:
    plan = compile_plan(two_steps())
    bells = [e.at for e in plan.events if e.kind is EventKind.BELL]
    prompts = [e.at for e in plan.events if e.kind is EventKind.PROMPT]
    assert bells == [50.0, 70.0]  # every 20 s, none at the step's end
    assert prompts == [30.0, 60.0]
    assert plan.prompt_at(59.0) == Text.plain("Arrive")
    assert plan.prompt_at(61.0) == Text.plain("Stay")
    assert plan.prompt_at(10.0) is None


def test_top_up_fills_the_last_fifth_of_the_breath() -> None:
    session = Session(
        id="sigh",
        title=Text.plain("Sigh"),
        steps=(BreatheStep(BreathPattern(2, 0, 6, 0, top_up=1), cycles=1),),
    )
    plan = compile_plan(session)
    phases = [s.phase for s in plan.segments]
    assert phases == [Phase.INHALE, Phase.TOP_UP, Phase.EXHALE]
    assert breath_level(plan.segments[0], 1.0) == pytest.approx(0.8)
    assert breath_level(plan.segments[1], 1.0) == pytest.approx(1.0)


def test_start_twice_is_refused() -> None:
    engine, _ = started(box())
    with pytest.raises(RuntimeError, match="running"):
        engine.start()


# -- properties ------------------------------------------------------------------------------

seconds = st.floats(min_value=1, max_value=12, allow_nan=False).map(lambda v: round(v, 2))
holds = st.one_of(st.just(0.0), seconds)


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    steps: list[BreatheStep | MeditateStep] = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            pattern = BreathPattern(draw(seconds), draw(holds), draw(seconds), draw(holds))
            ramp = (
                BreathPattern(draw(seconds), draw(holds), draw(seconds), draw(holds))
                if draw(st.booleans())
                else None
            )
            if draw(st.booleans()):
                steps.append(BreatheStep(pattern, cycles=draw(st.integers(1, 6)), ramp_to=ramp))
            else:
                duration = draw(st.floats(10, 120)).__round__(1)
                steps.append(BreatheStep(pattern, duration=duration, ramp_to=ramp))
        else:
            duration = float(draw(st.integers(10, 120)))
            every = draw(st.one_of(st.none(), st.floats(3, 60)))
            steps.append(MeditateStep(duration=duration, bell_every=every))
    return Session(id="prop", title=Text.plain("Prop"), steps=tuple(steps))


def expected_total(plan: Plan) -> float:
    return sum(segment.duration for segment in plan.segments)


@settings(max_examples=60, deadline=None)
@given(sessions())
def test_total_equals_the_plan_and_phases_are_contiguous(session: Session) -> None:
    plan = compile_plan(session)
    assert plan.total == pytest.approx(expected_total(plan))
    for before, after in zip(plan.segments, plan.segments[1:], strict=False):
        assert after.start == before.end
        assert (after.step_index, after.cycle) >= (before.step_index, before.cycle)
    for span, step in zip(plan.step_spans, session.steps, strict=True):
        if isinstance(step, BreatheStep) and step.cycles is None and step.ramp_to is None:
            # A timed step ends on a whole breath, within half a breath of what was asked.
            # A timed step ends on a whole breath: the nearest whole number of breaths to
            # what was asked, and never none.
            assert step.duration is not None
            breath = step.pattern.cycle_seconds
            length = span[1] - span[0]
            breaths = round(length / breath)
            assert length == pytest.approx(breaths * breath)
            assert breaths == max(1, math.floor(step.duration / breath + 0.5))  # ties: longer


@settings(max_examples=60, deadline=None)
@given(sessions())
def test_breath_phases_come_in_order_within_each_breath(session: Session) -> None:
    order = [Phase.INHALE, Phase.TOP_UP, Phase.HOLD, Phase.EXHALE, Phase.HOLD_EMPTY]
    plan = compile_plan(session)
    for before, after in zip(plan.segments, plan.segments[1:], strict=False):
        same_breath = (before.step_index, before.cycle) == (after.step_index, after.cycle)
        if same_breath and after.phase is not Phase.MEDITATE:
            assert order.index(after.phase) > order.index(before.phase)


ticks = st.lists(st.floats(min_value=0.0, max_value=40.0, allow_nan=False), max_size=60)


@settings(max_examples=80, deadline=None)
@given(sessions(), ticks, st.lists(st.integers(0, 59), max_size=4))
def test_no_event_lost_or_repeated_whatever_the_ticks(
    session: Session, gaps: list[float], pauses: list[int]
) -> None:
    engine, clock = started(session, start=0.0)
    delivered = []
    for index, gap in enumerate(gaps):
        if index in pauses:
            engine.toggle_pause()
        clock.advance(gap)
        delivered.extend(engine.poll())
        frame = engine.frame()
        assert 0.0 <= frame.progress <= 1.0
        assert 0.0 <= frame.segment_progress <= 1.0
        assert 0.0 <= frame.step_progress <= 1.0
        assert 0.0 <= frame.breath_level <= 1.0
    engine.resume()
    clock.advance(engine.plan.total + 1)
    delivered.extend(engine.poll())
    assert [e.sequence for e in delivered] == list(range(len(engine.plan.events)))
    assert engine.state is State.FINISHED


@settings(max_examples=40, deadline=None)
@given(sessions(), st.floats(0, 300), st.floats(0, 1000))
def test_pausing_freezes_progress(session: Session, run_for: float, paused_for: float) -> None:
    engine, clock = started(session, start=0.0)
    clock.advance(run_for)
    engine.pause()
    before = engine.frame()
    clock.advance(paused_for)
    assert engine.frame() == before
    engine.resume()
    assert engine.frame().elapsed == pytest.approx(before.elapsed)


def test_skipped_time_and_breaths_are_not_counted_as_breathed() -> None:
    from datetime import UTC, datetime

    from tenang.core.runs import summarize

    engine, clock = started(two_steps(), start=0.0)
    clock.advance(12.5)  # one whole breath (10 s) and a bit
    engine.skip()  # jump over the rest of the breathing step to 30 s
    clock.advance(20.0)
    engine.stop()
    assert engine.elapsed() == pytest.approx(50.0)
    assert engine.breathed_seconds() == pytest.approx(32.5)
    assert engine.breaths_completed() == 1
    now = datetime.now(UTC)
    summary = summarize(engine, started_at=now, ended_at=now, language="en")
    assert summary.completed_seconds == pytest.approx(32.5)
    assert summary.cycles_completed == 1
    assert not summary.completed
