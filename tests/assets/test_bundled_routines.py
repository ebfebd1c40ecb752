"""The bundled routine library: every file loads cleanly and meets the library's own bar.

The loader checks the format; these tests check what the format cannot: that every routine
speaks both of the app's languages, says where it comes from, warns before long breath holds,
and that the one-minute routine really lasts a minute. A routine that fails here would reach
every user, so the bar is stricter than for routines users write themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path

import pytest

from tenang.core.model import (
    BreatheStep,
    BreathPattern,
    MeditateStep,
    Prompt,
    Session,
    Text,
)
from tenang.core.plan import compile_plan
from tenang.core.resources import bundled_sessions_dir
from tenang.core.sessions import load_session_file

LANGUAGES = ("en", "id")
"""Every user-visible text in a bundled routine must exist in both app languages."""

LONG_HOLD_SECONDS = 7.0
"""Holds this long (4-7-8's hold) are where people get light-headed: they need a caution."""

MIN_TOTAL_SECONDS = 60.0 - 1.0
MAX_TOTAL_SECONDS = 20 * 60.0
"""The library's sensible range; the format itself allows far longer routines."""

BUNDLED_NAMES: tuple[str, ...] = tuple(
    sorted(
        entry.name
        for entry in bundled_sessions_dir().iterdir()
        if entry.is_file() and entry.name.endswith(".toml")
    )
)


@cache
def _load(name: str) -> Session:
    """Load one bundled file through the real loader; any problem fails the calling test."""
    with resources.as_file(bundled_sessions_dir() / name) as path:
        result = load_session_file(Path(path))
    assert not result.problems, f"{name}: " + "; ".join(str(p) for p in result.problems)
    assert result.session is not None, f"{name}: loader returned no session and no problems"
    return result.session


def _texts(session: Session) -> Iterator[tuple[str, Text]]:
    """Every user-visible text in a routine, named by where it sits."""
    yield "title", session.title
    if session.summary is not None:
        yield "summary", session.summary
    if session.caution is not None:
        yield "caution", session.caution
    for index, step in enumerate(session.steps):
        if step.label is not None:
            yield f"steps[{index}].label", step.label
        if isinstance(step, MeditateStep):
            for number, prompt in enumerate(step.prompts):
                yield f"steps[{index}].prompts[{number}].text", prompt.text


def _longest_hold(session: Session) -> float:
    """The longest hold (full or empty) anywhere in a routine, ramp targets included."""
    patterns: list[BreathPattern] = []
    for step in session.steps:
        if isinstance(step, BreatheStep):
            patterns.append(step.pattern)
            if step.ramp_to is not None:
                patterns.append(step.ramp_to)
    return max((max(p.hold, p.hold_empty) for p in patterns), default=0.0)


def test_the_library_is_there() -> None:
    assert len(BUNDLED_NAMES) >= 10, BUNDLED_NAMES


@pytest.mark.parametrize("name", BUNDLED_NAMES)
def test_loads_without_problems(name: str) -> None:
    _load(name)


@pytest.mark.parametrize("name", BUNDLED_NAMES)
def test_id_matches_the_file_name(name: str) -> None:
    assert _load(name).id == name.removesuffix(".toml")


def test_ids_are_unique() -> None:
    ids = [_load(name).id for name in BUNDLED_NAMES]
    assert len(ids) == len(set(ids)), sorted(ids)


@pytest.mark.parametrize("name", BUNDLED_NAMES)
def test_has_title_and_summary_in_both_languages(name: str) -> None:
    session = _load(name)
    assert session.summary is not None, f"{name}: no summary"
    for text in (session.title, session.summary):
        for language in LANGUAGES:
            assert language in text.languages(), f"{name}: {text} lacks {language!r}"


@pytest.mark.parametrize("name", BUNDLED_NAMES)
def test_every_visible_text_is_in_both_languages(name: str) -> None:
    for where, text in _texts(_load(name)):
        missing = [language for language in LANGUAGES if language not in text.languages()]
        assert not missing, f"{name}: {where} lacks {missing}"
        assert all(value.strip() for _, value in text.translations), f"{name}: {where} blank"


@pytest.mark.parametrize("name", BUNDLED_NAMES)
def test_has_a_source_and_tags(name: str) -> None:
    session = _load(name)
    assert session.source is not None and session.source.strip(), f"{name}: no source"
    assert session.tags, f"{name}: no tags"


@pytest.mark.parametrize("name", BUNDLED_NAMES)
def test_long_holds_carry_a_caution(name: str) -> None:
    session = _load(name)
    if _longest_hold(session) >= LONG_HOLD_SECONDS:
        assert session.caution is not None, f"{name}: holds {_longest_hold(session)} s, no caution"


@pytest.mark.parametrize("name", BUNDLED_NAMES)
def test_multi_step_routines_label_their_steps(name: str) -> None:
    session = _load(name)
    if len(session.steps) > 1:
        unlabelled = [i for i, step in enumerate(session.steps) if step.label is None]
        assert not unlabelled, f"{name}: steps {unlabelled} have no label"


@pytest.mark.parametrize("name", BUNDLED_NAMES)
def test_total_length_is_sensible(name: str) -> None:
    total = compile_plan(_load(name)).total
    assert MIN_TOTAL_SECONDS <= total <= MAX_TOTAL_SECONDS, f"{name}: {total} s"


def test_quick_calm_lasts_one_minute() -> None:
    assert compile_plan(_load("quick-calm.toml")).total == pytest.approx(60.0, abs=1.0)


def test_the_hold_rule_sees_holds_and_ramp_targets() -> None:
    """The caution rule must notice a long hold wherever it is, or it guards nothing."""
    title = Text.plain("t")
    plain = BreatheStep(BreathPattern(inhale=4, exhale=8), cycles=4)
    held = BreatheStep(BreathPattern(inhale=4, hold=7, exhale=8), cycles=4)
    held_empty = BreatheStep(BreathPattern(inhale=4, exhale=4, hold_empty=8), cycles=4)
    ramped = BreatheStep(
        BreathPattern(inhale=4, exhale=4), cycles=4, ramp_to=BreathPattern(4, hold=10, exhale=4)
    )
    quiet = MeditateStep(duration=60, prompts=(Prompt(0, title),))

    def longest(*steps: BreatheStep | MeditateStep) -> float:
        return _longest_hold(Session(id="x", title=title, steps=steps))

    assert longest(plain, quiet) == 0.0
    assert longest(plain, held) == 7.0
    assert longest(held_empty) == 8.0
    assert longest(ramped) == 10.0
