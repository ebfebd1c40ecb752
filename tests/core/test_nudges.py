"""The low-mood card rule: when it fires, that it fires once per run, never when turned off."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tenang.core.journal.insights import DayMood
from tenang.core.nudges import card_to_show, is_low, low_mood_run

TODAY = date(2026, 11, 23)


def days(*moods: int | None, end: date = TODAY) -> list[DayMood]:
    """One entry per day ending ``end``; ``None`` is a day without entries."""
    start = end - timedelta(days=len(moods) - 1)
    return [
        DayMood(start + timedelta(days=i), mood, 1)
        for i, mood in enumerate(moods)
        if mood is not None
    ]


def test_three_lowest_days_of_the_last_five_fire() -> None:
    run = card_to_show(days(4, 1, 3, 1, 1), TODAY, enabled=True, last_shown=None)
    assert run is not None
    assert run.low_days == 3
    assert run.start == TODAY and run.latest == TODAY


def test_two_low_days_do_not_fire() -> None:
    assert card_to_show(days(4, 1, 3, 2, 1), TODAY, enabled=True, last_shown=None) is None


def test_days_without_entries_do_not_count() -> None:
    # Three low days spread over ten calendar days are still 3 of the last 5 with entries.
    run = low_mood_run(days(1, None, None, 1, None, None, 3, None, None, 1), TODAY)
    assert run is not None and run.low_days == 3


def test_a_day_is_low_by_its_mean() -> None:
    assert is_low(DayMood(TODAY, 3, 2))  # 1 and 2: mean 1.5
    assert not is_low(DayMood(TODAY, 4, 2))  # 1 and 3: mean 2
    merged = low_mood_run([*days(1, 1), DayMood(TODAY, 1, 1), DayMood(TODAY, 5, 1)], TODAY)
    assert merged is None  # today's two entries average 3


def test_old_runs_are_not_news() -> None:
    old = days(1, 1, 1, end=TODAY - timedelta(days=8))
    assert low_mood_run(old, TODAY) is None
    assert low_mood_run(old, TODAY - timedelta(days=1)) is not None


def test_disabled_never_fires() -> None:
    assert card_to_show(days(1, 1, 1, 1, 1), TODAY, enabled=False, last_shown=None) is None


def test_same_run_is_shown_once_and_keeps_its_name() -> None:
    history = days(5, 1, 1, 1, end=TODAY - timedelta(days=1))
    first = card_to_show(history, TODAY - timedelta(days=1), enabled=True, last_shown=None)
    assert first is not None
    longer = [*history, DayMood(TODAY, 1, 1)]
    assert low_mood_run(longer, TODAY) == first.__class__(first.start, TODAY, 4)
    assert card_to_show(longer, TODAY, enabled=True, last_shown=first.start) is None


def test_a_new_run_after_recovery_is_shown_again() -> None:
    history = days(1, 1, 1, 5, 5, 5, 5, 1, 1, 1)
    run = low_mood_run(history, TODAY)
    assert run is not None and run.start == TODAY
    first_run_start = TODAY - timedelta(days=7)
    assert card_to_show(history, TODAY, enabled=True, last_shown=first_run_start) == run


# Each step: how many days pass, then the mood written that day (or None for no entry).
_steps = st.lists(
    st.tuples(st.integers(1, 3), st.none() | st.integers(1, 5)), min_size=1, max_size=40
)


def _simulate(steps: list[tuple[int, int | None]], enabled: bool) -> tuple[list[date], int]:
    """Open the app once a day as the journal grows; return the runs shown and runs seen."""
    rows: list[DayMood] = []
    shown: list[date] = []
    seen: set[date] = set()
    last: date | None = None
    day = TODAY
    for gap, mood in steps:
        day += timedelta(days=gap)
        if mood is not None:
            rows.append(DayMood(day, mood, 1))
        current = low_mood_run(rows, day)
        if current is not None:
            seen.add(current.start)
        run = card_to_show(rows, day, enabled=enabled, last_shown=last)
        if run is not None:
            shown.append(run.start)
            last = run.start
    return shown, len(seen)


@settings(max_examples=150)
@given(_steps)
def test_never_fires_when_disabled(steps: list[tuple[int, int | None]]) -> None:
    shown, _ = _simulate(steps, enabled=False)
    assert shown == []


@settings(max_examples=150)
@given(_steps)
def test_fires_at_most_once_per_low_run(steps: list[tuple[int, int | None]]) -> None:
    shown, runs = _simulate(steps, enabled=True)
    assert len(shown) == len(set(shown)), "a run was shown twice"
    assert len(shown) == runs, "every run seen while enabled is shown exactly once"


@settings(max_examples=100)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 5), st.integers(1, 4))))
def test_a_run_always_has_enough_low_days(rows: list[tuple[int, int, int]]) -> None:
    daily = [DayMood(TODAY - timedelta(days=d), mood * n, n) for d, mood, n in rows]
    run = low_mood_run(daily, TODAY)
    if run is not None:
        assert run.low_days >= 3
        assert run.start <= run.latest <= TODAY
