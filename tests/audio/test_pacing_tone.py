"""The pacing tone's samples, without pygame: length, range, and that it follows the breath."""

from __future__ import annotations

from array import array
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from tenang.audio import pacing_tone
from tenang.core.model import BreatheStep, BreathPattern, Phase, Session, Text
from tenang.core.plan import Segment, compile_plan

RATE = 8000  # low, so hypothesis examples stay fast; the maths does not depend on it


def step_segments(pattern: BreathPattern, cycles: int = 1) -> tuple[Segment, ...]:
    session = Session("t", Text.plain("t"), (BreatheStep(pattern, cycles=cycles),))
    return compile_plan(session).segments


def peak(samples: array[int], start: float, end: float, origin: float = 0.0) -> int:
    window = samples[round((start - origin) * RATE) : round((end - origin) * RATE)]
    return max(abs(v) for v in window)


def crossings_per_second(samples: array[int], start: float, end: float) -> float:
    window = samples[round(start * RATE) : round(end * RATE)]
    rising = sum(1 for a, b in pairwise(window) if a < 0 <= b)
    return rising / (end - start)


seconds = st.floats(min_value=1.0, max_value=6.0).map(lambda x: round(x, 2))
optional = st.one_of(st.just(0.0), seconds)
patterns = st.builds(
    BreathPattern,
    inhale=seconds,
    hold=optional,
    exhale=seconds,
    hold_empty=optional,
    top_up=st.one_of(st.just(0.0), st.floats(min_value=0.5, max_value=2.0)),
)


@settings(max_examples=25, deadline=None)
@given(patterns, st.integers(min_value=1, max_value=2), st.floats(min_value=0.0, max_value=1.0))
def test_length_matches_the_segments_and_samples_stay_in_range(pattern, cycles, where):
    segments = step_segments(pattern, cycles)
    start = segments[-1].end * where
    samples = pacing_tone.render(segments, start, RATE)
    assert len(samples) == round((segments[-1].end - start) * RATE)
    ceiling = round(32767 * pacing_tone.LOUD) + 1
    assert max((abs(v) for v in samples), default=0) <= ceiling


@settings(max_examples=25, deadline=None)
@given(patterns)
def test_louder_and_higher_over_the_inhale_softer_and_lower_over_the_exhale(pattern):
    segments = step_segments(pattern)
    samples = pacing_tone.render(segments, 0.0, RATE)
    inhale = next(s for s in segments if s.phase is Phase.INHALE)
    exhale = next(s for s in segments if s.phase is Phase.EXHALE)
    edge = 0.3  # compare the first and last 0.3 s of each phase (past the fade-in)
    assert peak(samples, inhale.end - edge, inhale.end) > peak(samples, 0.05, 0.05 + edge)
    assert crossings_per_second(samples, inhale.end - edge, inhale.end) > crossings_per_second(
        samples, 0.05, 0.05 + edge
    )
    assert peak(samples, exhale.start, exhale.start + edge) > peak(
        samples, exhale.end - edge, exhale.end
    )
    assert crossings_per_second(samples, exhale.start, exhale.start + edge) > (
        crossings_per_second(samples, exhale.end - edge, exhale.end)
    )


def test_a_hold_is_steady():
    segments = step_segments(BreathPattern(4, 4, 4))
    samples = pacing_tone.render(segments, 0.0, RATE)
    hold = samples[4 * RATE : 8 * RATE]
    assert max(hold[:RATE]) == max(hold[-RATE:])
    assert crossings_per_second(samples, 4.0, 5.0) == crossings_per_second(samples, 7.0, 8.0)


def test_a_start_mid_breath_is_in_phase_with_the_timeline():
    """A tone resumed at 2 s (mid-inhale) sounds as the uninterrupted tone does at 2 s."""
    segments = step_segments(BreathPattern(4, 0, 4))
    whole = pacing_tone.render(segments, 0.0, RATE)
    resumed = pacing_tone.render(segments, 2.0, RATE)
    expected = crossings_per_second(whole, 2.05, 2.35)
    got = crossings_per_second(resumed, 0.05, 0.35)
    assert abs(got - expected) <= 0.04 * expected
    top_of_breath = crossings_per_second(whole, 0.05, 0.35)
    assert abs(got - top_of_breath) > 0.15 * top_of_breath  # it did not restart the breath


def test_the_tone_starts_and_ends_without_a_click():
    segments = step_segments(BreathPattern(4, 0, 4))
    samples = pacing_tone.render(segments, 1.234, RATE)
    assert abs(samples[0]) <= 1 and abs(samples[-1]) <= 1


def test_chunks_join_into_the_same_tone_and_stereo_copies_each_sample():
    segments = step_segments(BreathPattern(3, 1, 4, 1), cycles=3)
    stream = pacing_tone.ToneStream(segments, 0.0, RATE, channels=2)
    joined = array("h")
    for end in stream.breath_ends():
        joined.extend(stream.next_chunk(end))
    assert stream.done
    mono = pacing_tone.render(segments, 0.0, RATE)
    assert joined[0::2] == mono
    assert joined[1::2] == mono
    assert stream.breath_ends() == [9.0, 18.0, 27.0]


def test_blocks_are_whole_cycles_so_they_join_at_zero():
    pacing_tone.clear_cache()
    pacing_tone.prepare(RATE)
    for step in range(pacing_tone.PITCH_STEPS + 1):
        block = pacing_tone._block(RATE, step)
        # The tone is odd around each block edge: the last sample mirrors the second, so the
        # next block's zero follows as the waveform's own next sample would.
        assert block[0] == 0
        assert abs(block[-1] + block[1]) <= 1
