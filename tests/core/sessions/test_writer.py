"""The writer: what it writes, the loader reads back to the same routine, minimally."""

from __future__ import annotations

import string
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tenang.core.model import (
    DEFAULT_CUES,
    BreatheStep,
    BreathPattern,
    Cues,
    MeditateStep,
    Prompt,
    Session,
    Step,
    Text,
)
from tenang.core.resources import bundled_sessions_dir
from tenang.core.sessions import load_session_bytes, load_session_text
from tenang.core.sessions.loader import MAX_TOTAL_SECONDS, _estimated_seconds
from tenang.core.sessions.writer import (
    UnwritableSessionError,
    comment_lines,
    schema_directive,
    session_dict,
    session_to_toml,
    without_lines,
)
from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES

# -- strategies: every session the loader can produce ---------------------------------------


def seconds(low: float, high: float) -> st.SearchStrategy[float]:
    """Tenths (how people write lengths) and, now and then, any float in range."""
    tenths = st.integers(round(low * 10), round(high * 10)).map(lambda n: n / 10)
    return st.one_of(tenths, tenths, st.floats(low, high, allow_nan=False))


words = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda s: s.strip() != "")
languages = st.sampled_from(["en", "id", "pt-BR", "jv"])
texts = st.one_of(
    words.map(Text.plain),
    st.dictionaries(languages, words, min_size=1, max_size=3).map(Text.of),
)
slug = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
cue = st.sampled_from(CUE_NAMES)
cues = st.one_of(
    st.just(DEFAULT_CUES),
    st.builds(
        Cues,
        inhale=st.none() | cue,
        hold=st.none() | cue,
        exhale=st.none() | cue,
        hold_empty=st.none() | cue,
        top_up=st.none() | cue,
    ),
)
patterns = st.builds(
    BreathPattern,
    inhale=seconds(1, 20),
    hold=st.just(0.0) | seconds(0, 30),
    exhale=seconds(1, 30),
    hold_empty=st.just(0.0) | seconds(0, 30),
    top_up=st.just(0.0) | seconds(0, 5),
).filter(lambda p: 2 <= p.cycle_seconds <= 90)


@st.composite
def breathe_steps(draw: st.DrawFn, ambient: str | None, tone: bool) -> BreatheStep:
    pattern = draw(patterns)
    ramp_to = draw(st.none() | patterns)
    if draw(st.booleans()):
        duration: float | None = draw(
            seconds(max(10, pattern.cycle_seconds), 1200).filter(
                lambda d: d >= pattern.cycle_seconds
            )
        )
        cycles = None
    else:
        duration, cycles = None, draw(st.integers(2 if ramp_to else 1, 60))
    step_ambient = draw(st.sampled_from(AMBIENT_NAMES)) if draw(st.booleans()) else ambient
    return BreatheStep(
        pattern=pattern,
        duration=duration,
        cycles=cycles,
        ramp_to=ramp_to,
        cues=draw(cues),
        ambient=step_ambient,
        pacing_tone=draw(st.booleans()) if draw(st.booleans()) else tone,
        label=draw(st.none() | texts),
    )


@st.composite
def meditate_steps(draw: st.DrawFn, ambient: str | None) -> MeditateStep:
    duration = draw(seconds(10, 1800))
    bell_every = draw(st.none() | seconds(10, 1800).filter(lambda b: b < duration))
    prompts = draw(
        st.lists(
            st.builds(Prompt, at=seconds(0, duration).filter(lambda a: a < duration), text=texts),
            max_size=3,
        )
    )
    step_ambient = draw(st.sampled_from(AMBIENT_NAMES)) if draw(st.booleans()) else ambient
    return MeditateStep(
        duration=duration,
        bell_every=bell_every,
        bell=draw(cue),
        prompts=tuple(sorted(prompts, key=lambda p: p.at)),
        ambient=step_ambient,
        label=draw(st.none() | texts),
    )


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    ambient = draw(st.none() | st.sampled_from(AMBIENT_NAMES))
    tone = draw(st.booleans())
    step = st.one_of(breathe_steps(ambient, tone), meditate_steps(ambient))
    steps: tuple[Step, ...] = tuple(draw(st.lists(step, min_size=1, max_size=4)))
    total = sum(_estimated_seconds(s) for s in steps)
    if total > MAX_TOTAL_SECONDS:
        steps = steps[:1]
    return Session(
        id=draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,63}", fullmatch=True)),
        title=draw(texts),
        steps=steps,
        summary=draw(st.none() | texts),
        tags=tuple(draw(st.lists(slug, max_size=5, unique=True))),
        source=draw(st.none() | words),
        caution=draw(st.none() | texts),
        start_bell=draw(st.none() | cue),
        end_bell=draw(st.none() | cue),
        ambient=ambient,
        pacing_tone=tone,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_any_valid_session_survives_write_then_load(session: Session) -> None:
    text = session_to_toml(session)
    result = load_session_text(text, "written.toml")
    assert result.problems == ()
    assert result.session is not None
    assert without_lines(result.session) == session


@settings(max_examples=60, deadline=None)
@given(sessions())
def test_writing_is_stable(session: Session) -> None:
    """Write, load, write again: the same text (no drift in how numbers are spelled)."""
    text = session_to_toml(session)
    again = load_session_text(text, "x.toml").session
    assert again is not None
    assert session_to_toml(again) == text


def bundled() -> list[Path]:
    folder = Path(str(bundled_sessions_dir()))
    return sorted(folder.glob("*.toml"))


@pytest.mark.parametrize("path", bundled(), ids=lambda p: p.stem)
def test_bundled_routines_round_trip(path: Path) -> None:
    session = load_session_bytes(path.read_bytes(), path.name).session
    assert session is not None
    written = load_session_text(session_to_toml(session), path.name).session
    assert written is not None
    assert without_lines(written) == without_lines(session)


# -- minimal output ---------------------------------------------------------------------------


def test_defaults_are_left_out() -> None:
    session = Session(
        id="calm",
        title=Text.plain("Calm"),
        steps=(BreatheStep(BreathPattern(4, exhale=6), cycles=5),),
    )
    assert session_dict(session) == {
        "format": 1,
        "id": "calm",
        "title": "Calm",
        "steps": [{"kind": "breathe", "inhale": 4, "exhale": 6, "cycles": 5}],
    }
    assert session_to_toml(session) == (
        'format = 1\nid = "calm"\ntitle = "Calm"\n\n'
        '[[steps]]\nkind = "breathe"\ninhale = 4\nexhale = 6\ncycles = 5\n'
    )


def test_non_defaults_are_written_the_way_authors_write_them() -> None:
    session = Session(
        id="evening",
        title=Text.of({"en": "Evening", "id": "Malam"}),
        start_bell=None,
        end_bell="bell-soft",
        ambient="rain",
        steps=(
            BreatheStep(
                BreathPattern(4, exhale=6),
                duration=240,
                ramp_to=BreathPattern(4, exhale=8),
                cues=Cues(inhale="tick"),
                ambient="rain",
                pacing_tone=True,
            ),
            MeditateStep(
                duration=90.5,
                bell_every=30,
                ambient="ocean",
                prompts=(Prompt(0, Text.plain("Rest")),),
            ),
        ),
    )
    data = session_dict(session)
    assert data["title"] == {"en": "Evening", "id": "Malam"}
    assert data["start_bell"] is False
    assert data["end_bell"] == "bell-soft"
    first, second = data["steps"]
    assert first["duration"] == "4m"
    assert first["ramp"] == {"exhale": 8}
    assert first["cues"] == {"inhale": "tick"}
    assert "ambient" not in first  # inherited from the routine
    assert first["pacing_tone"] is True
    assert second["duration"] == "90.5s"
    assert second["bell_every"] == "30s"
    assert second["ambient"] == "ocean"
    assert second["prompts"] == [{"at": "0s", "text": "Rest"}]
    text = session_to_toml(session)
    assert 'title = { en = "Evening", id = "Malam" }' in text
    assert tomllib.loads(text) == data


def test_a_silent_cues_table_is_written_empty() -> None:
    step = BreatheStep(BreathPattern(4, exhale=4), cycles=3, cues=Cues())
    session = Session(id="quiet", title=Text.plain("Quiet"), steps=(step,))
    assert "cues = {}" in session_to_toml(session)


def test_a_ramp_that_changes_nothing_still_names_a_phase() -> None:
    step = BreatheStep(BreathPattern(4, exhale=4), cycles=3, ramp_to=BreathPattern(4, exhale=4))
    session = Session(id="flat", title=Text.plain("Flat"), steps=(step,))
    assert session_dict(session)["steps"][0]["ramp"] == {"inhale": 4}
    loaded = load_session_text(session_to_toml(session), "flat.toml").session
    assert loaded is not None and without_lines(loaded) == session


def test_a_step_without_the_routines_ambient_cannot_be_written() -> None:
    step = MeditateStep(duration=60)
    session = Session(id="odd", title=Text.plain("Odd"), steps=(step,), ambient="rain")
    with pytest.raises(UnwritableSessionError, match=r"steps\[0\] has no ambient sound"):
        session_to_toml(session)


def test_schema_line_is_kept_on_request() -> None:
    session = Session(id="a", title=Text.plain("A"), steps=(MeditateStep(duration=60),))
    text = session_to_toml(session, schema="./tenang-session.schema.json")
    assert text.startswith("#:schema ./tenang-session.schema.json\nformat = 1\n")
    assert schema_directive(text) == "./tenang-session.schema.json"
    assert comment_lines(text) == []
    assert comment_lines(text, ignore_schema=False) == [1]


# -- comments ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ('id = "a" # a comment\n', [1]),
        ("# top\nid = 1\n", [1]),
        ('id = "# not a comment"\n', []),
        ("id = '# literal, not a comment'\n", []),
        ('title = """\n# inside a multi-line string\n"""\n# after\n', [4]),
        ("title = '''\n# inside\n'''  # after it\n", [3]),
        ('a = "escaped \\" # still a string"\n', []),
        ('a = """ends with quotes"""""  # c\n', [1]),
        ('a = "unterminated # \nb = 1 # c\n', [2]),
        ("#:schema ./x.json\nid = 1 # c\n", [2]),
        ("id = 1\n#:schema ./x.json\n", [2]),
        ('a = "line \\\n# still string"\n', []),
    ],
)
def test_comment_lines(text: str, lines: list[int]) -> None:
    assert comment_lines(text) == lines


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=string.printable + "#\"'"))
def test_comment_finder_never_raises_and_agrees_with_tomllib_on_plain_strings(text: str) -> None:
    found = comment_lines(text)
    assert all(1 <= line <= text.count("\n") + 1 for line in found)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_a_hash_inside_a_written_string_is_not_a_comment(value: str) -> None:
    step = MeditateStep(
        duration=60, label=Text.plain("# " + value + " #") if value.strip() else None
    )
    session = Session(id="a", title=Text.plain("#1 " + value), steps=(step,))
    text = session_to_toml(session)
    assert comment_lines(text) == []
    assert session_to_toml(load_session_text(text, "a").session) == text  # type: ignore[arg-type]
